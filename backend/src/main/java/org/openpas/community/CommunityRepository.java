package org.openpas.community;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import org.openpas.common.Like;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, UUID> {

    /**
     * The communities of a page, by id, from Hibernate's second-level cache ({@code find} reads it; a page names
     * one community or a few, and each is read from the database once per instance). Ids may repeat or be null.
     */
    public Map<UUID, Community> byIds(Collection<UUID> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct()
                .map(id -> getEntityManager().find(Community.class, id))
                .collect(Collectors.toMap(community -> community.id, Function.identity()));
    }

    /** Communities ordered by name, optionally within one health authority and whose name contains {@code text}. */
    public PanacheQuery<Community> search(String text, String healthAuthority) {
        StringBuilder where = new StringBuilder("from Community where 1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and lower(name) like :text");
            params.and("text", Like.contains(text));
        }
        if (healthAuthority != null) {
            where.append(" and healthAuthority = :ha");
            params.and("ha", healthAuthority);
        }
        return find(where.append(" order by lower(name), id").toString(), params);
    }

    /**
     * The communities where a user works: those assigned to them as coordinator, and those of the
     * clinics they direct or are staff of (themselves, or as the provider linked to their account).
     */
    public PanacheQuery<Community> whereWorks(String subject) {
        return find("""
                from Community c
                where c.id in (select cc.communityId from CommunityCoordinator cc where cc.subject = :s)
                   or c.id in (select cl.community.id from Clinic cl where cl.medicalDirectorSubject = :s)
                   or c.id in (select cl.community.id from Clinic cl, ClinicStaffMember st
                               where st.clinicId = cl.id and st.subject = :s)
                   or c.id in (select cl.community.id from Clinic cl, ClinicStaffMember st, Provider p
                               where st.clinicId = cl.id and st.providerId = p.id and p.subject = :s)
                order by lower(c.name), c.id""", Parameters.with("s", subject));
    }

    public Optional<Community> findByName(String name) {
        return find("lower(name) = ?1", name.toLowerCase()).firstResultOptional();
    }

    /**
     * Tells every API instance, when this transaction commits, that the community changed: each evicts it
     * from its second-level cache ({@link CommunityCacheSync}).
     */
    public void announceChange(UUID id) {
        getEntityManager().createNativeQuery("select pg_notify(:channel, :id)")
                .setParameter("channel", CommunityCacheSync.CHANNEL).setParameter("id", id.toString())
                .getSingleResult();
    }
}
