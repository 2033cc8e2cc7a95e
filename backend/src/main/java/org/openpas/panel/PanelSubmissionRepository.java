package org.openpas.panel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Waiting or interrupted submissions, oldest first (panel_submission_pending_idx). */
    public List<UUID> pending() {
        return getEntityManager().createQuery("select s.id from PanelSubmission s where s.status in :statuses"
                + " order by s.submittedAt", UUID.class)
                .setParameter("statuses", List.of(PanelSubmission.Status.RECEIVED, PanelSubmission.Status.PROCESSING))
                .getResultList();
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
