package org.openpas.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Like;
import org.openpas.common.Where;
import org.openpas.patient.PatientService.Filter;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /**
     * The filters of GET /patients, and the caller's scope: the patients they registered, or those of
     * the communities they coordinate (null: no restriction).
     */

    public Optional<Patient> findByPhn(String phn) {
        return find("phn", phn).firstResultOptional();
    }

    /** Registered patients only, ordered by family name and given names. */
    public PanacheQuery<Patient> search(Filter f) {
        Where where = new Where("from Patient p").and("p.registrantSubject is not null");
        if (f.text() != null && !f.text().isBlank()) {
            where.and("(lower(p.familyName) like :text or lower(p.givenNames) like :text)");
            where.params().and("text", Like.contains(f.text()));
        }
        where.and("p.phn =", "phn", f.phn())
                .and("p.dateOfBirth =", "born", f.dateOfBirth())
                .and("p.communityId =", "community", f.communityId())
                .and("p.householdId =", "household", f.householdId())
                .and("p.registrantSubject =", "registrant", f.registrant())
                .and("p.communityId in", "scope", f.communities());
        return find(where.orderBy("lower(p.familyName), lower(p.givenNames), p.id"), where.params());
    }

    public java.util.List<UUID> idsRegisteredBy(String subject) {
        return getEntityManager().createQuery("select p.id from Patient p where p.registrantSubject = :s", UUID.class)
                .setParameter("s", subject).getResultList();
    }

}
