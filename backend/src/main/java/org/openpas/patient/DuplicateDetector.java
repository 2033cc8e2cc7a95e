package org.openpas.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Flags, at registration and update, the registered records that may be the same person as a patient
 * ({@link DuplicateMatcher}): looked up by birth date and its day/month twin, scored, and those at the
 * threshold stored as candidates for review. A pair is flagged once; a dismissed pair is never flagged again.
 */
@ApplicationScoped
public class DuplicateDetector {

    private final DuplicateRepository candidates;
    private final PatientRepository patients;

    public DuplicateDetector(DuplicateRepository candidates, PatientRepository patients) {
        this.candidates = candidates;
        this.patients = patients;
    }

    /** The number of new candidates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flag(UUID patientId) {
        Patient patient = patients.findById(patientId);
        if (patient.registrantSubject == null || patient.mergedInto != null) {
            return 0;
        }
        List<LocalDate> dates = new ArrayList<>(List.of(patient.dateOfBirth));
        DuplicateMatcher.transposed(patient.dateOfBirth).ifPresent(dates::add);
        DuplicateMatcher.Person me = new DuplicateMatcher.Person(patient.familyName, patient.givenNames,
                patient.dateOfBirth, patient.addressLine1, patient.postalCode, patient.email);
        int flagged = 0;
        for (DuplicateRepository.Registered other : candidates.registeredBornOn(dates, patient.id, patient.phn)) {
            DuplicateMatcher.Match match = DuplicateMatcher.match(me, other.person());
            if (match.flagged()) {
                flagged += candidates.flag(patient.id, other.id(), match.reasons(), match.score());
            }
        }
        return flagged;
    }
}
