package org.openpas.panel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.openpas.audit.AuditLog;
import org.openpas.common.Province;
import org.openpas.panel.PanelBulk.Known;
import org.openpas.panel.PanelBulk.Member;
import org.openpas.panel.PanelBulk.Result;
import org.openpas.panel.PanelRowCheck.Row;
import org.openpas.patient.PatientService;
import org.openpas.patient.PatientService.FromPanel;

/**
 * Applies panel files in the background, one transaction per file: RECEIVED → PROCESSING →
 * COMPLETED, REJECTED or FAILED. The file replaces the panel: its rows are added or found unchanged,
 * members it no longer lists are removed (except PAS attachments and manual additions of the last
 * {@value #MANUAL_GRACE_DAYS} days, which billing files lag behind). Everything is set-based: a few
 * queries look up the whole file, and inserts go in chunks of {@value #CHUNK} rows.
 */
@ApplicationScoped
public class PanelSubmissionProcessor {

    static final int CHUNK = 5_000;
    static final int MANUAL_GRACE_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(PanelSubmissionProcessor.class);

    private final PanelSubmissionRepository submissions;
    private final PanelBulk bulk;
    private final AuditLog audit;
    private final PatientService patients;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "panel-submissions-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicInteger THREADS = new AtomicInteger();
    private volatile boolean stopping;

    public PanelSubmissionProcessor(PanelSubmissionRepository submissions, PanelBulk bulk, AuditLog audit,
            PatientService patients) {
        this.patients = patients;
        this.submissions = submissions;
        this.bulk = bulk;
        this.audit = audit;
    }

    /** Processes the (committed) submission in the background. */
    public void enqueue(UUID submissionId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        executor.execute(() -> {
            Thread.currentThread().setContextClassLoader(loader);
            process(submissionId);
        });
    }

    /** Submissions a stop interrupted are still stored with their file: take them up again. */
    void resume(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().call(submissions::pending).forEach(this::enqueue);
    }

    /** Lets running files finish for a few seconds; what is cut short stays stored and is resumed at the next start. */
    @PreDestroy
    void stop() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    void process(UUID submissionId) {
        try {
            Started started = QuarkusTransaction.requiringNew().call(() -> start(submissionId));
            if (started == null) {
                return;
            }
            QuarkusTransaction.requiringNew().timeout(600).run(() -> apply(started));
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("Panel submission " + submissionId + " interrupted by the stop; it resumes at the next start");
                return;
            }
            PanelCsv.FatalProblem fatal = fatalCause(e);
            if (fatal != null) {
                fail(submissionId, fatal.getMessage() + " Nothing was changed.");
            } else {
                LOG.error("Panel submission " + submissionId + " failed", e);
                fail(submissionId, "The file could not be applied (the panel changed at the same time, or the server "
                        + "failed). Nothing was changed: upload it again.");
            }
        }
    }

    private static PanelCsv.FatalProblem fatalCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PanelCsv.FatalProblem fatal) {
                return fatal;
            }
        }
        return null;
    }

    /** What processing needs, read in the short transaction that marks the submission PROCESSING. */
    record Started(UUID id, UUID providerId, String mode, String source, String subject, String roles, UUID onBehalfOf,
            byte[] content) {
    }

    private Started start(UUID submissionId) {
        PanelSubmission s = submissions.findById(submissionId);
        byte[] content = s == null || s.isFinished() ? null : bulk.file(submissionId);
        if (content == null) {
            return null;
        }
        s.status = PanelSubmission.Status.PROCESSING;
        s.startedAt = Instant.now();
        s.rowsProcessed = 0;
        return new Started(s.id, s.providerId, s.mode, s.source, s.submittedBySubject, s.submittedByRoles,
                s.onBehalfOfProviderId, content);
    }

    private void fail(UUID submissionId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
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
            QuarkusTransaction.requiringNew().run(() -> bulk.progress(file.id(), done));
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
