package org.openpas.clinic;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    public boolean isStaff(UUID clinicId, String subject) {
        // Staff of kind PROVIDER are linked by their provider record; delegates by their own subject.
        return subject != null && count("clinicId = ?1 and (subject = ?2 or providerId in "
                + "(select p.id from Provider p where p.subject = ?2))", clinicId, subject) > 0;
    }
}
