package org.openpas.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One audited action: who (and for whom), what, on which resource, when, and how it ended. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "occurred_at")
    public Instant occurredAt = Instant.now();

    /** The JWT {@code sub}; null for the system's own jobs. */
    @Column(name = "actor_subject")
    public String actorSubject;

    /** The actor's PAS roles, comma-separated. */
    @Column(name = "actor_roles")
    public String actorRoles;

    /** The provider a delegate acted for. */
    @Column(name = "on_behalf_of_provider_id")
    public UUID onBehalfOfProviderId;

    /** e.g. CLINIC_UPDATE. */
    public String action;

    /** The contract operation (operationId) of the request that wrote it; null for scheduled jobs. */
    public String operation;

    /** e.g. CLINIC; one of the contract's AuditResourceType values. */
    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "patient_id")
    public UUID patientId;

    /** SUCCESS, DENIED, FAILED or SUSPICIOUS. */
    public String outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    /** The request that wrote it (its X-Request-Id); null for scheduled jobs. */
    @Column(name = "request_id")
    public String requestId;

    /** The API instance that wrote it (pas.instance). */
    public String instance;

    public String detail;
}
