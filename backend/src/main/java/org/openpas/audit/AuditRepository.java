package org.openpas.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** The filters of GET /audit-events; every one is optional. */
    public record Filter(String actorSubject, UUID onBehalfOfProviderId, String resourceType, String resourceId,
            UUID patientId, String action, String outcome, Instant from, Instant to) {
    }

    /** Newest first. */
    public PanacheQuery<AuditEvent> search(Filter f) {
        StringBuilder hql = new StringBuilder("from AuditEvent e where 1 = 1");
        Parameters params = new Parameters();
        condition(hql, params, "e.actorSubject", "actor", f.actorSubject());
        condition(hql, params, "e.onBehalfOfProviderId", "onBehalfOf", f.onBehalfOfProviderId());
        condition(hql, params, "e.resourceType", "resourceType", f.resourceType());
        condition(hql, params, "e.resourceId", "resourceId", f.resourceId());
        condition(hql, params, "e.patientId", "patientId", f.patientId());
        condition(hql, params, "e.action", "action", f.action());
        condition(hql, params, "e.outcome", "outcome", f.outcome());
        if (f.from() != null) {
            hql.append(" and e.occurredAt >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            hql.append(" and e.occurredAt < :to");
            params.and("to", f.to());
        }
        return find(hql.append(" order by e.occurredAt desc, e.id").toString(), params);
    }

    private static void condition(StringBuilder hql, Parameters params, String column, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(column).append(" = :").append(name);
            params.and(name, value);
        }
    }
}
