package org.openpas.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.openpas.audit.AuditService.Filter;
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
                .and("e.outcome =", "outcome", f.outcome())
                .and("e.occurredAt >=", "from", f.from())
                .and("e.occurredAt <", "to", f.to());
        return find(where.orderBy("e.occurredAt desc, e.id"), where.params());
    }
}
