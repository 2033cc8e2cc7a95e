package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openpas.api.beans.PatientRequest;
import org.openpas.api.beans.PatientRequestInput;
import org.openpas.api.beans.PatientRequestPage;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.provider.PatientRequestPaths;

/**
 * HTTP for /providers/{providerId}/patient-requests, which {@link org.openpas.provider.ProviderResource} hands
 * here through {@link PatientRequestPaths}. Rules in {@link PatientRequestService}.
 */
@ApplicationScoped
public class PatientRequestEndpoints implements PatientRequestPaths {

    private final PatientRequestService requests;
    private final WaitlistContextService contexts;

    public PatientRequestEndpoints(PatientRequestService requests, WaitlistContextService contexts) {
        this.requests = requests;
        this.contexts = contexts;
    }

    @Override
    public Response requestPatients(String providerId, PatientRequestInput data) {
        UUID provider = Ids.parse(providerId, "Provider");
        PatientRequestService.Made made = requests.request(provider, data.getCount() == null ? 10 : data.getCount());
        return Response.created(URI.create("providers/" + provider + "/patient-requests/" + made.request().id))
                .entity(PatientRequestMapper.toApi(made, contexts.of(entries(List.of(made))))).build();
    }

    @Override
    public PatientRequestPage listPatientRequests(String providerId, Integer page, Integer size) {
        PageResult<PatientRequestService.Made> result = requests.list(Ids.parse(providerId, "Provider"), page, size);
        WaitlistMapper.Context context = contexts.of(entries(result.items()));
        var body = new PatientRequestPage();
        return result.fill(body, made -> PatientRequestMapper.toApi(made, context), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    public PatientRequest getPatientRequest(String providerId, String requestId) {
        PatientRequestService.Made made = requests.get(Ids.parse(providerId, "Provider"), Ids.parse(requestId, "Patient request"));
        return PatientRequestMapper.toApi(made, contexts.of(entries(List.of(made))));
    }

    private static List<WaitlistEntry> entries(List<PatientRequestService.Made> made) {
        return made.stream().flatMap(m -> m.proposals().stream()).map(PatientRequestService.Proposed::entry).distinct()
                .toList();
    }
}
