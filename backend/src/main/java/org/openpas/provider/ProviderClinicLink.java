package org.openpas.provider;

import java.util.UUID;

/** A clinic a provider works at, with the names a client shows. */
public record ProviderClinicLink(UUID providerId, UUID clinicId, String clinicName, UUID communityId,
        String communityName) {
}
