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
     * Claims (SKIP LOCKED) up to {@code limit} statements of active providers confirmed at or before
     * {@code confirmedBy} and after {@code confirmedAfter} (null: no lower bound) whose {@code marker} column is
     * unset, sets {@code marker} and the columns in {@code alsoMark} (so an earlier reminder is never sent after
     * a later one), and answers them. The statement's version is not touched: a reminder is no change of it.
     */
    List<Reminded> markDue(String marker, List<String> alsoMark, Instant confirmedBy, Instant confirmedAfter,
            int limit) {
        StringBuilder set = new StringBuilder(marker + " = now()");
        alsoMark.forEach(column -> set.append(", ").append(column).append(" = coalesce(").append(column).append(", now())"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with due as (
                    select c.provider_id from provider_capacity c join provider p on p.id = c.provider_id
                    where c.%1$s is null and c.last_confirmed_at <= :confirmedBy
                      and (cast(:confirmedAfter as timestamptz) is null or c.last_confirmed_at > :confirmedAfter)
                      and p.status = 'ACTIVE'
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

    public List<ProviderCapacity> ofProviders(Collection<UUID> providerIds) {
        return providerIds.isEmpty() ? List.of() : list("providerId in ?1", providerIds);
    }
}
