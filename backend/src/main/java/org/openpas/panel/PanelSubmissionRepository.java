package org.openpas.panel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.PageResult;

@ApplicationScoped
public class PanelSubmissionRepository implements PanacheRepositoryBase<PanelSubmission, UUID> {

    /** Newest first (panel_submission_provider_idx). */
    public PageResult<PanelSubmission> ofProvider(UUID providerId, int page, int size) {
        return PageResult.of(find("providerId = ?1 order by submittedAt desc, id", providerId), page, size);
    }

    public Optional<PanelSubmission> findOfProvider(UUID providerId, UUID id) {
        return find("id = ?1 and providerId = ?2", id, providerId).firstResultOptional();
    }

    /** An earlier upload by the same caller with the same Idempotency-Key (panel_submission_idempotency_uq). */
    public Optional<PanelSubmission> findByKey(UUID providerId, String subject, String key) {
        return find("providerId = ?1 and submittedBySubject = ?2 and idempotencyKey = ?3", providerId, subject, key)
                .firstResultOptional();
    }

    /** A submission this instance claimed, and how many times it has been claimed (this time included). */
    public record Claim(UUID id, int attempt) {
    }

    /**
     * Claims the oldest submission that waits or whose lease expired (its holder died), for {@code lease}:
     * PROCESSING, claimed by {@code claimant}. A row another instance is claiming at the same moment is
     * skipped, so two instances never claim the same file (panel_submission_pending_idx).
     */
    public Optional<Claim> claimNext(String claimant, Duration lease) {
        List<Tuple> claimed = getEntityManager().createNativeQuery("""
                update panel_submission s
                set status = 'PROCESSING', claimed_by = :claimant, lease_until = now() + make_interval(secs => :lease),
                    attempts = s.attempts + 1, started_at = now(), rows_processed = 0
                where s.id = (select id from panel_submission
                              where status in ('RECEIVED', 'PROCESSING') and (lease_until is null or lease_until < now())
                              order by submitted_at limit 1
                              for update skip locked)
                returning s.id, s.attempts""", Tuple.class)
                .setParameter("claimant", claimant).setParameter("lease", (double) lease.toSeconds())
                .getResultList();
        return claimed.stream()
                .map(row -> new Claim(row.get("id", UUID.class), row.get("attempts", Number.class).intValue()))
                .findFirst();
    }

    /** Extends the leases of every file {@code claimant} is applying (its heartbeat). */
    public int renewAll(String claimant, Duration lease) {
        return getEntityManager().createNativeQuery("""
                update panel_submission set lease_until = now() + make_interval(secs => :lease)
                where claimed_by = :claimant and status = 'PROCESSING'""")
                .setParameter("claimant", claimant).setParameter("lease", (double) lease.toSeconds())
                .executeUpdate();
    }

    /** Records progress and extends the lease; false when {@code claimant} no longer holds the file. */
    public boolean progress(UUID id, String claimant, Duration lease, int rowsProcessed) {
        return getEntityManager().createNativeQuery("""
                update panel_submission set rows_processed = :rows, lease_until = now() + make_interval(secs => :lease)
                where id = :id and claimed_by = :claimant and status = 'PROCESSING'""")
                .setParameter("rows", rowsProcessed).setParameter("lease", (double) lease.toSeconds())
                .setParameter("id", id).setParameter("claimant", claimant)
                .executeUpdate() == 1;
    }

    /**
     * Before a file's outcome is written: true when {@code claimant} still holds it, and then the row stays
     * locked until the transaction ends, so nobody can take it over in between. False when the lease was
     * lost: another instance has the file, and this one must write nothing.
     */
    public boolean hold(UUID id, String claimant) {
        return getEntityManager().createNativeQuery("""
                update panel_submission set lease_until = null
                where id = :id and claimed_by = :claimant and status = 'PROCESSING'""")
                .setParameter("id", id).setParameter("claimant", claimant)
                .executeUpdate() == 1;
    }

    /** At a stop: the files {@code claimant} still holds may be taken up by another instance at once. */
    public int release(String claimant) {
        return getEntityManager().createNativeQuery("""
                update panel_submission set lease_until = now()
                where claimed_by = :claimant and status = 'PROCESSING'""")
                .setParameter("claimant", claimant)
                .executeUpdate();
    }

    /** Rows of one submission in order, optionally of one result (panel_submission_row_result_idx / primary key). */
    public PageResult<PanelSubmissionRow> rows(UUID submissionId, String result, int page, int size) {
        String where = "key.submissionId = :id" + (result == null ? "" : " and result = :result");
        Parameters params = Parameters.with("id", submissionId);
        if (result != null) {
            params.and("result", result);
        }
        var query = getEntityManager().createQuery("from PanelSubmissionRow where " + where + " order by key.seq",
                PanelSubmissionRow.class);
        var count = getEntityManager().createQuery("select count(*) from PanelSubmissionRow where " + where, Long.class);
        params.map().forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PanelSubmissionRow> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageResult<>(rows, page, size, count.getSingleResult());
    }
}
