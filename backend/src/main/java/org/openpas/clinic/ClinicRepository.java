package org.openpas.clinic;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.clinic.ClinicService.Filter;
import org.openpas.common.Like;
import org.openpas.common.PageResult;

@ApplicationScoped
public class ClinicRepository implements PanacheRepositoryBase<Clinic, UUID> {

    /** One page of clinics ordered by name, each with its community fetched in the same query. */
    /** {@code staleBefore}: a verification before this instant is stale (the filter verificationStale). */
    public PageResult<Clinic> search(Filter filter, java.time.Instant staleBefore, int page, int size) {
        StringBuilder hql = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        if (filter.text() != null && !filter.text().isBlank()) {
            hql.append(" and lower(c.name) like :text");
            params.and("text", Like.contains(filter.text()));
        }
        if (filter.communityId() != null) {
            hql.append(" and c.community.id = :communityId");
            params.and("communityId", filter.communityId());
        }
        if (filter.healthAuthority() != null) {
            hql.append(" and c.community.healthAuthority = :ha");
            params.and("ha", filter.healthAuthority());
        }
        if (filter.status() != null) {
            hql.append(" and c.status = :status");
            params.and("status", filter.status());
        }
        if (filter.verificationStale() != null) {
            hql.append(filter.verificationStale() ? " and (c.verifiedAt is null or c.verifiedAt < :staleBefore)"
                    : " and c.verifiedAt >= :staleBefore");
            params.and("staleBefore", staleBefore);
        }
        List<Clinic> clinics = find("from Clinic c join fetch c.community" + hql + " order by lower(c.name), c.id", params)
                .page(Page.of(page, size))
                .list();
        return new PageResult<>(clinics, page, size, count("from Clinic c" + hql, params));
    }

    /**
     * Up to {@code limit} active clinics whose verification is stale (never, or before {@code staleBefore})
     * and not reminded yet, locked; rows another instance holds are skipped (clinic_verification_due_idx).
     */
    public List<Clinic> lockStaleUnreminded(java.time.Instant staleBefore, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from clinic
                where status = 'ACTIVE' and verification_reminded_at is null
                  and (verified_at is null or verified_at < :staleBefore)
                order by verified_at nulls first, id limit :limit
                for update skip locked""", Clinic.class)
                .setParameter("staleBefore", staleBefore).setParameter("limit", limit).getResultList();
    }

    /**
     * Marks the clinics reminded (or, with null, ready to be reminded again), as a statement of its own: the
     * marker is no change of the clinic, so its version (the ETag an editor holds) stays.
     */
    public void markReminded(List<UUID> ids, java.time.Instant at) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("update clinic set verification_reminded_at = :at where id = any(:ids)")
                    .setParameter("at", at).setParameter("ids", ids.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /** A clinic with its community and hours loaded, so it can be read after its transaction ends. */
    public Optional<Clinic> findWithDetails(UUID id) {
        return find("from Clinic c join fetch c.community left join fetch c.hours where c.id = ?1", id)
                .singleResultOptional();
    }

    /**
     * One page of active clinics for the public directory (FHIR Organization and Location), by name; {@code name}
     * part of the name, {@code city} the start of the city (FHIR string search), both case-insensitive. Ids only:
     * {@link #withDetails} loads them.
     */
    public PageResult<UUID> directory(String name, String city, UUID communityId, int page, int size) {
        StringBuilder hql = new StringBuilder(" where c.status = 'ACTIVE'");
        Parameters params = new Parameters();
        if (name != null) {
            hql.append(" and lower(c.name) like :name");
            params.and("name", Like.contains(name));
        }
        if (city != null) {
            hql.append(" and lower(c.city) like :city");
            params.and("city", Like.startsWith(city));
        }
        if (communityId != null) {
            hql.append(" and c.community.id = :communityId");
            params.and("communityId", communityId);
        }
        List<UUID> ids = find("select c.id from Clinic c" + hql + " order by lower(c.name), c.id", params)
                .project(UUID.class).page(Page.of(page, size)).list();
        return new PageResult<>(ids, page, size, count("from Clinic c" + hql, params));
    }

    /** These clinics with their communities and hours, in one query (no N+1 on a page). */
    public List<Clinic> withDetails(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : find("select distinct c from Clinic c join fetch c.community "
                + "left join fetch c.hours where c.id in ?1", ids).list();
    }

    public List<UUID> idsDirectedBy(String subject) {
        return getEntityManager()
                .createQuery("select c.id from Clinic c where c.medicalDirectorSubject = :s order by c.name", UUID.class)
                .setParameter("s", subject)
                .getResultList();
    }

    /** Whether the provider is on the staff of a clinic in the community. */
    public boolean worksIn(UUID providerId, UUID communityId) {
        return getEntityManager().createQuery("""
                select count(*) from ClinicStaffMember s, Clinic c
                where s.providerId = :p and s.clinicId = c.id and c.community.id = :community""", Long.class)
                .setParameter("p", providerId).setParameter("community", communityId).getSingleResult() > 0;
    }

    /** The first (by name) clinic in the community where the provider works. */
    public Optional<Clinic> firstWhereWorks(UUID providerId, UUID communityId) {
        return getEntityManager().createQuery("""
                select c from Clinic c, ClinicStaffMember s
                where s.clinicId = c.id and s.providerId = :p and c.community.id = :community
                order by c.name""", Clinic.class)
                .setParameter("p", providerId).setParameter("community", communityId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The communities of the clinics where the provider works. */
    public List<UUID> communitiesWhereWorks(UUID providerId) {
        return getEntityManager().createQuery("""
                select distinct c.community.id from Clinic c, ClinicStaffMember s
                where s.clinicId = c.id and s.providerId = :p""", UUID.class)
                .setParameter("p", providerId).getResultList();
    }

    /** For each of the providers, the communities of the clinics where they work (one query). */
    public java.util.Map<UUID, List<UUID>> communitiesWhereWork(java.util.Collection<UUID> providerIds) {
        if (providerIds.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager().createQuery("""
                select distinct s.providerId, c.community.id from Clinic c, ClinicStaffMember s
                where s.clinicId = c.id and s.providerId in :p""", Object[].class)
                .setParameter("p", providerIds).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(row -> (UUID) row[0],
                        java.util.stream.Collectors.mapping(row -> (UUID) row[1], java.util.stream.Collectors.toList())));
    }

    /** The providers working at a clinic of the community, each with the name of their first clinic there (by name). */
    public java.util.Map<UUID, String> providersWorkingIn(UUID communityId) {
        java.util.Map<UUID, String> clinics = new java.util.LinkedHashMap<>();
        getEntityManager().createQuery("""
                select s.providerId, c.name from Clinic c, ClinicStaffMember s
                where s.clinicId = c.id and c.community.id = :community and s.providerId is not null
                order by s.providerId, c.name""", Object[].class)
                .setParameter("community", communityId).getResultStream()
                .forEach(row -> clinics.putIfAbsent((UUID) row[0], (String) row[1]));
        return clinics;
    }
}
