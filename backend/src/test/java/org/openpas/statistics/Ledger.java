package org.openpas.statistics;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openpas.testing.Registrations;

/**
 * Writes waitlist entries and their transitions with times in the past, straight into the tables, the way
 * the services record them (a transition per change of status or community, to the entry's current state).
 * The statistics are computed from transitions only, so this is how a test puts activity into closed months.
 * Callers run it inside a transaction.
 */
final class Ledger {

    private final EntityManager em;
    private final UUID template;

    /** Entries' patients are copies of {@code template} (a registered test patient). */
    Ledger(EntityManager em, UUID template) {
        this.em = em;
        this.template = template;
    }

    /** One entry as it moves; {@link #save()} writes its final state to waitlist_entry. */
    final class Entry {

        final UUID id = UUID.randomUUID();
        final Instant registeredAt;
        String status;
        UUID community;
        Instant last;

        private Entry(UUID community, Instant at, Instant registeredAt) {
            this.community = community;
            this.registeredAt = registeredAt;
            // A patient has one open entry: each entry gets a copy of the template patient, with a PHN of its own.
            UUID patientId = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into patient
                    select (jsonb_populate_record(p, jsonb_build_object('id', cast(:id as text), 'phn', cast(:phn as text),
                                                                       'registration_idempotency_key', null))).*
                    from patient p where p.id = :template""")
                    .setParameter("id", patientId).setParameter("phn", Registrations.phn())
                    .setParameter("template", template).executeUpdate();
            em.createNativeQuery("""
                    insert into waitlist_entry (id, patient_id, community_id, status, registered_at, priority_points,
                        rank_at, complexity, preferred_language, date_of_birth, consent_to_share, last_confirmed_at,
                        reconfirm_due_at, status_changed_at)
                    values (:id, :patient, :community, 'WAITING', :registered, 0, :registered, 'LOW', 'en',
                        :born, false, :at, :due, :at)""")
                    .setParameter("id", id).setParameter("patient", patientId).setParameter("community", community)
                    .setParameter("registered", registeredAt).setParameter("born", LocalDate.of(1980, 1, 1))
                    .setParameter("at", at).setParameter("due", Instant.now().plusSeconds(365L * 86400))
                    .executeUpdate();
            move(at, "WAITING", "REGISTRATION", null, null, null);
        }

        Entry move(Instant at, String to, String cause, String withdrawReason, UUID providerId, UUID toCommunity) {
            UUID from = community;
            if (toCommunity != null) {
                community = toCommunity;
            }
            em.createNativeQuery("""
                    insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, provider_id,
                        withdraw_reason, community_id, from_community_id, complexity)
                    values (:id, :entry, :from, :to, :cause, :at, :provider, :reason, :community, :fromCommunity, 'LOW')""")
                    .setParameter("id", UUID.randomUUID()).setParameter("entry", id).setParameter("from", status)
                    .setParameter("to", to).setParameter("cause", cause).setParameter("at", at)
                    .setParameter("provider", providerId).setParameter("reason", withdrawReason)
                    .setParameter("community", community)
                    .setParameter("fromCommunity", toCommunity == null ? null : from)
                    .executeUpdate();
            status = to;
            last = at;
            return this;
        }

        Entry save() {
            em.createNativeQuery("""
                    update waitlist_entry set status = :status, community_id = :community, status_changed_at = :at
                    where id = :id""")
                    .setParameter("status", status).setParameter("community", community).setParameter("at", last)
                    .setParameter("id", id).executeUpdate();
            return this;
        }
    }

    Entry register(UUID community, Instant at) {
        return new Entry(community, at, at);
    }

    /** Registered at {@code at}, keeping an earlier date (a merge keeps the earlier of two registrations). */
    Entry register(UUID community, Instant at, Instant registeredAt) {
        return new Entry(community, at, registeredAt);
    }
}
