package org.openpas.clinic;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.openpas.common.PageResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClinicStaffRepository implements PanacheRepositoryBase<ClinicStaffMember, UUID> {

    public PanacheQuery<ClinicStaffMember> ofClinic(UUID clinicId, String kind) {
        Parameters params = Parameters.with("clinicId", clinicId);
        String hql = "from ClinicStaffMember s where s.clinicId = :clinicId";
        if (kind != null) {
            hql += " and s.kind = :kind";
            params.and("kind", kind);
        }
        return find(hql + " order by s.kind, lower(s.name), s.id", params);
    }

    public Optional<ClinicStaffMember> findInClinic(UUID clinicId, UUID staffId) {
        return find("clinicId = ?1 and id = ?2", clinicId, staffId).firstResultOptional();
    }

    public boolean emailTaken(UUID clinicId, String email) {
        return count("clinicId = ?1 and lower(email) = ?2", clinicId, email.toLowerCase()) > 0;
    }

    /** Delegates on any clinic's staff with this email (case-insensitive) whom no account is linked to yet. */
    public List<ClinicStaffMember> unlinkedDelegatesWithEmail(String email) {
        return list("kind = 'DELEGATE' and subject is null and lower(email) = ?1", email.toLowerCase());
    }

    /** Whether the provider is on the clinic's staff. */
    public boolean isProvider(UUID clinicId, UUID providerId) {
        return count("clinicId = ?1 and kind = 'PROVIDER' and providerId = ?2", clinicId, providerId) > 0;
    }

    /** The providers on the clinic's staff. */
    public List<UUID> providerIds(UUID clinicId) {
        return getEntityManager().createQuery("""
                select s.providerId from ClinicStaffMember s
                where s.clinicId = :c and s.kind = 'PROVIDER' and s.providerId is not null""", UUID.class)
                .setParameter("c", clinicId).getResultList();
    }

    /** The emails of the providers on the staff of these clinics, by clinic. */
    public Map<UUID, List<String>> providerEmails(Collection<UUID> clinicIds) {
        if (clinicIds.isEmpty()) {
            return Map.of();
        }
        return list("clinicId in ?1 and kind = 'PROVIDER' and email is not null order by clinicId, addedAt", clinicIds)
                .stream().collect(Collectors.groupingBy(member -> member.clinicId,
                        Collectors.mapping(member -> member.email, Collectors.toList())));
    }

    /** A provider working at a clinic: their staff record there (the FHIR PractitionerRole). */
    public record ProviderAtClinic(UUID staffId, UUID providerId, UUID clinicId) {
    }

    /**
     * One page of the providers on the staff of active clinics, by clinic name and provider name. Every filter is
     * optional; {@code providerIn} / {@code providerNotIn} restrict the providers (the capacity feature names them).
     */
    public PageResult<ProviderAtClinic> providersAtClinics(ClinicService.RoleFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where s.clinicId = c.id and s.providerId = p.id and s.kind = 'PROVIDER'"
                + " and c.status = 'ACTIVE'");
        Parameters params = new Parameters();
        if (f.staffId() != null) {
            where.append(" and s.id = :staff");
            params.and("staff", f.staffId());
        }
        if (f.providerId() != null) {
            where.append(" and s.providerId = :provider");
            params.and("provider", f.providerId());
        }
        if (f.clinicId() != null) {
            where.append(" and s.clinicId = :clinic");
            params.and("clinic", f.clinicId());
        }
        if (f.communityId() != null) {
            where.append(" and c.community.id = :community");
            params.and("community", f.communityId());
        }
        if (f.city() != null) {
            where.append(" and lower(c.city) like :city"); // FHIR string search: starts with, any case
            params.and("city", org.openpas.common.Like.startsWith(f.city()));
        }
        if (f.language() != null) {
            where.append(" and array_contains(p.languages, :language)");
            params.and("language", f.language());
        }
        if (f.providerIn() != null) {
            where.append(" and s.providerId in :in");
            params.and("in", f.providerIn().isEmpty() ? List.of(new UUID(0, 0)) : f.providerIn());
        }
        if (f.providerNotIn() != null && !f.providerNotIn().isEmpty()) {
            where.append(" and s.providerId not in :notIn");
            params.and("notIn", f.providerNotIn());
        }
        String from = " from ClinicStaffMember s, Clinic c, Provider p" + where;
        var rows = getEntityManager().createQuery("select new " + ProviderAtClinic.class.getName()
                + "(s.id, s.providerId, s.clinicId)" + from + " order by lower(c.name), lower(p.name), s.id",
                ProviderAtClinic.class).setFirstResult(page * size).setMaxResults(size);
        var count = getEntityManager().createQuery("select count(*)" + from, Long.class);
        params.map().forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new PageResult<>(rows.getResultList(), page, size, count.getSingleResult());
    }

    public boolean isStaff(UUID clinicId, String subject) {
        // Staff of kind PROVIDER are linked by their provider record; delegates by their own subject.
        return subject != null && count("clinicId = ?1 and (subject = ?2 or providerId in "
                + "(select p.id from Provider p where p.subject = ?2))", clinicId, subject) > 0;
    }
}
