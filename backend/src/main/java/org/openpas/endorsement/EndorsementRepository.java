package org.openpas.endorsement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Where;
import org.openpas.endorsement.EndorsementService.ActingFor;

@ApplicationScoped
public class EndorsementRepository implements PanacheRepositoryBase<Endorsement, UUID> {

    /** GET /endorsements. {@code partySubject}/{@code partyEmail}: the caller's own only (null for admins). */
    public record Filter(String partySubject, String partyEmail, Endorsement.Side side, Endorsement.Status status,
            UUID providerId) {
    }

    /** Newest first. */
    public PanacheQuery<Endorsement> search(Filter f) {
        Where where = new Where("from Endorsement e")
                .and("e.status =", "status", f.status())
                .and("e.endorserProviderId =", "provider", f.providerId());
        if (f.partySubject() != null) {
            String endorser = "(e.endorserSubject = :me or (e.endorserSubject is null and lower(e.endorserEmail) = :email))";
            String endorsee = "(e.endorseeSubject = :me or (e.endorseeSubject is null and lower(e.endorseeEmail) = :email))";
            where.and(f.side() == Endorsement.Side.ENDORSER ? endorser
                    : f.side() == Endorsement.Side.ENDORSEE ? endorsee : "(" + endorser + " or " + endorsee + ")");
            where.params().and("me", f.partySubject()).and("email", f.partyEmail() == null ? "" : f.partyEmail().toLowerCase());
        }
        return find(where.orderBy("e.createdAt desc, e.id"), where.params());
    }

    public Optional<Endorsement> lockedByTokenHash(byte[] hash) {
        return find("tokenHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Endorsement> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Endorsement> byIdempotencyKey(String subject, String key) {
        return find("createdBySubject = ?1 and idempotencyKey = ?2", subject, key).firstResultOptional();
    }

    /** A pending or active endorsement between these two email addresses. */
    public boolean openBetween(String endorserEmail, String endorseeEmail) {
        return count("lower(endorserEmail) = ?1 and lower(endorseeEmail) = ?2 and status in ?3",
                endorserEmail.toLowerCase(), endorseeEmail.toLowerCase(),
                List.of(Endorsement.Status.CREATED, Endorsement.Status.RECEIVED, Endorsement.Status.APPROVED,
                        Endorsement.Status.COMPLETED)) > 0;
    }

    /** The active endorsement letting {@code delegateSubject} act for the provider, if any. */
    public Optional<UUID> activeFor(String delegateSubject, UUID providerId) {
        return getEntityManager().createQuery("""
                select e.id from Endorsement e
                where e.endorseeSubject = :s and e.endorserProviderId = :p and e.status = :active""", UUID.class)
                .setParameter("s", delegateSubject).setParameter("p", providerId)
                .setParameter("active", Endorsement.Status.COMPLETED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The first (by id) of these providers whose endorsement of the delegate is active, if any. */
    public Optional<UUID> activeEndorserAmong(String delegateSubject, java.util.Collection<UUID> providerIds) {
        return getEntityManager().createQuery("""
                select e.endorserProviderId from Endorsement e
                where e.endorseeSubject = :s and e.endorserProviderId in :p and e.status = :active
                order by e.endorserProviderId""", UUID.class)
                .setParameter("s", delegateSubject).setParameter("p", providerIds)
                .setParameter("active", Endorsement.Status.COMPLETED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whom the delegate may act for, by provider name. */
    public List<ActingFor> actingFor(String delegateSubject) {
        return getEntityManager().createQuery("""
                select p.id, p.name, e.id from Endorsement e, Provider p
                where e.endorseeSubject = :s and e.status = :active and p.id = e.endorserProviderId
                order by p.name, p.id""", ActingFor.class)
                .setParameter("s", delegateSubject).setParameter("active", Endorsement.Status.COMPLETED).setMaxResults(50).getResultList();
    }

    /** Provider ids the delegate acts for. */
    public List<UUID> providersActedFor(String delegateSubject) {
        return getEntityManager().createQuery("""
                select e.endorserProviderId from Endorsement e
                where e.endorseeSubject = :s and e.status = :active""", UUID.class)
                .setParameter("s", delegateSubject).setParameter("active", Endorsement.Status.COMPLETED).getResultList();
    }

    /** Pending endorsements matching {@code condition}, locked; rows another instance holds are skipped. */
    @SuppressWarnings("unchecked")
    List<Endorsement> lockPending(String condition, Instant before, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from endorsement
                where status in ('CREATED', 'RECEIVED', 'APPROVED') and %s
                order by id limit :limit
                for update skip locked""".formatted(condition), Endorsement.class)
                .setParameter("before", before).setParameter("limit", limit).getResultList();
    }
}
