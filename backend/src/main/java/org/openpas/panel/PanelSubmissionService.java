package org.openpas.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.Hashes;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.provider.ProviderAccess;

/**
 * Panel files: the upload (checked as a whole at once, so a fatal problem is a 422 and nothing is kept),
 * then reading submissions and their row results. {@link PanelSubmissionProcessor} applies them.
 */
@ApplicationScoped
public class PanelSubmissionService {

    /**
     * An uploaded panel file: its name as shown back, its bytes, the mode's code and the source's code
     * (null: TELEPLAN).
     */
    public record Upload(String fileName, byte[] content, String mode, String source) {
    }

    /** The stored submission, and whether it answers a repeated Idempotency-Key. */
    public record Uploaded(PanelSubmission submission, boolean replayed) {
    }

    private final PanelSubmissionRepository submissions;
    private final ProviderAccess access;
    private final PanelBulk bulk;
    private final CurrentUser user;
    private final AuditLog audit;

    public PanelSubmissionService(PanelSubmissionRepository submissions, ProviderAccess access, PanelBulk bulk,
            CurrentUser user, AuditLog audit) {
        this.submissions = submissions;
        this.access = access;
        this.bulk = bulk;
        this.user = user;
        this.audit = audit;
    }

    @Transactional
    public Uploaded upload(UUID providerId, String idempotencyKey, Upload upload) {
        access.requireActingFor(providerId, "PANEL_SUBMISSION_UPLOAD", "PANEL_SUBMISSION");
        String sha256 = Hashes.sha256Hex(upload.content());
        String mode = upload.mode();
        String source = upload.source() == null ? "TELEPLAN" : upload.source();
        if (idempotencyKey != null) {
            var earlier = submissions.findByKey(providerId, user.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                PanelSubmission first = earlier.get();
                if (first.fileSha256.equals(sha256) && first.mode.equals(mode) && first.source.equals(source)) {
                    return new Uploaded(first, true);
                }
                throw ProblemException.unprocessable("The Idempotency-Key " + idempotencyKey + " was used for another "
                        + "upload (a different file, mode or source). Use a new key for a new upload.",
                        List.of(new FieldError("Idempotency-Key", "was used for a different upload")));
            }
        }
        int rows;
        try {
            rows = PanelCsv.parse(upload.content()).size();
        } catch (PanelCsv.FatalProblem e) {
            throw ProblemException.unprocessable(e.getMessage() + " Nothing was changed.",
                    List.of(new FieldError("file", e.getMessage())));
        }
        PanelSubmission submission = new PanelSubmission();
        submission.providerId = providerId;
        submission.fileName = upload.fileName();
        submission.fileSizeBytes = upload.content().length;
        submission.fileSha256 = sha256;
        submission.mode = mode;
        submission.source = source;
        submission.rowsTotal = rows;
        submission.submittedBySubject = user.subject();
        submission.submittedByName = user.name();
        submission.submittedByRoles = audit.currentRoles();
        submission.onBehalfOfProviderId = user.onBehalfOf();
        submission.idempotencyKey = idempotencyKey;
        submissions.persist(submission);
        submissions.flush(); // the same key raced by two uploads: the loser gets 409 here
        bulk.storeFile(submission.id, upload.content());
        audit.success("PANEL_SUBMISSION_UPLOAD", "PANEL_SUBMISSION", submission.id, submission.fileName + ", " + rows
                + " rows, " + mode + ", " + source + ", provider " + providerId);
        return new Uploaded(submission, false);
    }

    @Transactional
    public PageResult<PanelSubmission> list(UUID providerId, int page, int size) {
        access.requireActingFor(providerId, "PANEL_SUBMISSION_READ", "PANEL_SUBMISSION");
        PageResult<PanelSubmission> result = submissions.ofProvider(providerId, page, size);
        audit.success("PANEL_SUBMISSION_LIST", "PANEL", providerId, "page " + page + ": " + result.items().size()
                + " of " + result.totalItems() + " submissions");
        return result;
    }

    /** The submission with its first 100 rejected rows. */
    @Transactional
    public Detailed get(UUID providerId, UUID submissionId) {
        PanelSubmission submission = readable(providerId, submissionId);
        var rejected = submissions.rows(submissionId, "REJECTED", 0, 100).items();
        return new Detailed(submission, rejected);
    }

    public record Detailed(PanelSubmission submission, List<PanelSubmissionRow> rejectedRows) {
    }

    @Transactional
    public PageResult<PanelSubmissionRow> rows(UUID providerId, UUID submissionId, String result, int page, int size) {
        readable(providerId, submissionId);
        return submissions.rows(submissionId, result, page, size);
    }

    private PanelSubmission readable(UUID providerId, UUID submissionId) {
        access.requireActingFor(providerId, "PANEL_SUBMISSION_READ", "PANEL_SUBMISSION");
        PanelSubmission submission = submissions.findOfProvider(providerId, submissionId)
                .orElseThrow(() -> ProblemException.notFound("Panel submission", submissionId));
        audit.success("PANEL_SUBMISSION_READ", "PANEL_SUBMISSION", submissionId, null);
        return submission;
    }

}
