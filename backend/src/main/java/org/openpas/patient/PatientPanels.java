package org.openpas.patient;

import java.util.UUID;

/**
 * What the patient feature needs of panels: whether a patient is on one, and moving a membership when
 * two records of one person merge. Panels depend on patients, so the panel feature implements this
 * ({@code PanelService}) and the patient feature knows nothing of panels.
 */
public interface PatientPanels {

    boolean isOnAPanel(UUID patientId);

    /** The other record's panel membership (if any) becomes the survivor's. */
    void moveMembership(UUID otherPatientId, UUID survivorPatientId);
}
