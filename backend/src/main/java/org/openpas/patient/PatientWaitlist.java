package org.openpas.patient;

import java.util.Optional;
import java.util.UUID;

/**
 * What the patient feature needs of the waitlist: a registration opens an entry, new details move it,
 * a merge joins two records' entries, and a patient is shown with their latest entry. The waitlist
 * depends on patients, so it implements this ({@code WaitlistService}) and the patient feature knows
 * nothing of the waitlist.
 */
public interface PatientWaitlist {

    /** A patient's latest entry, as the patient's representation shows it. */
    record Entry(UUID id, String status, UUID attachedProviderId) {
    }

    /** Opens a WAITING entry for a just-registered patient; returns its id. */
    UUID open(Patient patient);

    /** The patient's details changed: their open entry follows. */
    void follow(Patient patient);

    /** Two records of one person merged: the other's entries move to the survivor. */
    void merge(Patient survivor, Patient other);

    Optional<Entry> latestEntryOf(UUID patientId);
}
