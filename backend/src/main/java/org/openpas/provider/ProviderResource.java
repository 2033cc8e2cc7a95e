package org.openpas.provider;

import io.quarkus.security.Authenticated;
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
import org.openpas.api.ProvidersResource;
import org.openpas.common.NotYetImplemented;
import org.openpas.panel.PanelEndpoints;

/**
 * Providers, capacity and panels (Panel Registry): every operation of the contract is here, answering 501 problem+json until issue
 * #3 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class ProviderResource implements ProvidersResource {

    private final PanelEndpoints panels;

    public ProviderResource(PanelEndpoints panels) {
        this.panels = panels;
    }

    @Override
    public ProviderPage listProviders(String q, String communityId, String clinicId, ProviderType type, String language, Boolean accepting, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response createProvider(ProviderCreate data) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response getProvider(String providerId) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response updateProvider(String providerId, String ifMatch, ProviderUpdate data) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response getCapacity(String providerId) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response updateCapacity(String providerId, String ifMatch, CapacityInput data) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public Response confirmCapacity(String providerId) {
        throw NotYetImplemented.inIssue(3, "Providers, capacity and panels (Panel Registry)");
    }

    @Override
    public PanelMemberPage listPanelMembers(String providerId, String q, PanelSource source, Integer page, Integer size) {
        return panels.listPanelMembers(providerId, q, source, page, size);
    }

    @Override
    public Response addPanelMember(String providerId, PanelMemberInput data) {
        return panels.addPanelMember(providerId, data);
    }

    @Override
    public PanelMember getPanelMember(String providerId, String patientId) {
        return panels.getPanelMember(providerId, patientId);
    }

    @Override
    public void removePanelMember(String providerId, String patientId, PanelRemovalReason reason, Boolean returnToWaitlist) {
        panels.removePanelMember(providerId, patientId, reason, returnToWaitlist);
    }

    @Override
    public PanelSubmissionPage listPanelSubmissions(String providerId, Integer page, Integer size) {
        return panels.listPanelSubmissions(providerId, page, size);
    }

    @Override
    public Response uploadPanelSubmission(String providerId, String idempotencyKey, PanelSubmissionUpload data) {
        return panels.uploadPanelSubmission(providerId, idempotencyKey, data);
    }

    @Override
    public PanelSubmission getPanelSubmission(String providerId, String submissionId) {
        return panels.getPanelSubmission(providerId, submissionId);
    }

    @Override
    public PanelSubmissionRowPage listPanelSubmissionRows(String providerId, String submissionId, PanelRowResult result, Integer page, Integer size) {
        return panels.listPanelSubmissionRows(providerId, submissionId, result, page, size);
    }
}
