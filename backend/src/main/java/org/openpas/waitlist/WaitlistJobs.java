package org.openpas.waitlist;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientService;

import static org.openpas.notification.Emails.ReturnReason.NO_ANSWER;

/**
 * The waitlist's clock: proposals past their deadline return to WAITING; registrations not
 * reconfirmed within the grace period after their reminder became due expire. Each job is one
 * set-based statement that locks the rows it changes and skips rows another instance holds, so two
 * API instances may run it at the same moment without doing anything twice; the emails it causes are
 * queued in the same transaction.
 */
@ApplicationScoped
public class WaitlistJobs {

    private static final Logger LOG = Logger.getLogger(WaitlistJobs.class);

    /** How transitions made by the clock name their actor. */
    static final String SYSTEM = "pas-system";
    static final String SYSTEM_NAME = "PAS (scheduled job)";

    private final EntityManager em;
    private final Notifications notifications;
    private final PatientService patients;
    private final int graceDays;

    public WaitlistJobs(EntityManager em, Notifications notifications, PatientService patients,
            @ConfigProperty(name = "pas.waitlist.reconfirm-grace-days", defaultValue = "30") int graceDays) {
        this.em = em;
        this.notifications = notifications;
        this.patients = patients;
        this.graceDays = graceDays;
    }

    /** The patients of the entries a job changed, to tell them (one query for the batch). */
    private List<Patient> patientsOf(List<?> patientIds) {
        List<UUID> ids = patientIds.stream().map(UUID.class::cast).toList();
        return List.copyOf(patients.byIds(ids).values());
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
        List<Patient> due = patientsOf(em.createNativeQuery("""
                with due as (
                    select id from waitlist_entry
                    where status = 'WAITING' and reconfirm_due_at <= now()
                      and (reminder_sent_at is null or reminder_sent_at < last_confirmed_at)
                    for update skip locked),
                marked as (
                    update waitlist_entry e set reminder_sent_at = now()
                    from due where e.id = due.id
                    returning e.patient_id)
                select patient_id from marked""").getResultList());
        due.forEach(patient -> notifications.queue(patient.email, Emails.reconfirmationDue(patient.locale(),
                patient.givenNames, graceDays)));
        return due.size();
    }

    /** Proposals whose deadline passed: back to WAITING, keeping the registration date. */
    @Transactional
    public int expireProposals() {
        List<Patient> returned = patientsOf(em.createNativeQuery("""
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
                recorded as (
                    insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, actor_subject,
                                                     actor_name, provider_id, complexity, community_id, note)
                    select gen_random_uuid(), id, 'PROPOSED', 'WAITING', 'PROPOSAL_EXPIRED', now(), :system, :systemName,
                           proposed_provider_id, complexity, community_id,
                           'The provider did not answer before the deadline.'
                    from returned)
                select patient_id from returned""")
                .setParameter("system", SYSTEM).setParameter("systemName", SYSTEM_NAME).getResultList());
        returned.forEach(patient -> notifications.queue(patient.email, Emails.returnedToList(patient.locale(),
                patient.givenNames, NO_ANSWER)));
        return returned.size();
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
