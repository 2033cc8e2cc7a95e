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

    /** Before the first entry of any list, for the first page of {@link #waitingPage}. */
    static final Instant BEFORE_ALL = Instant.parse("1900-01-01T00:00:00Z");

    /** An entry's place in its community's queue. */
    public record Queued(UUID id, Instant rankAt) {
    }

    /**
     * The next {@code limit} WAITING entries of consenting patients in the community, after (rankAt, id) in
     * waitlist order; nothing is locked (see {@link #lockWaiting}).
     */
    public List<Queued> waitingPage(UUID communityId, Instant afterRank, UUID afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, rank_at from waitlist_entry
                where community_id = :community and status = 'WAITING' and consent_to_share
                  and (rank_at, id) > (:rank, :id)
                order by rank_at, id
                limit :limit""", Object[].class)
                .setParameter("community", communityId).setParameter("rank", afterRank).setParameter("id", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Queued((UUID) row[0], (Instant) row[1])).toList();
    }

    /**
     * Those of the entries that are still WAITING and that no other transaction holds, locked, in waitlist order:
     * rows another transaction holds are skipped (SKIP LOCKED), so concurrent requests for patients never take
     * the same entry and never wait for each other.
     */
    public List<WaitlistEntry> lockWaiting(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<WaitlistEntry> locked = getEntityManager().createNativeQuery("""
                select * from waitlist_entry
                where id = any(:ids) and status = 'WAITING' and consent_to_share
                order by rank_at, id
                for update skip locked""", WaitlistEntry.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        return locked;
    }

    /** The other WAITING members of the entry's household and community who asked to be matched together. */
    public record Household(List<WaitlistEntry> locked, long members, long consenting) {
    }

    /**
     * The entry's household (its WAITING members in its community who asked to be matched together, the entry
     * excluded): those this transaction could lock (SKIP LOCKED), how many there are and how many consented.
     */
    public Household household(WaitlistEntry entry) {
        @SuppressWarnings("unchecked")
        List<WaitlistEntry> locked = getEntityManager().createNativeQuery("""
                select * from waitlist_entry
                where household_id = :household and community_id = :community and status = 'WAITING'
                  and match_with_household and id <> :id
                order by rank_at, id
                for update skip locked""", WaitlistEntry.class)
                .setParameter("household", entry.householdId).setParameter("community", entry.communityId)
                .setParameter("id", entry.id).getResultList();
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("""
                select count(*), count(*) filter (where consent_to_share) from waitlist_entry
                where household_id = :household and community_id = :community and status = 'WAITING'
                  and match_with_household and id <> :id""")
                .setParameter("household", entry.householdId).setParameter("community", entry.communityId)
                .setParameter("id", entry.id).getSingleResult();
        return new Household(locked, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /**
     * The rank (1-based place among the community's WAITING entries) of each of {@code ids}, all of this
     * community and WAITING, the last of them (in waitlist order) at (lastRank, lastId): one index-only scan of
     * the queue up to it.
     */
    public Map<UUID, Integer> ranks(UUID communityId, Collection<UUID> ids, Instant lastRank, UUID lastId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, rn from (
                    select id, row_number() over (order by rank_at, id) as rn from waitlist_entry
                    where community_id = :community and status = 'WAITING' and (rank_at, id) <= (:rank, :id)) q
                where id = any(:ids)""", Object[].class)
                .setParameter("community", communityId).setParameter("rank", lastRank).setParameter("id", lastId)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, Integer> ranks = new HashMap<>();
        rows.forEach(row -> ranks.put((UUID) row[0], ((Number) row[1]).intValue()));
        return ranks;
    }

    /** The entries proposed to each of these providers and not yet answered, by provider. */
    public Map<UUID, Integer> openProposals(Collection<UUID> providerIds) {
        Map<UUID, Integer> open = new HashMap<>();
        if (!providerIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery("""
                    select proposed_provider_id, count(*) from waitlist_entry
                    where proposed_provider_id = any(:providers) and status = 'PROPOSED'
                    group by proposed_provider_id""", Object[].class)
                    .setParameter("providers", providerIds.toArray(UUID[]::new)).getResultList();
            rows.forEach(row -> open.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        return open;
    }

    /** A provider's attachments since a time, by complexity band. */
    public record BandCount(UUID providerId, String complexity, int count) {
    }

    /** Each of these providers' attachments (entries ATTACHED to them) since {@code since}, by complexity band. */
    public List<BandCount> attachmentsByBand(Collection<UUID> providerIds, Instant since) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select attached_provider_id, complexity, count(*) from waitlist_entry
                where attached_provider_id = any(:providers) and status = 'ATTACHED' and attached_at >= :since
                group by attached_provider_id, complexity""", Object[].class)
                .setParameter("providers", providerIds.toArray(UUID[]::new)).setParameter("since", since)
                .getResultList();
        return rows.stream().map(row -> new BandCount((UUID) row[0], (String) row[1], ((Number) row[2]).intValue()))
                .toList();
    }
}
