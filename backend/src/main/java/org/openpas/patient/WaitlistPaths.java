package org.openpas.patient;

import org.openpas.api.beans.WaitEstimate;
import org.openpas.api.beans.WaitlistTransitionPage;

/**
 * The operations under /patients/{patientId} that the waitlist answers: the wait estimate and the
 * history. The generated PatientsResource holds them, so {@link PatientResource} receives them, checks
 * that the caller may read the patient, and hands the patient on; the waitlist feature implements this
 * ({@code org.openpas.waitlist.PatientWaitlistEndpoints}). Declared here, so that the patient feature does
 * not depend on the waitlist feature, which depends on it.
 */
public interface WaitlistPaths {

    WaitEstimate waitEstimate(Patient patient);

    WaitlistTransitionPage history(Patient patient, Integer page, Integer size);
}
