package org.openpas.waitlist;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The waitlist's clock: proposals past their deadline return to WAITING; registrations not
 * reconfirmed within the grace period after their reminder became due expire. Each job is one
 * set-based statement that locks the rows it changes and skips rows another instance holds, so two
 * API instances may run it at the same moment without doing anything twice.
 */
@ApplicationScoped
public class WaitlistJobs {

    private static final Logger LOG = Logger.getLogger(WaitlistJobs.class);

    /** How transitions made by the clock name their actor. */
    static final String SYSTEM = "pas-system";
    static final String SYSTEM_NAME = "PAS (scheduled job)";

    private final EntityManager em;
    private final int graceDays;

    public WaitlistJobs(EntityManager em,
            @ConfigProperty(name = "pas.waitlist.reconfirm-grace-days", defaultValue = "30") int graceDays) {
        this.em = em;
        this.graceDays = graceDays;
    }

    @Scheduled(every = "${pas.waitlist.jobs-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int returned = expireProposals();
        int reminded = remindToReconfirm();
        int expired = expireUnconfirmed();
        if (returned + reminded + expired > 0) {
            LOG.infof("Waitlist jobs: %d proposals returned, %d reminders queued, %d registrations expired", returned,
                    reminded, expired);
        }
    }

    /** Entries whose reconfirmation is due get one reminder email per period. */
    @Transactional
    public int remindToReconfirm() {
        return em.createNativeQuery("""
                with due as (
                    select id from waitlist_entry
                    where status = 'WAITING' and reconfirm_due_at <= now()
                      and (reminder_sent_at is null or reminder_sent_at < last_confirmed_at)
                    for update skip locked),
                marked as (
                    update waitlist_entry e set reminder_sent_at = now()
                    from due where e.id = due.id
                    returning e.patient_id, e.reconfirm_due_at)
                insert into notification (id, to_address, subject, body, kind)
                select gen_random_uuid(), p.email, 'Do you still need a family doctor?',
                       'Hello ' || p.given_names || ',' || chr(10) || chr(10) || 'Please sign in and confirm that you '
                       || 'still need a family doctor or nurse practitioner, within ' || :grace || ' days. If you do '
                       || 'not, your registration will expire (you can restore it for a while, keeping your place).'
                       || chr(10) || chr(10) || 'Provincial Attachment System', 'RECONFIRMATION_DUE'
                from marked m join patient p on p.id = m.patient_id
                where p.email is not null""").setParameter("grace", graceDays).executeUpdate();
    }

    /** Proposals whose deadline passed: back to WAITING, keeping the registration date. */
    @Transactional
    public int expireProposals() {
        return em.createNativeQuery("""
                with due as (
                    select id, proposed_provider_id from waitlist_entry
                    where status = 'PROPOSED' and proposal_deadline < now()
                    for update skip locked),
                returned as (
                    update waitlist_entry e
                    set status = 'WAITING', status_changed_at = now(), updated_at = now(), version = e.version + 1,
                        proposed_provider_id = null, proposed_at = null, proposal_deadline = null,
                        proposed_by_subject = null, proposal_note = null
                    from due where e.id = due.id
                    returning e.id, e.patient_id, due.proposed_provider_id, e.complexity, e.community_id),
                notified as (
                    insert into notification (id, to_address, subject, body, kind)
                    select gen_random_uuid(), p.email, 'You are back on the waitlist',
                           'Hello ' || p.given_names || ',' || chr(10) || chr(10) || 'The provider you were proposed '
                           || 'to did not answer in time. You are back on the waitlist and keep your original place.'
                           || chr(10) || chr(10) || 'Provincial Attachment System', 'RETURNED_TO_LIST'
                    from returned r join patient p on p.id = r.patient_id
                    where p.email is not null)
                insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, actor_subject,
                                                 actor_name, provider_id, complexity, community_id, note)
                select gen_random_uuid(), id, 'PROPOSED', 'WAITING', 'PROPOSAL_EXPIRED', now(), :system, :systemName,
                       proposed_provider_id, complexity, community_id,
                       'The provider did not answer before the deadline.'
                from returned""").setParameter("system", SYSTEM).setParameter("systemName", SYSTEM_NAME).executeUpdate();
    }

    /** Registrations whose reconfirmation was due more than the grace period ago: EXPIRED (restorable). */
    @Transactional
    public int expireUnconfirmed() {
        return em.createNativeQuery("""
                with due as (
                    select id, status from waitlist_entry
                    where status = 'WAITING' and reconfirm_due_at < now() - make_interval(days => :grace)
                    for update skip locked),
                expired as (
                    update waitlist_entry e
                    set status = 'EXPIRED', status_changed_at = now(), expired_at = now(), updated_at = now(),
                        version = e.version + 1
                    from due where e.id = due.id
                    returning e.id, e.complexity, e.community_id)
                insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, actor_subject,
                                                 actor_name, complexity, community_id, note)
                select gen_random_uuid(), id, 'WAITING', 'EXPIRED', 'EXPIRY', now(), :system, :systemName,
                       complexity, community_id,
                       'Not reconfirmed within the grace period after the reminder.'
                from expired""").setParameter("grace", graceDays).setParameter("system", SYSTEM)
                .setParameter("systemName", SYSTEM_NAME).executeUpdate();
    }
}
