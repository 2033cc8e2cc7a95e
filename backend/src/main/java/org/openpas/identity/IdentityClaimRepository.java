package org.openpas.identity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IdentityClaimRepository implements PanacheRepositoryBase<IdentityClaim, UUID> {

    /** A claimant's claims, newest first. */
    public PanacheQuery<IdentityClaim> ofClaimant(String subject) {
        return find("claimantSubject = ?1 order by createdAt desc, id", subject);
    }

    /** Claims in this state (all when null), oldest first: the queue admins work through. */
    public PanacheQuery<IdentityClaim> withStatus(IdentityClaim.Status status) {
        return status == null ? find("order by createdAt, id")
                : find("status = ?1 order by createdAt, id", status);
    }

    public boolean hasPending(String subject, UUID providerId, UUID clinicId) {
        return count("claimantSubject = ?1 and status = ?2 and (providerId = ?3 or clinicId = ?4)", subject,
                IdentityClaim.Status.PENDING, providerId, clinicId) > 0;
    }

    /** The claim, locked until the deciding transaction ends: two admins deciding at once go one at a time. */
    public Optional<IdentityClaim> findForDecision(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
