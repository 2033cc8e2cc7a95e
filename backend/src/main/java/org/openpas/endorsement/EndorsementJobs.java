package org.openpas.endorsement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openpas.audit.AuditLog;
import org.openpas.endorsement.Endorsement.Side;
import org.openpas.endorsement.Endorsement.Status;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;
import org.openpas.common.Province;

/**
 * The handshake's clock. A pending endorsement unchanged for 7 days gets one reminder to whoever must
 * act next (a recipient who has not opened the link gets a fresh one; the old link stops working);
 * one not completed 30 days after it was started EXPIRES. Each run locks the rows it changes and
 * skips rows another instance holds (SKIP LOCKED), so two API instances never act twice.
 */
@ApplicationScoped
public class EndorsementJobs {

    private static final Logger LOG = Logger.getLogger(EndorsementJobs.class);
    private static final String SYSTEM = "pas-system";
    private static final int BATCH = 500;

    private final EndorsementRepository endorsements;
    private final EndorsementService service;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Duration remindAfter;

    public EndorsementJobs(EndorsementRepository endorsements, EndorsementService service, Notifications notifications,
            AuditLog audit, @ConfigProperty(name = "pas.endorsements.remind-days", defaultValue = "7") int remindDays) {
        this.endorsements = endorsements;
        this.service = service;
        this.notifications = notifications;
        this.audit = audit;
        this.remindAfter = Duration.ofDays(remindDays);
    }

    @Scheduled(every = "${pas.endorsements.jobs-every:5m}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = expire();
        int reminded = remind();
        if (expired + reminded > 0) {
            LOG.infof("Endorsement jobs: %d expired, %d reminders queued", expired, reminded);
        }
    }

    /** Pending endorsements past their expiry: EXPIRED, and both parties told. */
    @Transactional
    public int expire() {
        List<Endorsement> due = endorsements.lockPending("expires_at <= :before", Instant.now(), BATCH);
        Instant now = Instant.now();
        for (Endorsement e : due) {
            e.moveTo(Status.EXPIRED, now);
            audit.successAs(SYSTEM, "", null, "ENDORSEMENT_EXPIRE", "ENDORSEMENT", e.id, "not completed in time");
            for (Side side : Side.values()) {
                notifications.queue(e.emailOf(side), Emails.endorsementExpired(e.nameOf(Side.ENDORSER),
                        e.nameOf(Side.ENDORSEE)));
            }
        }
        return due.size();
    }

    /** Pending endorsements with no change for the reminder period and no reminder since: one reminder. */
    @Transactional
    public int remind() {
        List<Endorsement> due = endorsements.lockPending(
                "status_changed_at <= :before and (reminder_sent_at is null or reminder_sent_at < status_changed_at)",
                Instant.now().minus(remindAfter), BATCH);
        Instant now = Instant.now();
        for (Endorsement e : due) {
            e.reminderSentAt = now;
            if (e.status == Status.CREATED) {
                // The recipient never opened the link: a new one replaces it (only the hash is kept).
                String token = EndorsementService.newToken(e);
                service.emailLink(e, token, "Reminder: an endorsement request is waiting for you",
                        e.nameOf(e.initiatorRole) + " is still waiting for your answer to their endorsement request.");
            } else {
                Side next = e.status == Status.RECEIVED ? e.recipientSide() : e.initiatorRole;
                notifications.queue(e.emailOf(next), Emails.endorsementReminder(e.nameOf(Side.ENDORSER),
                        e.nameOf(Side.ENDORSEE), e.status == Status.RECEIVED,
                        e.expiresAt.atZone(Province.ZONE).toLocalDate()));
            }
            audit.successAs(SYSTEM, "", null, "ENDORSEMENT_REMIND", "ENDORSEMENT", e.id, "status " + e.status);
        }
        return due.size();
    }
}
