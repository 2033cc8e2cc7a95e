package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.common.PageResult;
import org.openpas.community.CommunityRepository;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientRepository;
import org.openpas.provider.ProviderRepository;

/**
 * Loads, for a page of entries, their patients, communities, household counts and proposed providers: one query each,
 * no N+1 (patients by one array-parameter query, whose SQL Hibernate translates once, unlike {@code id in (...)}
 * lists of varying length; communities from the second-level cache).
 */
@ApplicationScoped
public class WaitlistContexts {

    private final PatientRepository patients;
    private final CommunityRepository communities;
    private final WaitlistRepository entries;
    private final ProviderRepository providers;

    public WaitlistContexts(PatientRepository patients, CommunityRepository communities, WaitlistRepository entries,
            ProviderRepository providers) {
        this.patients = patients;
        this.communities = communities;
        this.entries = entries;
        this.providers = providers;
    }

    WaitlistMapper.Context of(List<WaitlistEntry> page) {
        if (page.isEmpty()) {
            return new WaitlistMapper.Context(Map.of(), Map.of(), Map.of(), Map.of());
        }
        return new WaitlistMapper.Context(
                byId(patients.getSession().byMultipleIds(Patient.class).enableOrderedReturn(false)
                        .multiLoad(ids(page, entry -> entry.patientId)), patient -> patient.id),
                communities.byIds(ids(page, entry -> entry.communityId)),
                householdWaiting(ids(page, entry -> entry.householdId)),
                providerNames(ids(page, entry -> entry.proposedProviderId)));
    }

    /** A page of transitions, naming the providers they involve (so a patient's history says whom they were attached to). */
    public WaitlistTransitionPage transitionPage(PageResult<WaitlistTransition> result) {
        Map<UUID, String> names = providerNames(result.items().stream().map(transition -> transition.providerId)
                .filter(Objects::nonNull).distinct().toList());
        var body = new WaitlistTransitionPage();
        return result.fill(body, transition -> WaitlistMapper.toApi(transition, names), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    private Map<UUID, String> providerNames(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : providers.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(provider -> provider.id, provider -> provider.name));
    }

    private Map<UUID, Long> householdWaiting(List<UUID> households) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!households.isEmpty()) {
            // An array parameter (= any), not "in (...)": Hibernate would translate the query again for each list length.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entries.getEntityManager().createNativeQuery("""
                    select household_id, count(*) from waitlist_entry
                    where household_id = any(?1) and status = 'WAITING'
                    group by household_id""", Object[].class)
                    .setParameter(1, households.toArray(UUID[]::new))
                    .getResultList();
            rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static List<UUID> ids(Collection<WaitlistEntry> page, Function<WaitlistEntry, UUID> id) {
        return page.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
