package org.openpas.community;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CommunityCoordinatorRepository implements PanacheRepositoryBase<CommunityCoordinator, UUID> {

    public PanacheQuery<CommunityCoordinator> ofCommunity(UUID communityId) {
        return find("from CommunityCoordinator where communityId = ?1 order by lower(name), id", communityId);
    }

    public Optional<CommunityCoordinator> findInCommunity(UUID communityId, UUID id) {
        return find("communityId = ?1 and id = ?2", communityId, id).firstResultOptional();
    }

    /** The communities a coordinator covers. */
    public java.util.List<UUID> communitiesOf(String subject) {
        return getEntityManager()
                .createQuery("select c.communityId from CommunityCoordinator c where c.subject = :s", UUID.class)
                .setParameter("s", subject).getResultList();
    }

    public boolean isAssigned(UUID communityId, String subject) {
        return count("communityId = ?1 and subject = ?2", communityId, subject) > 0;
    }
}
