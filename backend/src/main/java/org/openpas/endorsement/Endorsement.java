package org.openpas.endorsement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A two-party handshake letting a staff member (the endorsee, role delegate) act for a provider (the
 * endorser) while it is COMPLETED. Whoever starts it is the starter; the other party is the
 * recipient, known by email until they open the emailed link, and by their user id after.
 */
@Entity
@Table(name = "endorsement")
public class Endorsement {

    public enum Status { CREATED, RECEIVED, APPROVED, COMPLETED, DECLINED, CANCELLED, EXPIRED, ENDED }

    public enum Side { ENDORSER, ENDORSEE }

    /** States in which the handshake is still under way. */
    public static final Set<Status> PENDING = Set.of(Status.CREATED, Status.RECEIVED, Status.APPROVED);

    @Id
    public UUID id = UUID.randomUUID();

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status = Status.CREATED;

    /** Which side started it. */
    @Column(name = "initiator_role")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Side initiatorRole;

    @Column(name = "endorser_subject")
    public String endorserSubject;

    @Column(name = "endorser_name")
    public String endorserName;

    @Column(name = "endorser_email")
    public String endorserEmail;

    @Column(name = "endorser_provider_id")
    public UUID endorserProviderId;

    @Column(name = "endorsee_subject")
    public String endorseeSubject;

    @Column(name = "endorsee_name")
    public String endorseeName;

    @Column(name = "endorsee_email")
    public String endorseeEmail;

    public String message;

    /** SHA-256 of the emailed token. */
    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Column(name = "token_used_at")
    public Instant tokenUsedAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by_subject")
    public String closedBySubject;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt = createdAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    public Side recipientSide() {
        return initiatorRole == Side.ENDORSER ? Side.ENDORSEE : Side.ENDORSER;
    }

    public String subjectOf(Side side) {
        return side == Side.ENDORSER ? endorserSubject : endorseeSubject;
    }

    public String emailOf(Side side) {
        return side == Side.ENDORSER ? endorserEmail : endorseeEmail;
    }

    public String nameOf(Side side) {
        String name = side == Side.ENDORSER ? endorserName : endorseeName;
        return name == null ? emailOf(side) : name;
    }

    /** The side the user is on, or null. A recipient who has not opened the link is known by email only. */
    public Side sideOf(String subject, String email) {
        for (Side side : Side.values()) {
            String bound = subjectOf(side);
            if (bound != null ? bound.equals(subject) : email != null && email.equalsIgnoreCase(emailOf(side))) {
                return side;
            }
        }
        return null;
    }

    public boolean isPending() {
        return PENDING.contains(status);
    }

    /** Moves to {@code next}, recording when. */
    void moveTo(Status next, Instant now) {
        status = next;
        statusChangedAt = now;
        switch (next) {
            case RECEIVED -> receivedAt = now;
            case APPROVED -> approvedAt = now;
            case COMPLETED -> completedAt = now;
            default -> closedAt = now;
        }
    }
}
