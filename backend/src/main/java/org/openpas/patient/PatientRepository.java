package org.openpas.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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

    /** Inserts these patients in one statement, passing each column as an array to {@code unnest}. */
    public void insertAll(List<PatientService.FromPanel> patients) {
        if (patients.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                insert into patient (id, phn, family_name, given_names, date_of_birth, gender, postal_code)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                                     cast(?5 as date[]), cast(?6 as text[]), cast(?7 as text[]))""")
                .setParameter(1, column(patients, patient -> patient.id().toString()))
                .setParameter(2, column(patients, PatientService.FromPanel::phn))
                .setParameter(3, column(patients, PatientService.FromPanel::familyName))
                .setParameter(4, column(patients, PatientService.FromPanel::givenNames))
                .setParameter(5, column(patients, patient -> patient.dateOfBirth().toString()))
                .setParameter(6, column(patients, PatientService.FromPanel::gender))
                .setParameter(7, column(patients, PatientService.FromPanel::postalCode))
                .executeUpdate();
    }

    private static String[] column(List<PatientService.FromPanel> patients,
            Function<PatientService.FromPanel, String> value) {
        return patients.stream().map(value).toArray(String[]::new);
    }
}
