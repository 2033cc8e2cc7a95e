package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.openpas.community.CommunityService;
import org.openpas.patient.PatientService;
import org.openpas.provider.ProviderService;

/**
 * Loads, for a page of entries, their patients, communities, household counts and proposed providers: one query each,
 * no N+1, each from the feature that owns it.
 */
@ApplicationScoped
public class WaitlistContextService {

    private final PatientService patients;
    private final CommunityService communities;
    private final WaitlistRepository entries;
    private final ProviderService providers;

    public WaitlistContextService(PatientService patients, CommunityService communities, WaitlistRepository entries,
            ProviderService providers) {
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
                patients.byIds(ids(page, entry -> entry.patientId)),
                communities.byIds(ids(page, entry -> entry.communityId)),
                entries.householdWaiting(ids(page, entry -> entry.householdId)),
                providers.names(ids(page, entry -> entry.proposedProviderId)));
    }

    /** The names of the providers a page of transitions involves (so a patient's history says whom they were attached to). */
    public Map<UUID, String> providerNames(List<WaitlistTransition> transitions) {
        return providers.names(transitions.stream().map(transition -> transition.providerId)
                .filter(Objects::nonNull).distinct().toList());
    }

    private static List<UUID> ids(Collection<WaitlistEntry> page, Function<WaitlistEntry, UUID> id) {
        return page.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
