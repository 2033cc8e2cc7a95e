package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import org.openpas.api.beans.WaitEstimate;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.common.PageResult;
import org.openpas.patient.Patient;
import org.openpas.patient.WaitlistPaths;

/**
 * HTTP for /patients/{patientId}/wait-estimate and /history, which
 * {@link org.openpas.patient.PatientResource} hands here (through {@link WaitlistPaths}) once the caller
 * may read the patient.
 */
@ApplicationScoped
public class PatientWaitlistEndpoints implements WaitlistPaths {

    private final WaitlistService waitlist;
    private final WaitlistContextService contexts;

    public PatientWaitlistEndpoints(WaitlistService waitlist, WaitlistContextService contexts) {
        this.waitlist = waitlist;
        this.contexts = contexts;
    }

    @Override
    public WaitEstimate waitEstimate(Patient patient) {
        return WaitEstimateMapper.of(patient, waitlist.standingOf(patient.id));
    }

    @Override
    public WaitlistTransitionPage history(Patient patient, Integer page, Integer size) {
        PageResult<WaitlistTransition> history = waitlist.history(patient.id, page, size);
        return WaitlistMapper.transitionPage(history, contexts.providerNames(history.items()));
    }
}
