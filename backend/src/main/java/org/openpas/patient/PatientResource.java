package org.openpas.patient;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import org.openpas.api.beans.HealthQuestionnaire;
import org.openpas.api.beans.PatientPage;
import org.openpas.api.beans.PatientRegistration;
import org.openpas.api.beans.PatientUpdate;
import org.openpas.api.beans.WaitEstimate;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.api.PatientsResource;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;
import org.openpas.common.Versions;
import org.openpas.community.Community;

/** HTTP for /patients (Health Connect Registry): rules in {@link PatientService} and {@link PatientAccess}. */
@Authenticated
public class PatientResource implements PatientsResource {

    private final PatientService patients;
    private final WaitlistPaths waitlist;

    public PatientResource(PatientService patients, WaitlistPaths waitlist) {
        this.patients = patients;
        this.waitlist = waitlist;
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public PatientPage listPatients(String q, String phn, String dateOfBirth, String communityId, String householdId, Integer page, Integer size, String acceptLanguage) {
        var filter = new PatientService.Filter(q, phn, dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
                optionalId(communityId, "Community"), optionalId(householdId, "Household"), null, null);
        PageResult<Patient> result = patients.search(filter, page, size);
        Map<UUID, Community> names = patients.communitiesOf(result.items());
        var body = new PatientPage();
        return result.fill(body, patient -> PatientMapper.summary(patient, names.get(patient.communityId)),
                body::setItems, body::setPage, body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    @org.openpas.common.RateLimits.Expensive
    public Response registerPatient(String idempotencyKey, String acceptLanguage, PatientRegistration data) {
        PatientService.Registered registered = patients.register(idempotencyKey, PatientMapper.registration(data));
        Response.ResponseBuilder created = Response.created(URI.create("patients/" + registered.patient().id));
        if (registered.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return withEtag(created, patients.shown(registered.patient()));
    }

    @Override
    public Response getPatient(String patientId, String acceptLanguage) {
        return withEtag(Response.ok(), patients.show(id(patientId), "PATIENT_READ"));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public Response updatePatient(String patientId, String ifMatch, String acceptLanguage, PatientUpdate data) {
        return withEtag(Response.ok(), patients.update(id(patientId), ifMatch, PatientMapper.details(data)));
    }

    @Override
    public Response getPatientQuestionnaire(String patientId, String acceptLanguage) {
        Patient patient = patients.getDetail(id(patientId), "PATIENT_QUESTIONNAIRE_READ");
        return Response.ok(PatientMapper.questionnaireResult(patient)).header("ETag", Versions.etag(patient.version)).build();
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public Response replacePatientQuestionnaire(String patientId, String ifMatch, String acceptLanguage, HealthQuestionnaire data) {
        Patient patient = patients.replaceQuestionnaire(id(patientId), ifMatch, PatientMapper.answers(data));
        return Response.ok(PatientMapper.questionnaireResult(patient)).header("ETag", Versions.etag(patient.version)).build();
    }

    @Override
    public WaitEstimate getWaitEstimate(String patientId, String acceptLanguage) {
        Patient patient = patients.getDetail(id(patientId), "PATIENT_WAIT_ESTIMATE_READ");
        return waitlist.waitEstimate(patient);
    }

    @Override
    public WaitlistTransitionPage listPatientHistory(String patientId, Integer page, Integer size, String acceptLanguage) {
        Patient patient = patients.getDetail(id(patientId), "PATIENT_HISTORY_READ");
        return waitlist.history(patient, page, size);
    }

    private static Response withEtag(Response.ResponseBuilder response, PatientService.Shown shown) {
        return response.entity(PatientMapper.toApi(shown.patient(), shown.community(), shown.entry()))
                .header("ETag", Versions.etag(shown.patient().version)).build();
    }

    private static UUID id(String patientId) {
        return Ids.parse(patientId, "Patient");
    }

    private static UUID optionalId(String id, String resource) {
        return id == null ? null : Ids.parse(id, resource);
    }
}
