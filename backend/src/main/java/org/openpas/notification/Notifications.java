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
    public void queue(String kind, String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            return; // nobody to tell: patients may register without an email address
        }
        em.createNativeQuery("""
                insert into notification (id, to_address, subject, body, kind) values (:id, :to, :subject, :body, :kind)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("to", to)
                .setParameter("subject", subject)
                .setParameter("body", body.length() > 4000 ? body.substring(0, 4000) : body)
                .setParameter("kind", kind)
                .executeUpdate();
    }
}
