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
import org.openpas.common.Ids;
import org.openpas.common.Roles;

/** HTTP for GET /reports/fairness (rules and query in {@link FairnessService}). */
@Authenticated
public class FairnessReportResource implements ReportsResource {

    private static final String[] BANDS = {"LOW", "MODERATE", "HIGH"};

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
        body.setPage(page);
        body.setSize(size);
        body.setTotalItems(report.total());
        body.setTotalPages((int) ((report.total() + size - 1) / size));
        return body;
    }

    private static FairnessRow row(FairnessService.Row r) {
        int[] n = r.counts();
        var row = new FairnessRow();
        row.setProviderId(r.providerId());
        row.setProviderName(r.providerName());
        row.setCommunityId(r.communityId());
        row.setCommunityName(r.communityName());
        row.setProposals(n[0]);
        row.setAttachments(n[1]);
        row.setDeclines(n[2]);
        row.setExpiredProposals(n[3]);
        var reasons = new DeclineReasonCounts();
        reasons.setPanelFull(n[4]);
        reasons.setOutsideScope(n[5]);
        reasons.setPatientDeclined(n[6]);
        reasons.setCouldNotContact(n[7]);
        reasons.setOther(n[8]);
        row.setDeclinesByReason(reasons);
        Integer[] declineRate = new Integer[3];
        for (int band = 0; band < 3; band++) {
            var outcome = new ComplexityOutcome();
            int proposals = n[9 + band * 3];
            outcome.setComplexity(ComplexityBand.fromValue(BANDS[band]));
            outcome.setProposals(proposals);
            outcome.setAttachments(n[10 + band * 3]);
            outcome.setDeclines(n[11 + band * 3]);
            declineRate[band] = proposals == 0 ? null : Math.min(100, 100 * n[11 + band * 3] / proposals);
            outcome.setDeclineRatePercent(declineRate[band]);
            row.getByComplexity().add(outcome);
        }
        if (declineRate[0] != null && declineRate[2] != null && declineRate[0] > 0) {
            row.setHighVersusLowDeclineRatio(100 * declineRate[2] / declineRate[0]);
        }
        return row;
    }
}
