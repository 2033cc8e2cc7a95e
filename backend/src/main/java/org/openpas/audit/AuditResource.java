package org.openpas.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.openpas.api.beans.AuditChainVerification;
import org.openpas.api.beans.AuditEventPage;
import org.openpas.api.beans.AuditReviewOutcome;
import org.openpas.api.beans.AuditSummaryPage;
import org.openpas.api.beans.AuditSummaryRow;
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
            AuditResourceType resourceType, String resourceId, String patientId, String action, String operation,
            AuditOutcome outcome, String from, String to, Integer page, Integer size) {
        var filter = new AuditService.Filter(actorSubject,
                onBehalfOfProviderId == null ? null : Ids.parse(onBehalfOfProviderId, "Provider"),
                resourceType == null ? null : resourceType.value(), resourceId,
                patientId == null ? null : Ids.parse(patientId, "Patient"), action, operation,
                outcome == null ? null : outcome.value(), Instants.parse("from", from), Instants.parse("to", to));
        PageResult<AuditEvent> result = events.search(filter, page, size);
        var body = new AuditEventPage();
        return result.fill(body, AuditResource::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    public AuditSummaryPage summarizeAuditEvents(String from, String to, AuditReviewOutcome outcome, Integer page,
            Integer size) {
        AuditService.Summary summary = events.summary(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), outcome == null ? null : outcome.value(), page, size);
        var body = new AuditSummaryPage();
        body.setFrom(summary.from().toString());
        body.setTo(summary.to().toString());
        return summary.counts().fill(body, AuditResource::toApi, body::setItems, body::setPage, body::setSize,
                body::setTotalItems, body::setTotalPages);
    }

    @Override
    public AuditChainVerification verifyAuditChain() {
        AuditService.ChainCheck check = events.verifyChain();
        var body = new AuditChainVerification();
        body.setVerified(check.verified());
        body.setCheckedAt(new Date());
        if (check.verified()) {
            body.setEvents(check.events());
            body.setLastHash(check.lastHash());
        } else {
            body.setFirstBrokenEventId(check.firstBrokenEventId());
            body.setPosition(check.position());
            body.setReason(check.reason());
        }
        return body;
    }

    private static AuditSummaryRow toApi(AuditService.DayCount count) {
        var row = new AuditSummaryRow();
        row.setDay(count.day().toString());
        row.setActorSubject(count.actorSubject());
        row.setOutcome(AuditOutcome.fromValue(count.outcome()));
        row.setEvents(count.events());
        return row;
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
        api.setOperation(event.operation);
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
