package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;

/**
 * The fairness report: proposal outcomes (proposals, attachments, declines by coded reason, expired
 * proposals) by patient complexity band, per provider or per community, so that screening out
 * complex patients becomes visible. Computed from the transitions in one aggregate query; the entries patient
 * requests passed over, by reason, in another.
 */
@ApplicationScoped
public class FairnessService {

    /** Proposals, attachments and declines of patients of one complexity band. */
    public record BandCounts(int proposals, int attachments, int declines) {
    }

    /** Declines by their coded reason. */
    public record DeclineReasons(int panelFull, int outsideScope, int patientDeclined, int couldNotContact, int other) {
    }

    /** One row of the report: a provider in a community, or a community. */
    public record Row(UUID providerId, String providerName, UUID communityId, String communityName, int proposals,
            int attachments, int declines, int expiredProposals, DeclineReasons declinesByReason, BandCounts low,
            BandCounts moderate, BandCounts high) {
    }

    /** {@code skips}: entries patient requests passed over, by reason (a SkipReason's name; absent: none). */
    public record Report(LocalDate from, LocalDate to, boolean byProvider, List<Row> rows, long total,
            java.util.Map<String, Integer> skips) {
    }

    private final FairnessRepository reports;
    private final WaitlistAccess access;
    private final AuditLog audit;

    public FairnessService(FairnessRepository reports, WaitlistAccess access, AuditLog audit) {
        this.reports = reports;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Report report(boolean byProvider, UUID communityId, UUID providerId, String healthAuthority,
            String fromText, String toText, int page, int size) {
        LocalDate to = toText == null ? org.openpas.common.Province.today() : LocalDate.parse(toText);
        LocalDate from = fromText == null ? to.minusDays(90) : LocalDate.parse(fromText);
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw ProblemException.badRequest("The period must run forwards and span at most 366 days.",
                    List.of(new FieldError("from", "must be on or before 'to', at most 366 days before it")));
        }
        Collection<UUID> scope = access.reportScope(communityId);
        FairnessRepository.Page rows = reports.report(byProvider, communityId, providerId, healthAuthority, from, to,
                scope, page, size);
        audit.success("FAIRNESS_REPORT_READ", "REPORT", null, from + ".." + to + ", " + rows.rows().size() + " rows");
        return new Report(from, to, byProvider, rows.rows(), rows.total(),
                reports.skips(communityId, providerId, healthAuthority, from, to, scope));
    }
}
