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
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
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
        // One community named within the scope: its equality says it all. Without the list parameter, Hibernate
        // reuses the query's translation to SQL (with one, it translated the query again on every page).
        boolean scopeImplied = f.communityId() != null && f.communities() != null
                && f.communities().contains(f.communityId());
        Where where = new Where("from WaitlistEntry e")
                .and("e.communityId in", "scopeCommunities", scopeImplied ? null : f.communities())
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

    /** A WAITING entry as a request for patients reads it: what the selection needs, no entity, nothing locked. */
    public record Waiting(UUID id, UUID communityId, Instant rankAt, String complexity, String language,
            boolean interpreterNeeded, String genderPreference, UUID householdId, boolean matchWithHousehold,
            boolean consentToShare) {
    }

    private static final String WAITING_COLUMNS = """
            id, community_id, rank_at, complexity, preferred_language, interpreter_needed, provider_gender_preference,
            household_id, match_with_household, consent_to_share""";

    /**
     * The next {@code limit} WAITING entries of consenting patients of a community after (afterRank, afterId), in
     * waitlist order; nothing is locked (see {@link #lockWaiting}).
     */
    public List<Waiting> waitingPage(UUID communityId, Instant afterRank, UUID afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select " + WAITING_COLUMNS + """
                 from waitlist_entry
                where community_id = :community and status = 'WAITING' and consent_to_share
                  and (rank_at, id) > (:rank, :id)
                order by rank_at, id
                limit :limit""", Object[].class)
                .setParameter("community", communityId).setParameter("rank", afterRank).setParameter("id", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(WaitlistRepository::waiting).toList();
    }

    /**
     * The WAITING members of these households in a community who asked to be matched together, consenting or
     * not (a household is proposed whole, so one who did not consent keeps it out); nothing is locked.
     */
    public List<Waiting> householdsWaiting(UUID communityId, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select " + WAITING_COLUMNS + """
                 from waitlist_entry
                where household_id = any(:households) and community_id = :community and status = 'WAITING'
                  and match_with_household
                order by rank_at, id""", Object[].class)
                .setParameter("households", householdIds.toArray(UUID[]::new)).setParameter("community", communityId)
                .getResultList();
        return rows.stream().map(WaitlistRepository::waiting).toList();
    }

    private static Waiting waiting(Object[] row) {
        return new Waiting((UUID) row[0], (UUID) row[1], (Instant) row[2], (String) row[3], (String) row[4],
                (Boolean) row[5], (String) row[6], (UUID) row[7], (Boolean) row[8], (Boolean) row[9]);
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
                for no key update skip locked""", WaitlistEntry.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        return locked;
    }

    /**
     * Runs {@code work} without flushing before each query: the candidates of a request are read by many
     * small queries while nothing in the session is changed, and Hibernate's automatic flush would check
     * every entity of the session before each of them.
     */
    public <T> T withoutAutoFlush(Supplier<T> work) {
        Session session = getEntityManager().unwrap(Session.class);
        FlushMode before = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return work.get();
        } finally {
            session.setHibernateFlushMode(before);
        }
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

    /**
     * The place of each of {@code ids} (entries of the community, whatever their status now): 1 + the WAITING
     * entries ranked before it. For an entry a concurrent request proposed after this one read it.
     */
    public Map<UUID, Integer> placesOf(UUID communityId, Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select e.id, 1 + (select count(*) from waitlist_entry w
                                  where w.community_id = e.community_id and w.status = 'WAITING'
                                    and (w.rank_at, w.id) < (e.rank_at, e.id))
                from waitlist_entry e where e.id = any(:ids) and e.community_id = :community""", Object[].class)
                .setParameter("community", communityId).setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, Integer> places = new HashMap<>();
        rows.forEach(row -> places.put((UUID) row[0], ((Number) row[1]).intValue()));
        return places;
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
