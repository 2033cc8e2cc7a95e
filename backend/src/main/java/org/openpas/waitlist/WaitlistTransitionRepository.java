package org.openpas.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WaitlistTransitionRepository implements PanacheRepositoryBase<WaitlistTransition, UUID> {

    public PanacheQuery<WaitlistTransition> ofEntry(UUID entryId) {
        return find("from WaitlistTransition t where t.entryId = ?1 order by t.at, t.id", entryId);
    }

    /** Every transition of every entry of the patient, oldest first. */
    public PanacheQuery<WaitlistTransition> ofPatient(UUID patientId) {
        return find("""
                from WaitlistTransition t
                where t.entryId in (select e.id from WaitlistEntry e where e.patientId = ?1)
                order by t.at, t.id""", patientId);
    }
}
