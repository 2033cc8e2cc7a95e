package org.openpas.waitlist;

import io.quarkus.security.Authenticated;
import org.openpas.api.beans.FairnessGroupBy;
import org.openpas.api.beans.FairnessReport;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.api.ReportsResource;
import org.openpas.common.NotYetImplemented;

/**
 * The fairness report: every operation of the contract is here, answering 501 problem+json until issue
 * #4 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class FairnessReportResource implements ReportsResource {

    @Override
    public FairnessReport getFairnessReport(FairnessGroupBy groupBy, String communityId, String providerId, HealthAuthority healthAuthority, String from, String to, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "The fairness report");
    }
}
