package org.openpas.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;

/**
 * Duplicate review: records that may be one person are flagged at registration and update; a
 * coordinator of either patient's community (or an admin) merges them into one record or dismisses
 * the pair.
 */
@ApplicationScoped
public class DuplicateService {

    private final DuplicateRepository candidates;
    private final PatientRepository patients;
    private final PatientWaitlist waitlist;
    private final PatientPanels panels;
    private final PatientAccess access;
    private final CurrentUser user;
    private final AuditLog audit;

    public DuplicateService(DuplicateRepository candidates, PatientRepository patients, PatientWaitlist waitlist, PatientPanels panels,
            PatientAccess access, CurrentUser user, AuditLog audit) {
        this.candidates = candidates;
        this.patients = patients;
        this.waitlist = waitlist;
        this.panels = panels;
        this.access = access;
        this.user = user;
        this.audit = audit;
    }

    @Transactional
    public PageResult<DuplicateCandidate> search(String status, UUID communityId, int page, int size) {
        List<UUID> scope = access.duplicateScope(communityId);
        PageResult<DuplicateCandidate> result = PageResult.of(candidates.search(status, scope), page, size);
        audit.success("DUPLICATE_LIST", "DUPLICATE_CANDIDATE", null, result.items().size() + " of "
                + result.totalItems());
        return result;
    }

    @Transactional
    public DuplicateCandidate get(UUID id) {
        DuplicateCandidate candidate = visible(id, "DUPLICATE_READ");
        audit.success("DUPLICATE_READ", "DUPLICATE_CANDIDATE", id, null);
        return candidate;
    }

    @Transactional
    public DuplicateCandidate dismiss(UUID id, String note) {
        DuplicateCandidate candidate = open(id, "DUPLICATE_DISMISS");
        resolve(candidate, "DISMISSED", null, note);
        audit.success("DUPLICATE_DISMISS", "DUPLICATE_CANDIDATE", id, null);
        return candidate;
    }

    /**
     * One person, two records: the survivor keeps the earlier registration date and takes over the
     * other's waitlist history and panel membership; the other record is closed (merged_into). Audit
     * events stay as written (append-only); the merge event links the two records.
     */
    @Transactional
    public DuplicateCandidate merge(UUID id, UUID survivorId, String note) {
        DuplicateCandidate candidate = open(id, "DUPLICATE_MERGE");
        if (!survivorId.equals(candidate.patientA) && !survivorId.equals(candidate.patientB)) {
            throw ProblemException.unprocessable("The survivor must be one of the pair.",
                    List.of(new FieldError("survivorPatientId", "must be patientA or patientB")));
        }
        UUID otherId = survivorId.equals(candidate.patientA) ? candidate.patientB : candidate.patientA;
        Patient survivor = patients.findById(survivorId);
        Patient other = patients.findById(otherId);
        if (survivor.mergedInto != null || other.mergedInto != null) {
            throw ProblemException.conflict("One of these records was already merged into another.");
        }
        boolean survivorOnPanel = panels.isOnAPanel(survivorId);
        if (survivorOnPanel && panels.isOnAPanel(otherId)) {
            throw ProblemException.conflict("Both records are on a provider's panel: remove one panel membership first.");
        }
        if (!survivorOnPanel) {
            panels.moveMembership(otherId, survivorId);
        }
        waitlist.merge(survivor, other);
        other.mergedInto = survivorId;
        resolve(candidate, "MERGED", survivorId, note);
        audit.success("PATIENT_MERGE", "PATIENT", survivorId, survivorId, "merged " + otherId + " into " + survivorId);
        return candidate;
    }

    private DuplicateCandidate open(UUID id, String action) {
        DuplicateCandidate candidate = visible(id, action);
        if (!"OPEN".equals(candidate.status)) {
            throw ProblemException.conflict("This candidate is already " + candidate.status + ".");
        }
        return candidate;
    }

    private DuplicateCandidate visible(UUID id, String action) {
        DuplicateCandidate candidate = candidates.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Duplicate candidate", id));
        access.requireCandidateVisible(id, List.of(patients.findById(candidate.patientA),
                patients.findById(candidate.patientB)), action);
        return candidate;
    }

    private void resolve(DuplicateCandidate candidate, String status, UUID survivor, String note) {
        candidate.status = status;
        candidate.resolvedAt = Instant.now();
        candidate.resolvedBySubject = user.subject();
        candidate.resolvedByName = user.name();
        candidate.survivorPatientId = survivor;
        candidate.note = note;
    }
}
