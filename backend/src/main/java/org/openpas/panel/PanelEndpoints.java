package org.openpas.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.openpas.api.beans.CapacityInput;
import org.openpas.api.beans.PanelMember;
import org.openpas.api.beans.PanelMemberInput;
import org.openpas.api.beans.PanelMemberPage;
import org.openpas.api.beans.PanelRemovalReason;
import org.openpas.api.beans.PanelRowResult;
import org.openpas.api.beans.PanelSource;
import org.openpas.api.beans.PanelSubmission;
import org.openpas.api.beans.PanelSubmissionPage;
import org.openpas.api.beans.PanelSubmissionRowPage;
import org.openpas.api.beans.PanelSubmissionUpload;
import org.openpas.api.beans.ProviderCreate;
import org.openpas.api.beans.ProviderPage;
import org.openpas.api.beans.ProviderType;
import org.openpas.api.beans.ProviderUpdate;
import org.openpas.common.NotYetImplemented;

/**
 * HTTP for /providers/{providerId}/panel/**: the panel operations of the generated ProvidersResource,
 * which {@link org.openpas.provider.ProviderResource} delegates here, so the panel feature lives in
 * its own package.
 */
@ApplicationScoped
public class PanelEndpoints {

    public PanelMemberPage listPanelMembers(String providerId, String q, PanelSource source, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public Response addPanelMember(String providerId, PanelMemberInput data) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public PanelMember getPanelMember(String providerId, String patientId) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public void removePanelMember(String providerId, String patientId, PanelRemovalReason reason, Boolean returnToWaitlist) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public PanelSubmissionPage listPanelSubmissions(String providerId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public Response uploadPanelSubmission(String providerId, String idempotencyKey, PanelSubmissionUpload data) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public PanelSubmission getPanelSubmission(String providerId, String submissionId) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }

    public PanelSubmissionRowPage listPanelSubmissionRows(String providerId, String submissionId, PanelRowResult result, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(3, "Panels and panel submissions");
    }
}
