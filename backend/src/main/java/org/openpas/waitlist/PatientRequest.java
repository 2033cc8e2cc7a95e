package org.openpas.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider's request for patients and the room it had; its proposals and skips are rows of
 * patient_request_proposal and patient_request_skip ({@link PatientRequestRepository}). Append-only.
 */
@Entity
@Table(name = "patient_request")
public class PatientRequest {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "requested_by_subject")
    public String requestedBySubject;

    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "requested_count")
    public int requestedCount;

    @Column(name = "remaining_this_month")
    public int remainingThisMonth;

    @Column(name = "panel_room")
    public int panelRoom;

    @Column(name = "outstanding_proposals")
    public int outstandingProposals;

    public int granted;
}
