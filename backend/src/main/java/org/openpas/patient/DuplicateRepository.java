package org.openpas.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;

@ApplicationScoped
public class DuplicateRepository implements PanacheRepositoryBase<DuplicateCandidate, UUID> {

    /**
     * Flags every registered record that may be the same person as {@code patient}: same date of birth
     * and another PHN, with the same name, address or email, or a similar name. A pair is flagged
     * once; a dismissed pair is never flagged again.
     */
    public int flag(UUID patient) {
        return getEntityManager().createNativeQuery("""
                with me as (select * from patient where id = :id),
                matches as (
                    select o.id,
                           array_remove(array[
                             case when lower(o.family_name) = lower(me.family_name)
                                   and lower(o.given_names) = lower(me.given_names) then 'SAME_NAME_AND_BIRTH_DATE' end,
                             case when lower(o.address_line1) = lower(me.address_line1)
                                   and o.postal_code = me.postal_code then 'SAME_BIRTH_DATE_AND_ADDRESS' end,
                             case when lower(o.email) = lower(me.email) then 'SAME_EMAIL_AND_BIRTH_DATE' end,
                             case when lower(o.family_name) = lower(me.family_name)
                                   and left(lower(o.given_names), 1) = left(lower(me.given_names), 1)
                                   and lower(o.given_names) <> lower(me.given_names)
                                  then 'SIMILAR_NAME_AND_BIRTH_DATE' end], null)::varchar(32)[] as reasons
                    from patient o, me
                    where o.date_of_birth = me.date_of_birth and o.id <> me.id and o.phn <> me.phn
                      and o.registrant_subject is not null and o.merged_into is null)
                insert into duplicate_candidate (id, patient_a, patient_b, match_reasons, score)
                select gen_random_uuid(), least(m.id, :id), greatest(m.id, :id), m.reasons,
                       least(100, 40 + 20 * cardinality(m.reasons))
                from matches m
                where cardinality(m.reasons) > 0
                on conflict (patient_a, patient_b) do nothing""").setParameter("id", patient).executeUpdate();
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
