package org.openpas.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.openpas.api.beans.AuditEventPage;
import org.openpas.api.beans.AuditOutcome;
import org.openpas.api.beans.AuditResourceType;
import org.openpas.common.Ids;
import org.openpas.common.Instants;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;

/** GET /audit-events: the audit trail, for admins only. */
@RolesAllowed(Roles.ADMIN)
public class AuditResource implements org.openpas.api.AuditResource {

    private final AuditService events;

    public AuditResource(AuditService events) {
        this.events = events;
    }

    @Override
    public AuditEventPage listAuditEvents(String actorSubject, String onBehalfOfProviderId,
            AuditResourceType resourceType, String resourceId, String patientId, String action, AuditOutcome outcome,
            String from, String to, Integer page, Integer size) {
        var filter = new AuditService.Filter(actorSubject,
                onBehalfOfProviderId == null ? null : Ids.parse(onBehalfOfProviderId, "Provider"),
                resourceType == null ? null : resourceType.value(), resourceId,
                patientId == null ? null : Ids.parse(patientId, "Patient"), action,
                outcome == null ? null : outcome.value(), Instants.parse("from", from), Instants.parse("to", to));
        PageResult<AuditEvent> result = events.search(filter, page, size);
        var body = new AuditEventPage();
        return result.fill(body, AuditResource::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    public org.openpas.api.beans.AuditEvent getAuditEvent(String eventId) {
        UUID id = Ids.parse(eventId, "Audit event");
        return toApi(events.get(id));
    }

    static org.openpas.api.beans.AuditEvent toApi(AuditEvent event) {
        var api = new org.openpas.api.beans.AuditEvent();
        api.setId(event.id);
        api.setOccurredAt(Date.from(event.occurredAt));
        api.setActorSubject(event.actorSubject);
        api.setActorRoles(event.actorRoles.isEmpty() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(event.actorRoles.split(","))));
        api.setOnBehalfOfProviderId(event.onBehalfOfProviderId);
        api.setAction(event.action);
        api.setResourceType(AuditResourceType.fromValue(event.resourceType));
        api.setResourceId(event.resourceId);
        api.setPatientId(event.patientId);
        api.setOutcome(AuditOutcome.fromValue(event.outcome));
        api.setHttpStatus(event.httpStatus);
        api.setRequestId(event.requestId);
        api.setInstance(event.instance);
        api.setDetail(event.detail);
        return api;
    }
}
