package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Province;
import org.openpas.patient.PatientAccess;
import org.openpas.provider.CapacityService;

/**
 * The fairness report: proposal outcomes (proposals, attachments, declines by coded reason, expired
 * proposals) by patient complexity band, per provider or per community, so that screening out
 * complex patients becomes visible. Computed from the transitions in one aggregate query.
 */
@ApplicationScoped
public class FairnessService {

    /** One row: counts per cause, per decline reason and per complexity band. */
    public record Row(UUID providerId, String providerName, UUID communityId, String communityName, int[] counts) {
        // counts: proposals, attachments, declines, expired, 5 decline reasons, then
        // proposals/attachments/declines for LOW, MODERATE, HIGH
    }

    public record Report(LocalDate from, LocalDate to, boolean byProvider, List<Row> rows, long total) {
    }

    private final EntityManager em;
    private final PatientAccess access;
    private final CurrentUser user;
    private final AuditLog audit;

    public FairnessService(EntityManager em, PatientAccess access, CurrentUser user, AuditLog audit) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.audit = audit;
    }

    @Transactional
    public Report report(boolean byProvider, UUID communityId, UUID providerId, String healthAuthority,
            String fromText, String toText, int page, int size) {
        LocalDate to = toText == null ? Province.today() : LocalDate.parse(toText);
        LocalDate from = fromText == null ? to.minusDays(90) : LocalDate.parse(fromText);
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw ProblemException.badRequest("The period must run forwards and span at most 366 days.",
                    List.of(new FieldError("from", "must be on or before 'to', at most 366 days before it")));
        }
        Collection<UUID> scope = user.isAdmin() ? null : access.coordinatedCommunities();
        if (scope != null && communityId != null && !scope.contains(communityId)) {
            throw ProblemException.forbidden("That community is not one of yours.");
        }
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
        List<Row> rows = result.stream().map(r -> {
            int[] counts = new int[r.length - 4];
            for (int i = 4; i < r.length; i++) {
                counts[i - 4] = ((Number) r[i]).intValue();
            }
            return new Row((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], counts);
        }).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        audit.success("FAIRNESS_REPORT_READ", "REPORT", null, from + ".." + to + ", " + rows.size() + " rows");
        return new Report(from, to, byProvider, rows, total);
    }
}
