package org.openpas.provider;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Like;
import org.openpas.provider.ProviderService.Filter;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    public Optional<Provider> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Providers ordered by name. "Accepting" means accepting with capacity confirmed since {@code freshSince}. */
    public PanacheQuery<Provider> search(Filter f, Instant freshSince) {
        StringBuilder hql = new StringBuilder("from Provider p where 1 = 1");
        Parameters params = new Parameters();
        if (f.text() != null && !f.text().isBlank()) {
            hql.append(" and lower(p.name) like :text");
            params.and("text", Like.contains(f.text()));
        }
        if (f.type() != null) {
            hql.append(" and p.type = :type");
            params.and("type", f.type());
        }
        if (f.language() != null) {
            hql.append(" and array_contains(p.languages, :language)");
            params.and("language", f.language());
        }
        if (f.clinicId() != null) {
            hql.append(" and p.id in (select s.providerId from ClinicStaffMember s where s.clinicId = :clinicId)");
            params.and("clinicId", f.clinicId());
        }
        if (f.communityId() != null) {
            hql.append(" and p.id in (select s.providerId from ClinicStaffMember s, Clinic c"
                    + " where s.clinicId = c.id and c.community.id = :communityId)");
            params.and("communityId", f.communityId());
        }
        if (f.accepting() != null) {
            hql.append(f.accepting() ? " and" : " and not").append(" exists (select 1 from ProviderCapacity cap"
                    + " where cap.providerId = p.id and cap.accepting = true and cap.lastConfirmedAt >= :freshSince)");
            params.and("freshSince", freshSince);
        }
        return find(hql.append(" order by lower(p.name), p.id").toString(), params);
    }

    /** The clinics of many providers in one query (no N+1 when listing). */
    public List<ProviderClinicLink> clinicsOf(Collection<UUID> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new org.openpas.provider.ProviderClinicLink(s.providerId, c.id, c.name, c.community.id,
                       c.community.name)
                from ClinicStaffMember s, Clinic c
                where s.clinicId = c.id and s.providerId in :ids
                order by lower(c.name)""", ProviderClinicLink.class)
                .setParameter("ids", providerIds)
                .getResultList();
    }

    /** Does {@code subject} direct a clinic where the provider works? */
    public boolean isDirectedBy(UUID providerId, String subject) {
        return getEntityManager().createQuery("""
                select count(*) from ClinicStaffMember s, Clinic c
                where s.clinicId = c.id and s.providerId = :p and c.medicalDirectorSubject = :me""", Long.class)
                .setParameter("p", providerId).setParameter("me", subject).getSingleResult() > 0;
    }

    /** Does {@code subject} coordinate a community where the provider works? */
    public boolean isCoordinatedBy(UUID providerId, String subject) {
        return getEntityManager().createQuery("""
                select count(*) from ClinicStaffMember s, Clinic c, CommunityCoordinator cc
                where s.clinicId = c.id and cc.communityId = c.community.id
                  and s.providerId = :p and cc.subject = :me""", Long.class)
                .setParameter("p", providerId).setParameter("me", subject).getSingleResult() > 0;
    }

    /** The communities of the clinics where the provider linked to {@code subject} works. */
    public List<UUID> communitiesOfUser(String subject) {
        return getEntityManager().createQuery("""
                select distinct c.community.id from Provider p, ClinicStaffMember s, Clinic c
                where p.subject = :s and s.providerId = p.id and s.clinicId = c.id""", UUID.class)
                .setParameter("s", subject).getResultList();
    }

    /** Communities where any of these providers works. */
    public List<UUID> communitiesOfProviders(java.util.Collection<UUID> providerIds) {
        return getEntityManager().createQuery("""
                select distinct c.community.id from ClinicStaffMember s, Clinic c
                where s.providerId in :ids and s.clinicId = c.id""", UUID.class)
                .setParameter("ids", providerIds).getResultList();
    }

    public boolean mspNumberTaken(String mspNumber, UUID self) {
        return count("mspNumber = ?1 and id <> ?2", mspNumber, self == null ? new UUID(0, 0) : self) > 0;
    }

    public boolean emailTaken(String email, UUID self) {
        return count("lower(email) = ?1 and id <> ?2", email.toLowerCase(), self == null ? new UUID(0, 0) : self) > 0;
    }

    public boolean subjectTaken(String subject, UUID self) {
        return subject != null && count("subject = ?1 and id <> ?2", subject, self == null ? new UUID(0, 0) : self) > 0;
    }
}
