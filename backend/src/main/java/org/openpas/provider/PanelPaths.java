package org.openpas.provider;

import jakarta.ws.rs.core.Response;
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

/**
 * The operations under /providers/{providerId}/panel/**. The generated ProvidersResource holds them (one
 * interface per first path segment), so {@link ProviderResource} receives them; the panel feature answers
 * them ({@code org.openpas.panel.PanelEndpoints} implements this). Declared here, so that the provider
 * feature does not depend on the panel feature, which depends on it.
 */
public interface PanelPaths {

    PanelMemberPage listPanelMembers(String providerId, String q, PanelSource source, Integer page, Integer size);

    Response addPanelMember(String providerId, PanelMemberInput data);

    PanelMember getPanelMember(String providerId, String patientId);

    void removePanelMember(String providerId, String patientId, PanelRemovalReason reason, Boolean returnToWaitlist);

    PanelSubmissionPage listPanelSubmissions(String providerId, Integer page, Integer size);

    Response uploadPanelSubmission(String providerId, String idempotencyKey, PanelSubmissionUpload data);

    PanelSubmission getPanelSubmission(String providerId, String submissionId);

    PanelSubmissionRowPage listPanelSubmissionRows(String providerId, String submissionId, PanelRowResult result,
            Integer page, Integer size);
}
