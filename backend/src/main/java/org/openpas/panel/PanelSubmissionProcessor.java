package org.openpas.panel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openpas.audit.AuditLog;
import org.openpas.common.InstanceName;
import org.openpas.common.Province;
import org.openpas.panel.PanelBulk.Known;
import org.openpas.panel.PanelBulk.Member;
import org.openpas.panel.PanelBulk.Result;
import org.openpas.panel.PanelRowCheck.Row;
import org.openpas.panel.PanelSubmissionRepository.Claim;
import org.openpas.patient.PatientService;
import org.openpas.patient.PatientService.FromPanel;

/**
 * Applies panel files in the background, one transaction per file: RECEIVED → PROCESSING →
 * COMPLETED, REJECTED or FAILED. The file replaces the panel: its rows are added or found unchanged,
 * members it no longer lists are removed (except PAS attachments and manual additions of the last
 * {@value #MANUAL_GRACE_DAYS} days, which billing files lag behind). Everything is set-based: a few
 * queries look up the whole file, and inserts go in chunks of {@value #CHUNK} rows.
 *
 * <p>Every API instance polls for files (the stored upload is the queue) and claims one at a time under a
 * lease that it renews while applying ({@link PanelSubmissionRepository#claimNext}). When an instance dies,
 * its transaction rolls back and, once the lease has expired, another instance claims the file again.
 * The outcome (result rows, counts, audit event) is written only while the lease is still held
 * ({@link PanelSubmissionRepository#hold}), in the one transaction that applies the file, so a file is
 * applied exactly once whichever instance dies when. A file whose holder died {@value #MAX_ATTEMPTS}
 * times is marked FAILED rather than tried forever.
 */
@ApplicationScoped
public class PanelSubmissionProcessor {

    static final int CHUNK = 5_000;
    static final int MANUAL_GRACE_DAYS = 90;
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(PanelSubmissionProcessor.class);

    private final PanelSubmissionRepository submissions;
    private final PanelBulk bulk;
    private final AuditLog audit;
    private final PatientService patients;
    private final String claimant;
    private final Duration lease;
    private volatile boolean stopping;

    public PanelSubmissionProcessor(PanelSubmissionRepository submissions, PanelBulk bulk, AuditLog audit,
            PatientService patients, InstanceName instance, @ConfigProperty(name = "pas.panel.lease") Duration lease) {
        this.patients = patients;
        this.submissions = submissions;
        this.bulk = bulk;
        this.audit = audit;
        this.claimant = instance.claimant();
        this.lease = lease;
    }

    /** Claims and applies files until none is waiting (one at a time on this instance). */
    @Scheduled(every = "${pas.panel.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        while (!stopping) {
            Optional<Claim> claim;
            try {
                claim = QuarkusTransaction.requiringNew().call(() -> submissions.claimNext(claimant, lease));
            } catch (RuntimeException e) {
                if (stopping) {
                    return; // the database connections close at a stop: nothing was claimed
                }
                throw e;
            }
            if (claim.isEmpty()) {
                return;
            }
            process(claim.get());
        }
    }

    /** The heartbeat: the files this instance is applying stay its own while it lives. */
    @Scheduled(every = "${pas.panel.renew-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewLeases() {
        QuarkusTransaction.requiringNew().run(() -> submissions.renewAll(claimant, lease));
    }

    /** At a stop, the file being applied is handed over at once instead of when its lease expires. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            QuarkusTransaction.requiringNew().run(() -> submissions.release(claimant));
        } catch (RuntimeException e) {
            LOG.warn("Could not release the panel files of this instance; they are taken up when their lease expires", e);
        }
    }

    void process(Claim claim) {
        UUID submissionId = claim.id();
        try {
            if (claim.attempt() > MAX_ATTEMPTS) {
                fail(submissionId, "The file could not be applied: the server stopped while applying it "
                        + MAX_ATTEMPTS + " times. Nothing was changed: upload it again.");
                return;
            }
            Started started = QuarkusTransaction.requiringNew().call(() -> start(submissionId));
            if (started == null) {
                return;
            }
            QuarkusTransaction.requiringNew().timeout(600).run(() -> apply(started));
        } catch (RuntimeException e) {
            if (causeOf(e, LeaseLost.class) != null) {
                LOG.info("Panel submission " + submissionId + " was taken over by another instance; this one wrote nothing");
                return;
            }
            if (stopping) {
                LOG.info("Panel submission " + submissionId + " interrupted by the stop; another instance takes it up");
                return;
            }
            PanelCsv.FatalProblem fatal = causeOf(e, PanelCsv.FatalProblem.class);
            if (fatal != null) {
                fail(submissionId, fatal.getMessage() + " Nothing was changed.");
            } else {
                LOG.error("Panel submission " + submissionId + " failed", e);
                fail(submissionId, "The file could not be applied (the panel changed at the same time, or the server "
                        + "failed). Nothing was changed: upload it again.");
            }
        }
    }

    /** This instance's lease on the file expired and another instance claimed it. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID submissionId) {
            super("Lease on panel submission " + submissionId + " lost");
        }
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** What processing needs, read in a short transaction after the claim (which marked it PROCESSING). */
    record Started(UUID id, UUID providerId, String mode, String source, String subject, String roles, UUID onBehalfOf,
            byte[] content) {
    }

    private Started start(UUID submissionId) {
        PanelSubmission s = submissions.findById(submissionId);
        byte[] content = s == null || s.isFinished() ? null : bulk.file(submissionId);
        if (content == null) {
            return null;
        }
        return new Started(s.id, s.providerId, s.mode, s.source, s.submittedBySubject, s.submittedByRoles,
                s.onBehalfOfProviderId, content);
    }

    private void fail(UUID submissionId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!submissions.hold(submissionId, claimant)) {
                return;
            }
            PanelSubmission s = submissions.findById(submissionId);
            s.status = PanelSubmission.Status.FAILED;
            s.failureReason = reason;
            s.completedAt = Instant.now();
            bulk.deleteFile(submissionId);
        });
    }

    private void apply(Started file) {
        bulk.lockPanel(file.providerId());
        List<PanelCsv.Record> records;
        try {
            records = PanelCsv.parse(file.content());
        } catch (PanelCsv.FatalProblem e) {
            throw new IllegalStateException(e);
        }
        LocalDate today = Province.today();
        List<Row> rows = new ArrayList<>(records.size());
        for (PanelCsv.Record record : records) {
            rows.add(PanelRowCheck.check(record, today));
        }
        rejectDuplicates(rows);
        Map<String, Known> known = bulk.known(rows.stream().filter(Row::valid).map(row -> row.phn).toList());

        List<Result> results = new ArrayList<>(rows.size());
        List<FromPanel> newPatients = new ArrayList<>();
        List<UUID> added = new ArrayList<>();
        int unchanged = 0;
        int rejected = 0;
        for (Row row : rows) {
            UUID patientId = null;
            String result;
            if (row.valid()) {
                Known k = known.get(row.phn);
                if (k != null && !k.isSamePerson(row.familyName, row.givenNames, row.dateOfBirth)) {
                    row.reject("row", "NAME_MISMATCH",
                            "the name or date of birth differ from the patient PAS holds under this PHN");
                } else if (k != null && k.providerId() != null && !k.providerId().equals(file.providerId())) {
                    row.reject("phn", "ON_ANOTHER_PANEL",
                            "the patient is on another provider's panel; they must leave it before joining this one");
                }
            }
            if (!row.valid()) {
                result = "REJECTED";
                rejected++;
            } else if (known.get(row.phn) == null) {
                patientId = UUID.randomUUID();
                newPatients.add(new FromPanel(patientId, row.phn, row.familyName, row.givenNames, row.dateOfBirth,
                        row.gender, row.postalCode));
                added.add(patientId);
                result = "ADDED";
            } else {
                patientId = known.get(row.phn).patientId();
                if (known.get(row.phn).providerId() == null) {
                    added.add(patientId);
                    result = "ADDED";
                } else {
                    unchanged++;
                    result = "UNCHANGED";
                }
            }
            results.add(new Result(results.size(), row.line, shorten(row.phn, 32), shorten(row.familyName, 100), result,
                    row.errors, patientId));
        }

        boolean allOrNothing = file.mode().equals("ALL_OR_NOTHING") && rejected > 0;
        if (allOrNothing) {
            List<Result> rejectedOnly = results.stream().filter(r -> r.result().equals("REJECTED")).toList();
            bulk.insertResults(file.id(), rejectedOnly);
            finish(file, PanelSubmission.Status.REJECTED, rows.size(), 0, 0, 0, rejected);
            return;
        }

        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(row.phn));
        Instant graceStart = Instant.now().minus(Duration.ofDays(MANUAL_GRACE_DAYS));
        List<Member> leaving = bulk.panel(file.providerId()).stream()
                .filter(m -> !inFile.contains(m.phn()))
                .filter(m -> !m.source().equals("PAS_ATTACHMENT"))
                .filter(m -> !(m.source().equals("MANUAL") && m.addedAt().isAfter(graceStart)))
                .toList();

        Set<UUID> addedIds = new HashSet<>(added);
        Map<UUID, FromPanel> newById = new HashMap<>();
        newPatients.forEach(p -> newById.put(p.id(), p));
        for (int from = 0; from < results.size(); from += CHUNK) {
            List<Result> chunk = results.subList(from, Math.min(results.size(), from + CHUNK));
            patients.addAllFromPanel(chunk.stream().map(r -> newById.get(r.patientId())).filter(p -> p != null).toList());
            bulk.insertMembers(file.providerId(), file.source(), file.id(), file.subject(), today,
                    chunk.stream().map(Result::patientId).filter(addedIds::contains).toList());
            bulk.insertResults(file.id(), chunk);
            int done = from + chunk.size();
            if (!QuarkusTransaction.requiringNew().call(() -> submissions.progress(file.id(), claimant, lease, done))) {
                throw new LeaseLost(file.id());
            }
        }
        int removed = bulk.removeMembers(file.providerId(), leaving.stream().map(Member::patientId).toList(),
                "NOT_IN_SUBMISSION", file.id(), file.subject());
        List<Result> removedResults = new ArrayList<>();
        for (Member m : leaving) {
            removedResults.add(new Result(results.size() + removedResults.size(), null, m.phn(), m.familyName(),
                    "REMOVED", List.of(), m.patientId()));
        }
        bulk.insertResults(file.id(), removedResults);
        finish(file, PanelSubmission.Status.COMPLETED, rows.size(), added.size(), removed, unchanged, rejected);
    }

    /** Every occurrence of a PHN that is in the file more than once is rejected: which one is right is unknown. */
    private static void rejectDuplicates(List<Row> rows) {
        Map<String, List<Row>> byPhn = new HashMap<>();
        for (Row row : rows) {
            if (!row.phn.isEmpty()) {
                byPhn.computeIfAbsent(row.phn, phn -> new ArrayList<>(1)).add(row);
            }
        }
        for (List<Row> same : byPhn.values()) {
            if (same.size() > 1) {
                String lines = String.join(", ", same.stream().map(row -> String.valueOf(row.line)).toList());
                for (Row row : same) {
                    row.reject("phn", "DUPLICATE_IN_FILE", shorten("the PHN is in the file more than once (lines "
                            + lines + ")", 300));
                }
            }
        }
    }

    private void finish(Started file, PanelSubmission.Status status, int rows, int added, int removed, int unchanged,
            int rejected) {
        if (!submissions.hold(file.id(), claimant)) {
            throw new LeaseLost(file.id());
        }
        PanelSubmission s = submissions.findById(file.id());
        s.status = status;
        s.rowsTotal = rows;
        s.rowsProcessed = rows;
        s.added = added;
        s.removed = removed;
        s.unchanged = unchanged;
        s.rejected = rejected;
        s.applied = added + removed > 0;
        s.completedAt = Instant.now();
        bulk.deleteFile(file.id());
        audit.successAs(file.subject(), file.roles(), file.onBehalfOf(), "PANEL_SUBMISSION_APPLY", "PANEL_SUBMISSION", file.id(),
                status + ": " + added + " added, " + removed + " removed, " + unchanged + " unchanged, " + rejected
                        + " rejected; provider " + file.providerId());
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
