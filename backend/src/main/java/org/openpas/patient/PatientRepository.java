package org.openpas.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Like;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /**
     * The filters of GET /patients, and the caller's scope: the patients they registered, or those of
     * the communities they coordinate (null: no restriction).
     */
    public record Filter(String text, String phn, LocalDate dateOfBirth, UUID communityId, UUID householdId,
            String registrant, Collection<UUID> communities) {

        public Filter registeredBy(String subject) {
            return new Filter(text, phn, dateOfBirth, communityId, householdId, subject, communities);
        }

        public Filter withinCommunities(Collection<UUID> scope) {
            return new Filter(text, phn, dateOfBirth, communityId, householdId, registrant, scope);
        }
    }

    public Optional<Patient> findByPhn(String phn) {
        return find("phn", phn).firstResultOptional();
    }

    /** Registered patients only, ordered by family name and given names. */
    public PanacheQuery<Patient> search(Filter f) {
        StringBuilder hql = new StringBuilder("from Patient p where p.registrantSubject is not null");
        Parameters params = new Parameters();
        if (f.text() != null && !f.text().isBlank()) {
            hql.append(" and (lower(p.familyName) like :text or lower(p.givenNames) like :text)");
            params.and("text", Like.contains(f.text()));
        }
        condition(hql, params, "p.phn =", "phn", f.phn());
        condition(hql, params, "p.dateOfBirth =", "born", f.dateOfBirth());
        condition(hql, params, "p.communityId =", "community", f.communityId());
        condition(hql, params, "p.householdId =", "household", f.householdId());
        condition(hql, params, "p.registrantSubject =", "registrant", f.registrant());
        if (f.communities() != null) {
            hql.append(" and p.communityId in (:scope)");
            params.and("scope", f.communities());
        }
        return find(hql.append(" order by lower(p.familyName), lower(p.givenNames), p.id").toString(), params);
    }

    public java.util.List<UUID> idsRegisteredBy(String subject) {
        return getEntityManager().createQuery("select p.id from Patient p where p.registrantSubject = :s", UUID.class)
                .setParameter("s", subject).getResultList();
    }

    public boolean isOnAPanel(UUID patientId) {
        return getEntityManager().createNativeQuery("select count(*) from panel_member where patient_id = :id")
                .setParameter("id", patientId).getSingleResult() instanceof Number n && n.longValue() > 0;
    }

    private static void condition(StringBuilder hql, Parameters params, String test, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(test).append(" :").append(name);
            params.and(name, value);
        }
    }
}
