package org.openpas.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends queued notifications after their transaction committed. A batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several API instances share the work without sending twice; a
 * failure is retried with a growing delay (1, 2, 4 ... minutes), and given up (FAILED) after 8 tries.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    static final int MAX_ATTEMPTS = 8;

    private final EntityManager em;
    private final Mailer mailer;

    public NotificationSender(EntityManager em, Mailer mailer) {
        this.em = em;
        this.mailer = mailer;
    }

    @Scheduled(every = "${pas.notifications.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** A queued email that is due, as claimed from the outbox. */
    record Due(UUID id, String to, String subject, String text, String html, int attempts) {
    }

    /**
     * Sends what is due; returns how many were sent. The sent ones are marked in one statement at the end (one
     * update a row, 50 round trips every 10 s, held a connection and a core while attaches queued emails).
     */
    @Transactional
    public int sendDue() {
        List<UUID> sent = new ArrayList<>();
        for (Due due : claimDue()) {
            int attempts = due.attempts() + 1;
            try {
                Mail mail = Mail.withText(due.to(), due.subject(), due.text());
                if (due.html() != null) {
                    mail.setHtml(due.html());
                }
                mailer.send(mail);
                sent.add(due.id());
            } catch (RuntimeException e) {
                LOG.warnf("Sending notification %s failed (attempt %d): %s", due.id(), attempts, e.getMessage());
                em.createNativeQuery("""
                        update notification set attempts = :a, last_error = left(:error, 500),
                            status = case when :a >= :max then 'FAILED' else 'PENDING' end,
                            next_attempt_at = now() + make_interval(mins => cast(power(2, :a - 1) as int))
                        where id = :id""")
                        .setParameter("a", attempts).setParameter("error", String.valueOf(e.getMessage()))
                        .setParameter("max", MAX_ATTEMPTS).setParameter("id", due.id()).executeUpdate();
            }
        }
        if (!sent.isEmpty()) {
            em.createNativeQuery("update notification set status = 'SENT', sent_at = now(), attempts = attempts + 1"
                    + " where id = any(:ids)").setParameter("ids", sent.toArray(UUID[]::new)).executeUpdate();
        }
        return sent.size();
    }

    /** Up to 50 due emails, locked for this transaction; rows another instance holds are skipped. */
    private List<Due> claimDue() {
        List<Tuple> rows = em.createNativeQuery("""
                select id, to_address, subject, body, html_body, attempts from notification
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at limit 50
                for update skip locked""", Tuple.class).getResultList();
        return rows.stream().map(row -> new Due(row.get("id", UUID.class), row.get("to_address", String.class),
                row.get("subject", String.class), row.get("body", String.class), row.get("html_body", String.class),
                row.get("attempts", Number.class).intValue())).toList();
    }
}
