package org.openpas.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditService.ChainCheck;
import org.openpas.audit.AuditService.DayCount;
import org.openpas.audit.AuditService.Filter;
import org.openpas.common.PageResult;
import org.openpas.common.Province;
import org.openpas.common.Where;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Newest first. */
    public PanacheQuery<AuditEvent> search(Filter f) {
        Where where = new Where("from AuditEvent e")
                .and("e.actorSubject =", "actor", f.actorSubject())
                .and("e.onBehalfOfProviderId =", "onBehalfOf", f.onBehalfOfProviderId())
                .and("e.resourceType =", "resourceType", f.resourceType())
                .and("e.resourceId =", "resourceId", f.resourceId())
                .and("e.patientId =", "patientId", f.patientId())
                .and("e.action =", "action", f.action())
                .and("e.operation =", "operation", f.operation())
                .and("e.outcome =", "outcome", f.outcome())
                .and("e.occurredAt >=", "from", f.from())
                .and("e.occurredAt <", "to", f.to());
        return find(where.orderBy("e.occurredAt desc, e.id"), where.params());
    }

    /**
     * Refusals and suspicious events counted by day, user and outcome in [from, to), newest day first,
     * busiest first; read from audit_event_review_idx alone (its predicate is repeated so the planner sees it).
     */
    public PageResult<DayCount> countByDayAndUser(Instant from, Instant to, List<String> outcomes, int page, int size) {
        String grouped = """
                from audit_event
                where outcome in ('DENIED', 'SUSPICIOUS') and outcome in (:outcomes)
                  and occurred_at >= :from and occurred_at < :to
                group by 1, actor_subject, outcome
                """;
        String day = "(occurred_at at time zone '" + Province.ZONE.getId() + "')::date";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(getEntityManager().createNativeQuery("select " + day
                + ", actor_subject, outcome, count(*) " + grouped
                + " order by 1 desc, 4 desc, actor_subject nulls last, outcome limit :size offset :offset"), from, to, outcomes)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        long total = ((Number) bind(getEntityManager().createNativeQuery("select count(*) from (select " + day + " "
                + grouped + ") g"), from, to, outcomes).getSingleResult()).longValue();
        List<DayCount> counts = rows.stream().map(r -> new DayCount((LocalDate) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).longValue())).toList();
        return new PageResult<>(counts, page, size, total);
    }

    private static Query bind(Query query, Instant from, Instant to, List<String> outcomes) {
        return query.setParameter("from", from).setParameter("to", to).setParameter("outcomes", outcomes);
    }

    /** audit_chain_verify() (migration V13.0.0): the chain walked in the database, in one snapshot. */
    public ChainCheck verifyChain() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select verified, events, last_hash, first_broken_event_id, broken_position, reason
                from audit_chain_verify()""").getSingleResult();
        return new ChainCheck((Boolean) row[0], row[1] == null ? 0 : ((Number) row[1]).longValue(), (String) row[2],
                (UUID) row[3], row[4] == null ? null : ((Number) row[4]).longValue(), (String) row[5]);
    }
}
