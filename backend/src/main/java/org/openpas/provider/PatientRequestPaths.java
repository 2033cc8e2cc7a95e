package org.openpas.provider;

import jakarta.ws.rs.core.Response;
import org.openpas.api.beans.PatientRequest;
import org.openpas.api.beans.PatientRequestInput;
import org.openpas.api.beans.PatientRequestPage;

/**
 * The operations under /providers/{providerId}/patient-requests. The generated ProvidersResource holds them,
 * so {@link ProviderResource} receives them; the waitlist feature answers them
 * ({@code org.openpas.waitlist.PatientRequestEndpoints} implements this). Declared here, so that the provider
 * feature does not depend on the waitlist feature, which depends on it.
 */
public interface PatientRequestPaths {

    Response requestPatients(String providerId, PatientRequestInput data);

    PatientRequestPage listPatientRequests(String providerId, Integer page, Integer size);

    PatientRequest getPatientRequest(String providerId, String requestId);
}
