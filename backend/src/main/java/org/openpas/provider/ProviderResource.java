package org.openpas.provider;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import org.openpas.api.beans.PatientRequestInput;
import org.openpas.api.beans.PatientRequestPage;
import org.openpas.api.beans.ProviderCreate;
import org.openpas.api.beans.ProviderPage;
import org.openpas.api.beans.ProviderType;
import org.openpas.api.beans.ProviderUpdate;
import org.openpas.api.ProvidersResource;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;
import org.openpas.common.Versions;

/**
 * HTTP for /providers: profiles and capacity here (rules in {@link ProviderService} and
 * {@link CapacityService}); the panel operations are delegated to the panel feature ({@link PanelPaths}), the
 * patient requests to the waitlist feature ({@link PatientRequestPaths}).
 */
@Authenticated
public class ProviderResource implements ProvidersResource {

    private final ProviderService providers;
    private final CapacityService capacity;
    private final PanelPaths panels;
    private final PatientRequestPaths requests;

    public ProviderResource(ProviderService providers, CapacityService capacity, PanelPaths panels,
            PatientRequestPaths requests) {
        this.providers = providers;
        this.capacity = capacity;
        this.panels = panels;
        this.requests = requests;
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE, Roles.COORDINATOR, Roles.ADMIN})
    public ProviderPage listProviders(String q, String communityId, String clinicId, ProviderType type, String language, Boolean accepting, Integer page, Integer size) {
        var filter = new ProviderService.Filter(q, optionalId(communityId, "Community"), optionalId(clinicId, "Clinic"),
                type == null ? null : type.value(), language, accepting);
        PageResult<Provider> result = providers.search(filter, page, size);
        ProviderMapper.Context context = providers.contextOf(result.items());
        var body = new ProviderPage();
        return result.fill(body, provider -> ProviderMapper.toApi(provider, context), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createProvider(ProviderCreate data) {
        Provider provider = providers.create(ProviderMapper.details(data));
        return withEtag(Response.created(URI.create("providers/" + provider.id)), provider);
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE, Roles.COORDINATOR, Roles.ADMIN})
    public Response getProvider(String providerId) {
        return withEtag(Response.ok(), providers.get(id(providerId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    public Response updateProvider(String providerId, String ifMatch, ProviderUpdate data) {
        return withEtag(Response.ok(), providers.update(id(providerId), ifMatch, ProviderMapper.details(data),
                data.getStatus().value()));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.MEDICAL_DIRECTOR, Roles.COORDINATOR, Roles.ADMIN})
    public Response getCapacity(String providerId) {
        return capacity(capacity.get(id(providerId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public Response updateCapacity(String providerId, String ifMatch, CapacityInput data) {
        return capacity(capacity.update(id(providerId), ifMatch, ProviderMapper.statement(data)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public Response confirmCapacity(String providerId) {
        return capacity(capacity.confirm(id(providerId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public Response requestPatients(String providerId, PatientRequestInput data) {
        return requests.requestPatients(providerId, data);
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public PatientRequestPage listPatientRequests(String providerId, Integer page, Integer size) {
        return requests.listPatientRequests(providerId, page, size);
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public org.openpas.api.beans.PatientRequest getPatientRequest(String providerId, String requestId) {
        return requests.getPatientRequest(providerId, requestId);
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
    @org.openpas.common.RateLimits.Expensive
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

    private Response withEtag(Response.ResponseBuilder response, Provider provider) {
        return response.entity(ProviderMapper.toApi(provider, providers.contextOf(List.of(provider))))
                .header("ETag", Versions.etag(provider.version)).build();
    }

    private static Response capacity(CapacityService.View view) {
        return Response.ok(ProviderMapper.toApi(view)).header("ETag", view.etag()).build();
    }

    private static UUID id(String providerId) {
        return Ids.parse(providerId, "Provider");
    }

    private static UUID optionalId(String id, String resource) {
        return id == null ? null : Ids.parse(id, resource);
    }
}
