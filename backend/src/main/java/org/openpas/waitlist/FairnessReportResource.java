package org.openpas.waitlist;

import io.quarkus.security.Authenticated;
import org.openpas.api.beans.FairnessGroupBy;
import org.openpas.api.beans.FairnessReport;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.api.ReportsResource;
import jakarta.annotation.security.RolesAllowed;
import java.util.Date;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.ComplexityOutcome;
import org.openpas.api.beans.DeclineReasonCounts;
import org.openpas.api.beans.FairnessRow;
import org.openpas.api.beans.SkipCount;
import org.openpas.api.beans.SkipReason;
import org.openpas.common.Ids;
import org.openpas.common.Roles;

/** HTTP for GET /reports/fairness (rules and query in {@link FairnessService}). */
@Authenticated
public class FairnessReportResource implements ReportsResource {


    private final FairnessService fairness;

    public FairnessReportResource(FairnessService fairness) {
        this.fairness = fairness;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @org.openpas.common.RateLimits.Expensive
    public FairnessReport getFairnessReport(FairnessGroupBy groupBy, String communityId, String providerId, HealthAuthority healthAuthority, String from, String to, Integer page, Integer size) {
        FairnessService.Report report = fairness.report(groupBy != FairnessGroupBy.COMMUNITY,
                communityId == null ? null : Ids.parse(communityId, "Community"),
                providerId == null ? null : Ids.parse(providerId, "Provider"),
                healthAuthority == null ? null : healthAuthority.value(), from, to, page, size);
        var body = new FairnessReport();
        body.setFrom(report.from().toString());
        body.setTo(report.to().toString());
        body.setGroupBy(report.byProvider() ? FairnessGroupBy.PROVIDER : FairnessGroupBy.COMMUNITY);
        body.setGeneratedAt(new Date());
        body.setItems(report.rows().stream().map(FairnessReportResource::row).toList());
        body.setSkips(java.util.Arrays.stream(SkipReason.values()).map(reason -> {
            var count = new SkipCount();
            count.setReason(reason);
            count.setCount(report.skips().getOrDefault(reason.value(), 0));
            return count;
        }).toList());
        body.setPage(page);
        body.setSize(size);
        body.setTotalItems(report.total());
        body.setTotalPages((int) ((report.total() + size - 1) / size));
        return body;
    }

    private static FairnessRow row(FairnessService.Row r) {
        var row = new FairnessRow();
        row.setProviderId(r.providerId());
        row.setProviderName(r.providerName());
        row.setCommunityId(r.communityId());
        row.setCommunityName(r.communityName());
        row.setProposals(r.proposals());
        row.setAttachments(r.attachments());
        row.setDeclines(r.declines());
        row.setExpiredProposals(r.expiredProposals());
        var reasons = new DeclineReasonCounts();
        reasons.setPanelFull(r.declinesByReason().panelFull());
        reasons.setOutsideScope(r.declinesByReason().outsideScope());
        reasons.setPatientDeclined(r.declinesByReason().patientDeclined());
        reasons.setCouldNotContact(r.declinesByReason().couldNotContact());
        reasons.setOther(r.declinesByReason().other());
        row.setDeclinesByReason(reasons);
        Integer lowDeclineRate = addOutcome(row, ComplexityBand.LOW, r.low());
        addOutcome(row, ComplexityBand.MODERATE, r.moderate());
        Integer highDeclineRate = addOutcome(row, ComplexityBand.HIGH, r.high());
        if (lowDeclineRate != null && highDeclineRate != null && lowDeclineRate > 0) {
            row.setHighVersusLowDeclineRatio(100 * highDeclineRate / lowDeclineRate);
        }
        return row;
    }

    /** Adds the band's outcome to the row; returns its decline rate in percent (null without proposals). */
    private static Integer addOutcome(FairnessRow row, ComplexityBand band, FairnessService.BandCounts counts) {
        var outcome = new ComplexityOutcome();
        outcome.setComplexity(band);
        outcome.setProposals(counts.proposals());
        outcome.setAttachments(counts.attachments());
        outcome.setDeclines(counts.declines());
        Integer declineRate = counts.proposals() == 0 ? null
                : Math.min(100, 100 * counts.declines() / counts.proposals());
        outcome.setDeclineRatePercent(declineRate);
        row.getByComplexity().add(outcome);
        return declineRate;
    }
}
