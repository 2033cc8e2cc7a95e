package org.openpas.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in person's request to be linked to a provider record (PROVIDER) or to their staff record at a
 * clinic (CLINIC_STAFF), PENDING until an admin approves (the record is linked) or rejects it. The claimant
 * is kept as their token named them when they claimed.
 */
@Entity
@Table(name = "identity_claim")
public class IdentityClaim {

    public enum Kind { PROVIDER, CLINIC_STAFF }

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    @Column(name = "claimant_subject")
    public String claimantSubject;

    @Column(name = "claimant_name")
    public String claimantName;

    @Column(name = "claimant_email")
    public String claimantEmail;

    /** The identity provider the claimant signed in with (the token's {@code idp}), null for a local account. */
    @Column(name = "claimant_idp")
    public String claimantIdp;

    @Column(name = "asserted_msp_number")
    public String assertedMspNumber;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "clinic_id")
    public UUID clinicId;

    @Column(name = "staff_id")
    public UUID staffId;

    public String reason;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by_subject")
    public String decidedBySubject;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** The record claimed: the provider's id, or the clinic's. */
    public UUID target() {
        return kind == Kind.PROVIDER ? providerId : clinicId;
    }
}
