package org.openpas.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.openpas.provider.CapacityService.CommunityFigures;

/** The community view of capacity: one aggregate query over the community's clinics, their providers and panels. */
@ApplicationScoped
public class CapacityRepository {

    private final EntityManager em;

    public CapacityRepository(EntityManager em) {
        this.em = em;
    }

    public CommunityFigures communityFigures(UUID communityId, Instant freshSince, Instant monthStart) {
        Object[] row = (Object[]) em.createNativeQuery("""
                with providers as (
                    select distinct s.provider_id
                    from clinic_staff s join clinic c on c.id = s.clinic_id
                    where c.community_id = :community and s.provider_id is not null),
                panels as (
                    select pm.provider_id, count(*) as size,
                           count(*) filter (where pm.source = 'PAS_ATTACHMENT' and pm.added_at >= :monthStart) as used
                    from panel_member pm
                    where pm.provider_id in (select provider_id from providers)
                    group by pm.provider_id)
                select count(*),
                       count(*) filter (where cap.accepting and cap.last_confirmed_at >= :fresh),
                       count(*) filter (where cap.last_confirmed_at < :fresh),
                       coalesce(sum(cap.monthly_capacity) filter (where cap.accepting and cap.last_confirmed_at >= :fresh), 0),
                       coalesce(sum(panels.used), 0),
                       coalesce(sum(greatest(cap.monthly_capacity - coalesce(panels.used, 0), 0))
                                filter (where cap.accepting and cap.last_confirmed_at >= :fresh), 0),
                       coalesce(percentile_disc(0.5) within group (order by coalesce(panels.size, 0)), 0),
                       coalesce(sum(panels.size), 0)
                from providers p
                left join provider_capacity cap on cap.provider_id = p.provider_id
                left join panels on panels.provider_id = p.provider_id""")
                .setParameter("community", communityId)
                .setParameter("fresh", freshSince)
                .setParameter("monthStart", monthStart)
                .getSingleResult();
        int[] n = new int[row.length];
        for (int i = 0; i < row.length; i++) {
            n[i] = ((Number) row[i]).intValue();
        }
        return new CommunityFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
    }
}
