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
import org.openpas.common.NotYetImplemented;

/**
 * Patients (Health Connect Registry): every operation of the contract is here, answering 501 problem+json until issue
 * #4 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class PatientResource implements PatientsResource {

    @Override
    public PatientPage listPatients(String q, String phn, String dateOfBirth, String communityId, String householdId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public Response registerPatient(String idempotencyKey, PatientRegistration data) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public Response getPatient(String patientId) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public Response updatePatient(String patientId, String ifMatch, PatientUpdate data) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public Response getPatientQuestionnaire(String patientId) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public Response replacePatientQuestionnaire(String patientId, String ifMatch, HealthQuestionnaire data) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public WaitEstimate getWaitEstimate(String patientId) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }

    @Override
    public WaitlistTransitionPage listPatientHistory(String patientId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "Patients (Health Connect Registry)");
    }
}
