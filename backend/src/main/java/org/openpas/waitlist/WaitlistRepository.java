package org.openpas.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Where;

@ApplicationScoped
public class WaitlistRepository implements PanacheRepositoryBase<WaitlistEntry, UUID> {

    /**
     * The filters of GET /waitlist-entries. {@code communities} and {@code patients} are the caller's
     * scope (null: no restriction); born* bound the age band.
     */
    public record Filter(Collection<UUID> communities, Collection<UUID> patients, UUID communityId, String status,
            String complexity, String language, Boolean household, LocalDate bornAfter, LocalDate bornOnOrBefore,
            UUID proposedProviderId, UUID patientId, boolean consentingOnly) {
    }

    /** The states of an open entry (the patient has at most one: waitlist_entry_open_uq), for JPQL. */
    static final String OPEN = "('WAITING', 'PROPOSED', 'PAUSED')";

    /** In waitlist order: rank (registration date less two weeks a point), then id. */
    public PanacheQuery<WaitlistEntry> search(Filter f) {
        Where where = new Where("from WaitlistEntry e")
                .and("e.communityId in", "scopeCommunities", f.communities())
                .and("e.patientId in", "scopePatients", f.patients())
                .and("e.communityId =", "communityId", f.communityId())
                .and("e.status =", "status", f.status())
                .and("e.complexity =", "complexity", f.complexity())
                .and("e.preferredLanguage =", "language", f.language())
                .and("e.dateOfBirth >", "bornAfter", f.bornAfter())
                .and("e.dateOfBirth <=", "bornOnOrBefore", f.bornOnOrBefore())
                .and("e.proposedProviderId =", "provider", f.proposedProviderId())
                .and("e.patientId =", "patientId", f.patientId())
                .and("e.matchWithHousehold =", "household", f.household());
        if (f.consentingOnly()) {
            where.and("e.consentToShare = true");
        }
        return find(where.orderBy("e.rankAt, e.id"), where.params());
    }

    public Optional<WaitlistEntry> openEntryOf(UUID patientId) {
        return find("patientId = ?1 and status in " + OPEN, patientId).firstResultOptional();
    }

    public Optional<WaitlistEntry> latestEntryOf(UUID patientId) {
        return find("patientId = ?1 order by createdAt desc", patientId).firstResultOptional();
    }

    /** 1 + the WAITING entries of the community ranked ahead of this one. */
    public long position(WaitlistEntry entry) {
        return 1 + count("communityId = ?1 and status = 'WAITING' and (rankAt < ?2 or (rankAt = ?2 and id < ?3))",
                entry.communityId, entry.rankAt, entry.id);
    }

    public long waiting(UUID communityId) {
        return count("communityId = ?1 and status = 'WAITING'", communityId);
    }

    public long attachedSince(UUID communityId, Instant since) {
        return count("communityId = ?1 and status = 'ATTACHED' and attachedAt >= ?2", communityId, since);
    }

    /** How many of each household are waiting. */
    public Map<UUID, Long> householdWaiting(List<UUID> households) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!households.isEmpty()) {
            // An array parameter (= any), not "in (...)": Hibernate would translate the query again for each list length.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery("""
                    select household_id, count(*) from waitlist_entry
                    where household_id = any(?1) and status = 'WAITING'
                    group by household_id""", Object[].class)
                    .setParameter(1, households.toArray(UUID[]::new))
                    .getResultList();
            rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
