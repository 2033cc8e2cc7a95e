package org.openpas.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

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

    /** In waitlist order: rank (registration date less two weeks a point), then id. */
    public PanacheQuery<WaitlistEntry> search(Filter f) {
        StringBuilder hql = new StringBuilder("from WaitlistEntry e where 1 = 1");
        Parameters params = new Parameters();
        condition(hql, params, "e.communityId in", "scopeCommunities", f.communities());
        condition(hql, params, "e.patientId in", "scopePatients", f.patients());
        condition(hql, params, "e.communityId =", "communityId", f.communityId());
        condition(hql, params, "e.status =", "status", f.status());
        condition(hql, params, "e.complexity =", "complexity", f.complexity());
        condition(hql, params, "e.preferredLanguage =", "language", f.language());
        condition(hql, params, "e.dateOfBirth >", "bornAfter", f.bornAfter());
        condition(hql, params, "e.dateOfBirth <=", "bornOnOrBefore", f.bornOnOrBefore());
        condition(hql, params, "e.proposedProviderId =", "provider", f.proposedProviderId());
        condition(hql, params, "e.patientId =", "patientId", f.patientId());
        if (f.consentingOnly()) {
            hql.append(" and e.consentToShare = true");
        }
        if (f.household() != null) {
            hql.append(f.household() ? " and e.matchWithHousehold = true" : " and e.matchWithHousehold = false");
        }
        return find(hql.append(" order by e.rankAt, e.id").toString(), params);
    }

    public Optional<WaitlistEntry> openEntryOf(UUID patientId) {
        return find("patientId = ?1 and status in ('WAITING', 'PROPOSED')", patientId).firstResultOptional();
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

    private static void condition(StringBuilder hql, Parameters params, String test, String name, Object value) {
        if (value != null) {
            boolean many = value instanceof Collection<?>;
            hql.append(" and ").append(test).append(many ? " (:" : " :").append(name).append(many ? ")" : "");
            params.and(name, value);
        }
    }
}
