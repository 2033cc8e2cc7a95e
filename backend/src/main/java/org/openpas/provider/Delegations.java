package org.openpas.provider;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a delegate holds an active endorsement from a provider. The endorsement feature answers it
 * ({@code EndorsementDelegations}); it depends on this feature, so the provider feature asks through
 * this interface and knows nothing of endorsements.
 */
public interface Delegations {

    boolean isActiveDelegate(String delegateSubject, UUID providerId);

    /** One of {@code providerIds} whose endorsement of this delegate is active (asked in one query), if any. */
    Optional<UUID> endorserAmong(String delegateSubject, Collection<UUID> providerIds);
}
