package org.openpas.provider;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProviderCapacityRepository implements PanacheRepositoryBase<ProviderCapacity, UUID> {

    /** A statement a reminder went out for: to whom, and when it was last confirmed. */
    public record Reminded(UUID providerId, String name, String email, Instant lastConfirmedAt) {
    }

    /**
     * Claims (SKIP LOCKED) up to {@code limit} statements of active, accepting providers confirmed at or before
     * {@code confirmedBy} and after {@code confirmedAfter} (null: no lower bound) not yet reminded of this, marks
     * them and answers them. {@code stale}: the reminder on the day, which marks the "soon" one too (so it is never
     * sent after it); else the reminder before. The statement's version is not touched: a reminder is no change.
     */
    List<Reminded> markDue(boolean stale, Instant confirmedBy, Instant confirmedAfter, int limit) {
        String marker = stale ? "stale_reminded_at" : "stale_soon_reminded_at";
        String set = stale ? "stale_reminded_at = now(), stale_soon_reminded_at = coalesce(stale_soon_reminded_at, now())"
                : "stale_soon_reminded_at = now()";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with due as (
                    select c.provider_id from provider_capacity c join provider p on p.id = c.provider_id
                    where c.%1$s is null and c.last_confirmed_at <= :confirmedBy
                      and (cast(:confirmedAfter as timestamptz) is null or c.last_confirmed_at > :confirmedAfter)
                      and c.accepting and p.status = 'ACTIVE'
                    order by c.last_confirmed_at limit :limit
                    for update of c skip locked),
                marked as (
                    update provider_capacity c set %2$s
                    from due where c.provider_id = due.provider_id
                    returning c.provider_id, c.last_confirmed_at)
                select p.id, p.name, p.email, m.last_confirmed_at from marked m join provider p on p.id = m.provider_id
                """.formatted(marker, set), Object[].class)
                .setParameter("confirmedBy", confirmedBy)
                .setParameter("confirmedAfter", confirmedAfter)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Reminded((UUID) row[0], (String) row[1], (String) row[2], instant(row[3])))
                .toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** The providers accepting new patients with a statement confirmed since {@code freshSince} (provider_capacity's key). */
    public List<UUID> acceptingSince(Instant freshSince) {
        return getEntityManager().createQuery("""
                select c.providerId from ProviderCapacity c where c.accepting = true and c.lastConfirmedAt >= :fresh""",
                UUID.class).setParameter("fresh", freshSince).getResultList();
    }

    public List<ProviderCapacity> ofProviders(Collection<UUID> providerIds) {
        return providerIds.isEmpty() ? List.of() : list("providerId in ?1", providerIds);
    }
}
