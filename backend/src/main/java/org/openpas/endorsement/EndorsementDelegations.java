package org.openpas.endorsement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.openpas.provider.Delegations;

/** A delegate acts for a provider while that provider's endorsement of them is active (COMPLETED). */
@ApplicationScoped
public class EndorsementDelegations implements Delegations {

    private final EndorsementRepository endorsements;

    public EndorsementDelegations(EndorsementRepository endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    public boolean isActiveDelegate(String delegateSubject, UUID providerId) {
        return endorsements.activeFor(delegateSubject, providerId).isPresent();
    }

    @Override
    public Optional<UUID> endorserAmong(String delegateSubject, Collection<UUID> providerIds) {
        return providerIds.isEmpty() ? Optional.empty() : endorsements.activeEndorserAmong(delegateSubject, providerIds);
    }
}
