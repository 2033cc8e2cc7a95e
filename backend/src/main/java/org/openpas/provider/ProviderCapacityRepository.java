package org.openpas.provider;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProviderCapacityRepository implements PanacheRepositoryBase<ProviderCapacity, UUID> {

    public List<ProviderCapacity> ofProviders(Collection<UUID> providerIds) {
        return providerIds.isEmpty() ? List.of() : list("providerId in ?1", providerIds);
    }
}
