package org.openpas.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DuplicateRepository implements PanacheRepositoryBase<DuplicateCandidate, UUID> {

    /** What duplicate detection compares of a registered record. */
    public record Registered(UUID id, DuplicateMatcher.Person person) {
    }

    /**
     * The registered, unmerged records born on one of {@code dates} (the patient's birth date and its
     * day/month twin), other than the patient and their PHN: found through {@code patient_birth_date_idx},
     * never by a scan of all patients.
     */
    public List<Registered> registeredBornOn(Collection<LocalDate> dates, UUID except, String phn) {
        return getEntityManager().createQuery("""
                select o.id, o.familyName, o.givenNames, o.dateOfBirth, o.addressLine1, o.postalCode, o.email
                from Patient o
                where o.dateOfBirth in :dates and o.id <> :id and o.phn <> :phn
                  and o.registrantSubject is not null and o.mergedInto is null""", Object[].class)
                .setParameter("dates", dates).setParameter("id", except).setParameter("phn", phn)
                .getResultStream()
                .map(row -> new Registered((UUID) row[0], new DuplicateMatcher.Person((String) row[1], (String) row[2],
                        (LocalDate) row[3], (String) row[4], (String) row[5], (String) row[6])))
                .toList();
    }

    /** Stores a pair once (a < b); a pair already known, also a dismissed one, stays as it is. */
    public int flag(UUID one, UUID other, List<String> reasons, int score) {
        return getEntityManager().createNativeQuery("""
                insert into duplicate_candidate (id, patient_a, patient_b, match_reasons, score)
                values (gen_random_uuid(), least(:one, :other), greatest(:one, :other), cast(:reasons as varchar(32)[]),
                        :score)
                on conflict (patient_a, patient_b) do nothing""")
                .setParameter("one", one).setParameter("other", other)
                .setParameter("reasons", "{" + String.join(",", reasons) + "}").setParameter("score", score)
                .executeUpdate();
    }

    /** Candidates of a status, oldest first; {@code communities} limits to pairs with a patient in them. */
    public PanacheQuery<DuplicateCandidate> search(String status, Collection<UUID> communities) {
        String hql = "from DuplicateCandidate d where d.status = :status";
        Parameters params = Parameters.with("status", status);
        if (communities != null) {
            hql += " and exists (select 1 from Patient p where p.id in (d.patientA, d.patientB)"
                    + " and p.communityId in (:communities))";
            params.and("communities", communities);
        }
        return find(hql + " order by d.detectedAt, d.id", params);
    }
}
