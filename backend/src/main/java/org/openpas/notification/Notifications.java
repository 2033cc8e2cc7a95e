package org.openpas.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Queues an email in the transaction of the change that causes it (the outbox): if the change rolls
 * back, no email; if it commits, {@link NotificationSender} sends it, retrying on failure.
 */
@ApplicationScoped
public class Notifications {

    private final EntityManager em;

    public Notifications(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String to, Email email) {
        if (to == null || to.isBlank()) {
            return; // nobody to tell: patients may register without an email address
        }
        String text = email.text();
        String html = email.html();
        em.createNativeQuery("""
                insert into notification (id, to_address, subject, body, html_body, kind)
                values (:id, :to, :subject, :body, :html, :kind)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("to", to)
                .setParameter("subject", email.subject())
                .setParameter("body", text.length() > 4000 ? text.substring(0, 4000) : text)
                // cut HTML is broken HTML: a body that long goes as plain text only
                .setParameter("html", html.length() > 16000 ? null : html)
                .setParameter("kind", email.kind())
                .executeUpdate();
    }
}
