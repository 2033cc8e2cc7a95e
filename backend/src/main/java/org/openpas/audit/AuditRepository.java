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
     * Refusals and suspicious events counted by the province's day, user and outcome, for the days first..last,
     * newest day first, busiest first; read from audit_event_review_idx alone (its predicate is repeated so the
     * planner sees it). The days' bounds are the application's ({@link Province#ZONE} with the JVM's time-zone
     * rules), given to the database as an array: its own rules for the zone may differ (an embedded PostgreSQL's
     * newer tzdata put America/Vancouver at UTC-7 in December), and a day must not depend on which is asked.
     */
    public PageResult<DayCount> countByDayAndUser(LocalDate first, LocalDate last, List<String> outcomes, int page,
            int size) {
        List<Instant> bounds = first.datesUntil(last.plusDays(2)).map(d -> d.atStartOfDay(Province.ZONE).toInstant())
                .toList();
        String grouped = """
                from audit_event
                where outcome in ('DENIED', 'SUSPICIOUS') and outcome in (:outcomes)
                  and occurred_at >= :from and occurred_at < :to
                group by 1, actor_subject, outcome
                """;
        // 1 for the first day's events, 2 for the next day's, ...
        String day = "width_bucket(occurred_at, cast(:bounds as timestamptz[]))";
        String boundsArray = bounds.stream().map(Instant::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(getEntityManager().createNativeQuery("select " + day
                + ", actor_subject, outcome, count(*) " + grouped
                + " order by 1 desc, 4 desc, actor_subject nulls last, outcome limit :size offset :offset"), bounds, outcomes)
                .setParameter("bounds", boundsArray)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        long total = ((Number) bind(getEntityManager().createNativeQuery("select count(*) from (select " + day + " "
                + grouped + ") g"), bounds, outcomes).setParameter("bounds", boundsArray).getSingleResult()).longValue();
        List<DayCount> counts = rows.stream().map(r -> new DayCount(first.plusDays(((Number) r[0]).longValue() - 1),
                (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
        return new PageResult<>(counts, page, size, total);
    }

    private static Query bind(Query query, List<Instant> bounds, List<String> outcomes) {
        return query.setParameter("from", bounds.getFirst()).setParameter("to", bounds.getLast())
                .setParameter("outcomes", outcomes);
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
