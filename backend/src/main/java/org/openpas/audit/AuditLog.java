package org.openpas.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.openpas.common.CurrentOperation;
import org.openpas.common.CurrentUser;
import org.openpas.common.InstanceName;
import org.openpas.common.RequestIds;
import org.openpas.common.Roles;

/**
 * Writes audit events. A successful change is recorded in the transaction that makes it, so
 * the change and its audit commit (or roll back) together; a refused attempt is recorded in a
 * transaction of its own, because the request that attempted it fails. Each event names the request
 * that wrote it (its {@code X-Request-Id}; none for scheduled jobs) and the API instance.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository events;
    private final CurrentUser user;
    private final InstanceName instance;

    public AuditLog(AuditRepository events, CurrentUser user, InstanceName instance) {
        this.events = events;
        this.user = user;
        this.instance = instance;
    }

    /** {@code action} like CLINIC_UPDATE; {@code resourceType} like CLINIC. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void success(String action, String resourceType, Object resourceId, String detail) {
        events.persist(event(action, resourceType, resourceId, "SUCCESS", 200, detail));
    }

    /** A success that touched one patient's data (their id goes in the event's patientId). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void success(String action, String resourceType, Object resourceId, java.util.UUID patientId, String detail) {
        AuditEvent event = event(action, resourceType, resourceId, "SUCCESS", 200, detail);
        event.patientId = patientId;
        events.persist(event);
    }

    /**
     * A success of work finished after its request (e.g. a panel file processed in the background): the
     * actor is who asked for it, named explicitly because no request is active any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void successAs(String actorSubject, String actorRoles, java.util.UUID onBehalfOf, String action,
            String resourceType, Object resourceId, String detail) {
        AuditEvent event = eventAs(actorSubject, actorRoles, action, resourceType, resourceId, "SUCCESS", 200, detail);
        event.onBehalfOfProviderId = onBehalfOf;
        events.persist(event);
    }

    /** The caller's PAS roles as audit events record them, for {@link #successAs}. */
    public String currentRoles() {
        return String.join(",", Roles.known(user.roles()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String action, String resourceType, Object resourceId, String detail) {
        events.persist(event(action, resourceType, resourceId, "DENIED", 403, detail));
    }

    /** A refusal answered 404, as if the resource did not exist (so nobody learns whom PAS knows): outcome DENIED. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deniedAsNotFound(String action, String resourceType, Object resourceId, String detail) {
        events.persist(event(action, resourceType, resourceId, "DENIED", 404, detail));
    }

    /** A refusal that looks like an attack (e.g. someone else's one-time link): outcome SUSPICIOUS. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void suspicious(String action, String resourceType, Object resourceId, String detail) {
        events.persist(event(action, resourceType, resourceId, "SUSPICIOUS", 403, detail));
    }

    /**
     * A refusal by role (see {@link RoleRefusals}), written on a worker thread after the request's own
     * thread read who asked: the actor and request are explicit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void deniedAs(String actorSubject, String actorRoles, String operation, String requestId, String action,
            String resourceType, String resourceId, int status, String detail) {
        AuditEvent event = eventAs(actorSubject, actorRoles, action, resourceType, resourceId, "DENIED", status, detail);
        event.operation = operation;
        event.requestId = requestId;
        events.persist(event);
    }

    private AuditEvent event(String action, String resourceType, Object resourceId, String outcome, int status,
            String detail) {
        AuditEvent event = eventAs(user.subject(), currentRoles(), action, resourceType, resourceId, outcome, status,
                detail);
        event.onBehalfOfProviderId = user.onBehalfOf();
        return event;
    }

    private AuditEvent eventAs(String actorSubject, String actorRoles, String action, String resourceType,
            Object resourceId, String outcome, int status, String detail) {
        AuditEvent event = new AuditEvent();
        event.actorSubject = actorSubject;
        event.actorRoles = actorRoles;
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = resourceId == null ? null : resourceId.toString();
        event.outcome = outcome;
        event.httpStatus = status;
        event.detail = detail;
        event.requestId = RequestIds.current();
        CurrentOperation operation = CurrentOperation.current();
        event.operation = operation == null ? null : operation.id();
        event.instance = instance.value();
        return event;
    }

}
