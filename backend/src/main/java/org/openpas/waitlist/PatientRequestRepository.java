package org.openpas.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Patient requests, their proposals and their skips. */
@ApplicationScoped
public class PatientRequestRepository implements PanacheRepositoryBase<PatientRequest, UUID> {

    /** A proposal of a request as stored. */
    public record ProposalRow(UUID requestId, int seq, UUID entryId, int rank, String rule) {
    }

    /** A skip of a request as stored (no patient identity leaves it). */
    public record SkipRow(UUID requestId, int seq, int rank, UUID communityId, String complexity, String reason) {
    }

    /** A skip to store: the entry passed over, where, its rank and band, and why. */
    public record NewSkip(UUID entryId, UUID communityId, int rank, String complexity, String reason) {
    }

    public PanacheQuery<PatientRequest> ofProvider(UUID providerId) {
        return find("providerId = ?1 order by requestedAt desc, id desc", providerId);
    }

    /** Stores the proposals (entry, rank, rule) in their order: one statement. */
    public void insertProposals(UUID requestId, List<UUID> entries, List<Integer> ranks, List<String> rules) {
        if (entries.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                insert into patient_request_proposal (request_id, seq, entry_id, rank, rule)
                select :request, p.seq, p.entry_id, p.rank, p.rule
                from unnest(cast(:entries as uuid[]), cast(:ranks as int[]), cast(:rules as varchar[]))
                     with ordinality as p(entry_id, rank, rule, seq)""")
                .setParameter("request", requestId)
                .setParameter("entries", entries.toArray(UUID[]::new))
                .setParameter("ranks", ranks.toArray(Integer[]::new))
                .setParameter("rules", rules.toArray(String[]::new))
                .executeUpdate();
    }

    /** Stores the skips in rank order: one statement. */
    public void insertSkips(UUID requestId, UUID providerId, Instant at, List<NewSkip> skips) {
        if (skips.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                insert into patient_request_skip (request_id, seq, entry_id, provider_id, community_id, skipped_at,
                                                  rank, complexity, reason)
                select :request, s.seq, s.entry_id, :provider, s.community_id, :at, s.rank, s.complexity, s.reason
                from unnest(cast(:entries as uuid[]), cast(:communities as uuid[]), cast(:ranks as int[]),
                            cast(:bands as varchar[]), cast(:reasons as varchar[]))
                     with ordinality as s(entry_id, community_id, rank, complexity, reason, seq)""")
                .setParameter("request", requestId)
                .setParameter("provider", providerId)
                .setParameter("at", at)
                .setParameter("entries", skips.stream().map(NewSkip::entryId).toArray(UUID[]::new))
                .setParameter("communities", skips.stream().map(NewSkip::communityId).toArray(UUID[]::new))
                .setParameter("ranks", skips.stream().map(NewSkip::rank).toArray(Integer[]::new))
                .setParameter("bands", skips.stream().map(NewSkip::complexity).toArray(String[]::new))
                .setParameter("reasons", skips.stream().map(NewSkip::reason).toArray(String[]::new))
                .executeUpdate();
    }

    public List<ProposalRow> proposalsOf(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select request_id, seq, entry_id, rank, rule from patient_request_proposal
                where request_id = any(:ids) order by request_id, seq""", Object[].class)
                .setParameter("ids", requestIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new ProposalRow((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2],
                ((Number) r[3]).intValue(), (String) r[4])).toList();
    }

    public List<SkipRow> skipsOf(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select request_id, seq, rank, community_id, complexity, reason from patient_request_skip
                where request_id = any(:ids) order by request_id, seq""", Object[].class)
                .setParameter("ids", requestIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new SkipRow((UUID) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                (UUID) r[3], (String) r[4], (String) r[5])).toList();
    }
}
