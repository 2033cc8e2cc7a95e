package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.openpas.common.Province;
import org.openpas.waitlist.FairnessService.BandCounts;
import org.openpas.waitlist.FairnessService.DeclineReasons;
import org.openpas.waitlist.FairnessService.Row;

/** The fairness report's aggregate SQL over the waitlist transitions: one query for a page, one for the count. */
@ApplicationScoped
public class FairnessRepository {

    /** A page of rows, and how many rows the whole report has. */
    public record Page(List<Row> rows, long total) {
    }

    private final EntityManager em;

    public FairnessRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code scope} null: every community. */
    public Page report(boolean byProvider, UUID communityId, UUID providerId, String healthAuthority, LocalDate from,
            LocalDate to, Collection<UUID> scope, int page, int size) {
        String group = byProvider ? "t.provider_id, p.name, t.community_id, c.name" : "t.community_id, c.name";
        String select = byProvider ? "t.provider_id, p.name, t.community_id, c.name"
                : "cast(null as uuid), cast(null as varchar), t.community_id, c.name";
        String where = """
                from waitlist_transition t
                join community c on c.id = t.community_id
                left join provider p on p.id = t.provider_id
                where t.provider_id is not null and t.at >= :from and t.at < :to
                  and (cast(:community as uuid) is null or t.community_id = :community)
                  and (cast(:provider as uuid) is null or t.provider_id = :provider)
                  and (cast(:ha as varchar) is null or c.health_authority = :ha)
                  and (:everywhere or t.community_id in (:scope))
                """;
        var query = em.createNativeQuery("select " + select + """
                , count(*) filter (where t.cause = 'PROPOSAL'),
                  count(*) filter (where t.cause = 'ATTACHMENT'),
                  count(*) filter (where t.cause = 'DECLINE'),
                  count(*) filter (where t.cause = 'PROPOSAL_EXPIRED'),
                  count(*) filter (where t.decline_reason = 'PANEL_FULL'),
                  count(*) filter (where t.decline_reason = 'OUTSIDE_SCOPE'),
                  count(*) filter (where t.decline_reason = 'PATIENT_DECLINED'),
                  count(*) filter (where t.decline_reason = 'COULD_NOT_CONTACT'),
                  count(*) filter (where t.decline_reason = 'OTHER'),
                  count(*) filter (where t.cause = 'PROPOSAL' and t.complexity = 'LOW'),
                  count(*) filter (where t.cause = 'ATTACHMENT' and t.complexity = 'LOW'),
                  count(*) filter (where t.cause = 'DECLINE' and t.complexity = 'LOW'),
                  count(*) filter (where t.cause = 'PROPOSAL' and t.complexity = 'MODERATE'),
                  count(*) filter (where t.cause = 'ATTACHMENT' and t.complexity = 'MODERATE'),
                  count(*) filter (where t.cause = 'DECLINE' and t.complexity = 'MODERATE'),
                  count(*) filter (where t.cause = 'PROPOSAL' and t.complexity = 'HIGH'),
                  count(*) filter (where t.cause = 'ATTACHMENT' and t.complexity = 'HIGH'),
                  count(*) filter (where t.cause = 'DECLINE' and t.complexity = 'HIGH')
                """ + where + " group by " + group
                + " order by count(*) filter (where t.cause = 'DECLINE') desc, " + group
                + " limit :limit offset :offset");
        var count = em.createNativeQuery("select count(*) from (select 1 " + where + " group by " + group + ") g");
        for (var q : List.of(query, count)) {
            q.setParameter("from", from.atStartOfDay(Province.ZONE).toInstant())
                    .setParameter("to", to.plusDays(1).atStartOfDay(Province.ZONE).toInstant())
                    .setParameter("community", communityId)
                    .setParameter("provider", providerId)
                    .setParameter("ha", healthAuthority)
                    .setParameter("everywhere", scope == null)
                    .setParameter("scope", scope == null || scope.isEmpty() ? List.of(new UUID(0, 0)) : scope);
        }
        query.setParameter("limit", size).setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return new Page(result.stream().map(FairnessRepository::row).toList(),
                ((Number) count.getSingleResult()).longValue());
    }

    /** Entries patient requests passed over in the period and scope, by reason ({@code scope} null: every community). */
    public java.util.Map<String, Integer> skips(UUID communityId, UUID providerId, String healthAuthority, LocalDate from,
            LocalDate to, Collection<UUID> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.reason, count(*)
                from patient_request_skip s
                join community c on c.id = s.community_id
                where s.skipped_at >= :from and s.skipped_at < :to
                  and (cast(:community as uuid) is null or s.community_id = :community)
                  and (cast(:provider as uuid) is null or s.provider_id = :provider)
                  and (cast(:ha as varchar) is null or c.health_authority = :ha)
                  and (:everywhere or s.community_id in (:scope))
                group by s.reason""", Object[].class)
                .setParameter("from", from.atStartOfDay(Province.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(Province.ZONE).toInstant())
                .setParameter("community", communityId)
                .setParameter("provider", providerId)
                .setParameter("ha", healthAuthority)
                .setParameter("everywhere", scope == null)
                .setParameter("scope", scope == null || scope.isEmpty() ? List.of(new UUID(0, 0)) : scope)
                .getResultList();
        java.util.Map<String, Integer> skips = new java.util.HashMap<>();
        rows.forEach(row -> skips.put((String) row[0], ((Number) row[1]).intValue()));
        return skips;
    }

    /** The columns in the order of the select: the group, then the counts. */
    private static Row row(Object[] r) {
        int[] n = new int[r.length - 4];
        for (int i = 4; i < r.length; i++) {
            n[i - 4] = ((Number) r[i]).intValue();
        }
        return new Row((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], n[0], n[1], n[2], n[3],
                new DeclineReasons(n[4], n[5], n[6], n[7], n[8]), new BandCounts(n[9], n[10], n[11]),
                new BandCounts(n[12], n[13], n[14]), new BandCounts(n[15], n[16], n[17]));
    }
}
