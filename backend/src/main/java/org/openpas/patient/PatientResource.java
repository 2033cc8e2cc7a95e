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
import jakarta.transaction.Transactional;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.common.Versions;
import org.openpas.community.Community;
import org.openpas.community.CommunityRepository;
import org.openpas.waitlist.WaitlistEntry;
import org.openpas.waitlist.WaitEstimates;
import org.openpas.waitlist.WaitlistContexts;
import org.openpas.waitlist.WaitlistService;

/** HTTP for /patients (Health Connect Registry): rules in {@link PatientService} and {@link PatientAccess}. */
@Authenticated
public class PatientResource implements PatientsResource {

    private final PatientService patients;
    private final WaitlistService waitlist;
    private final CommunityRepository communities;
    private final WaitlistContexts contexts;

    public PatientResource(PatientService patients, WaitlistService waitlist, CommunityRepository communities,
            WaitlistContexts contexts) {
        this.patients = patients;
        this.waitlist = waitlist;
        this.communities = communities;
        this.contexts = contexts;
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public PatientPage listPatients(String q, String phn, String dateOfBirth, String communityId, String householdId, Integer page, Integer size) {
        var filter = new PatientRepository.Filter(q, phn, dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
                optionalId(communityId, "Community"), optionalId(householdId, "Household"), null, null);
        PageResult<Patient> result = patients.search(filter, page, size);
        Map<UUID, Community> names = communities.byIds(result.items().stream().map(patient -> patient.communityId).toList());
        var body = new PatientPage();
        return result.fill(body, patient -> PatientMapper.summary(patient, names.get(patient.communityId)),
                body::setItems, body::setPage, body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    @org.openpas.common.RateLimits.Expensive
    public Response registerPatient(String idempotencyKey, PatientRegistration data) {
        PatientService.Registered registered = patients.register(idempotencyKey, data);
        Response.ResponseBuilder created = Response.created(URI.create("patients/" + registered.patient().id));
        if (registered.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return withEtag(created, registered.patient());
    }

    /** One transaction for the read, its audit event and the answer's community and entry: one connection, one commit. */
    @Override
    @Transactional
    public Response getPatient(String patientId) {
        return withEtag(Response.ok(), patients.get(id(patientId), "PATIENT_READ"));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    @Transactional
    public Response updatePatient(String patientId, String ifMatch, PatientUpdate data) {
        return withEtag(Response.ok(), patients.update(id(patientId), ifMatch, data));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public Response getPatientQuestionnaire(String patientId) {
        Patient patient = patients.get(id(patientId), "PATIENT_QUESTIONNAIRE_READ");
        return Response.ok(PatientMapper.questionnaireResult(patient)).header("ETag", Versions.etag(patient.version)).build();
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public Response replacePatientQuestionnaire(String patientId, String ifMatch, HealthQuestionnaire data) {
        Patient patient = patients.replaceQuestionnaire(id(patientId), ifMatch, data);
        return Response.ok(PatientMapper.questionnaireResult(patient)).header("ETag", Versions.etag(patient.version)).build();
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public WaitEstimate getWaitEstimate(String patientId) {
        Patient patient = patients.get(id(patientId), "PATIENT_WAIT_ESTIMATE_READ");
        WaitlistEntry entry = waitlist.latestOf(patient.id)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry of patient", patient.id));
        return WaitEstimates.of(patient, waitlist.standing(entry), communities.findById(entry.communityId));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public WaitlistTransitionPage listPatientHistory(String patientId, Integer page, Integer size) {
        Patient patient = patients.get(id(patientId), "PATIENT_HISTORY_READ");
        return contexts.transitionPage(waitlist.history(patient.id, page, size));
    }

    private Response withEtag(Response.ResponseBuilder response, Patient patient) {
        Community community = communities.findById(patient.communityId);
        WaitlistEntry entry = waitlist.latestOf(patient.id).orElse(null);
        return response.entity(PatientMapper.toApi(patient, community, entry))
                .header("ETag", Versions.etag(patient.version)).build();
    }

    private static UUID id(String patientId) {
        return Ids.parse(patientId, "Patient");
    }

    private static UUID optionalId(String id, String resource) {
        return id == null ? null : Ids.parse(id, resource);
    }
}
