package org.openpas.provider;

import java.time.Instant;
import java.util.UUID;

/**
 * What the provider feature needs of panels: how large a provider's panel is and how many patients PAS
 * attached to it since a date (capacity used this month). Panels depend on providers, so the panel
 * feature implements this ({@code PanelService}) and the provider feature knows nothing of panels.
 */
public interface ProviderPanels {

    /** A provider's panel size and the patients attached to it through PAS since {@code since}. */
    record Counts(int panelSize, int attachedSince) {
    }

    Counts countsOf(UUID providerId, Instant since);

    /** {@link #countsOf(UUID, Instant)} for several providers in one query, by provider id (absent: an empty panel). */
    java.util.Map<UUID, Counts> countsOf(java.util.Collection<UUID> providerIds, Instant since);
}
