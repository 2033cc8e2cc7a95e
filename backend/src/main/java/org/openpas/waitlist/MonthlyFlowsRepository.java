package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.waitlist.MonthlyFlows.Attachment;
import org.openpas.waitlist.MonthlyFlows.BandEdges;
import org.openpas.waitlist.MonthlyFlows.Flows;
import org.openpas.waitlist.MonthlyFlows.Move;
import org.openpas.waitlist.MonthlyFlows.Waiting;

/** The aggregate queries of {@link MonthlyFlows} over waitlist_transition (and registered_at of waitlist_entry). */
@ApplicationScoped
public class MonthlyFlowsRepository {

    private static final String OPEN = "('WAITING', 'PROPOSED', 'PAUSED')";

    private final EntityManager em;

    public MonthlyFlowsRepository(EntityManager em) {
        this.em = em;
    }

    Optional<Instant> firstTransition() {
        Object at = em.createNativeQuery("select min(at) from waitlist_transition").getSingleResult();
        return Optional.ofNullable(at).map(MonthlyFlowsRepository::instant);
    }

    /**
     * Closed to open: a REGISTRATION is registered, anything else (RESTORED, PANEL_REMOVAL) returned. Open to
     * closed: by cause, attached, merged, expired, moved away (a WITHDRAWAL for MOVED_AWAY), else withdrawn.
     * Classifying by status rather than by cause alone keeps the identity whatever the cause is called.
     */
    List<Flows> flows(Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with t as (
                    select community_id, cause, withdraw_reason,
                           coalesce(from_status in %1$s, false) as was_open, to_status in %1$s as is_open
                    from waitlist_transition
                    where at >= :start and at < :end and community_id is not null)
                select community_id,
                       count(*) filter (where is_open and not was_open and cause = 'REGISTRATION'),
                       count(*) filter (where is_open and not was_open and cause <> 'REGISTRATION'),
                       count(*) filter (where was_open and not is_open and cause = 'ATTACHMENT'),
                       count(*) filter (where was_open and not is_open and cause not in ('ATTACHMENT', 'MERGE', 'EXPIRY')
                                        and coalesce(withdraw_reason, '') <> 'MOVED_AWAY'),
                       count(*) filter (where was_open and not is_open and cause = 'EXPIRY'),
                       count(*) filter (where was_open and not is_open and cause = 'MERGE'),
                       count(*) filter (where was_open and not is_open and cause not in ('ATTACHMENT', 'MERGE', 'EXPIRY')
                                        and withdraw_reason = 'MOVED_AWAY')
                from t
                where was_open <> is_open
                group by community_id""".formatted(OPEN), Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        return rows.stream().map(r -> new Flows((UUID) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                n(r[7]))).toList();
    }

    /** Moves of open entries (COMMUNITY_CHANGE names the community left and the one entered). */
    List<Move> moves(Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select from_community_id, community_id, count(*)
                from waitlist_transition
                where at >= :start and at < :end and cause = 'COMMUNITY_CHANGE' and to_status in %s
                  and from_community_id is not null and from_community_id <> community_id
                group by from_community_id, community_id""".formatted(OPEN), Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        return rows.stream().map(r -> new Move((UUID) r[0], (UUID) r[1], n(r[2]))).toList();
    }

    /**
     * The entries open at {@code end}: those whose last transition before it left them open, in that
     * transition's community; banded by their registration date (the one they keep on the list).
     */
    List<Waiting> waiting(Instant end, BandEdges edges) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with last as (
                    select distinct on (entry_id) entry_id, to_status, community_id
                    from waitlist_transition
                    where at < :end
                    order by entry_id, at desc, id desc)
                select l.community_id,
                       count(*) filter (where e.registered_at > :m3),
                       count(*) filter (where e.registered_at <= :m3 and e.registered_at > :m6),
                       count(*) filter (where e.registered_at <= :m6 and e.registered_at > :m12),
                       count(*) filter (where e.registered_at <= :m12 and e.registered_at > :m24),
                       count(*) filter (where e.registered_at <= :m24)
                from last l join waitlist_entry e on e.id = l.entry_id
                where l.to_status in %s and l.community_id is not null
                group by l.community_id""".formatted(OPEN), Object[].class)
                .setParameter("end", end).setParameter("m3", edges.monthsAgo3()).setParameter("m6", edges.monthsAgo6())
                .setParameter("m12", edges.monthsAgo12()).setParameter("m24", edges.monthsAgo24()).getResultList();
        return rows.stream().map(r -> new Waiting((UUID) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]))).toList();
    }

    List<Attachment> attachments(Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.community_id, t.provider_id, extract(epoch from t.at - e.registered_at) / 86400.0
                from waitlist_transition t join waitlist_entry e on e.id = t.entry_id
                where t.at >= :start and t.at < :end and t.cause = 'ATTACHMENT' and t.from_status in %1$s
                  and t.to_status not in %1$s and t.community_id is not null""".formatted(OPEN), Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        return rows.stream().map(r -> new Attachment((UUID) r[0], (UUID) r[1], ((Number) r[2]).doubleValue())).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
