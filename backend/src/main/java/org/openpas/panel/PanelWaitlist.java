package org.openpas.panel;

import java.util.UUID;

/**
 * What the panel feature needs of the waitlist: a patient removed from a panel may go back to the
 * list. The waitlist depends on panels (matching attaches through {@link PanelService#attach}), so it
 * implements this ({@code WaitlistService}) and the panel feature knows nothing of the waitlist.
 */
public interface PanelWaitlist {

    /** The patient's ATTACHED entry goes back to WAITING; false when there is nothing to return. */
    boolean returnAfterPanelRemoval(UUID patientId, UUID providerId);
}
