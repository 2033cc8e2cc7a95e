package org.openpas.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded panel file and how its processing went. Counts fill in as it is processed. */
@Entity
@Table(name = "panel_submission")
public class PanelSubmission {

    public enum Status { RECEIVED, PROCESSING, COMPLETED, REJECTED, FAILED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_size_bytes")
    public long fileSizeBytes;

    @Column(name = "file_sha256")
    public String fileSha256;

    /** ALL_OR_NOTHING or APPLY_VALID_ROWS. */
    public String mode;

    /** TELEPLAN or DR_BILL: the panel source of the members it adds. */
    public String source;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status = Status.RECEIVED;

    public boolean applied;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_processed")
    public int rowsProcessed;

    public int added;

    public int removed;

    public int unchanged;

    public int rejected;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "submitted_by_subject")
    public String submittedBySubject;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(name = "submitted_by_roles")
    public String submittedByRoles;

    /** Set when a delegate uploaded it for the provider. */
    @Column(name = "on_behalf_of_provider_id")
    public UUID onBehalfOfProviderId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "submitted_at")
    public Instant submittedAt = Instant.now();

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public boolean isFinished() {
        return status == Status.COMPLETED || status == Status.REJECTED || status == Status.FAILED;
    }

    public int percentComplete() {
        if (isFinished()) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : Math.min(99, (int) (rowsProcessed * 100L / rowsTotal));
    }
}
