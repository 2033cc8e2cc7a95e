package org.openpas.community;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the communities in this instance's second-level cache current when another API instance changes
 * one: {@link CommunityRepository#announceChange} sends a PostgreSQL notification when the change commits,
 * and this listener, on its own connection, evicts the community here. If the connection breaks, it
 * clears every cached community (a notification may have been missed) and listens again.
 */
@ApplicationScoped
public class CommunityCacheSync {

    static final String CHANNEL = "pas_community_changed";
    private static final Logger LOG = Logger.getLogger(CommunityCacheSync.class);

    private final AgroalDataSource dataSource;
    private final EntityManagerFactory entityManagers;
    private volatile boolean stopping;
    private Thread listener;

    public CommunityCacheSync(AgroalDataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
    }

    void start(@Observes StartupEvent event) {
        listener = Thread.ofPlatform().daemon().name("community-cache-sync").start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                entityManagers.getCache().evict(Community.class); // whatever changed while nobody listened
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] received = notifications.getNotifications(5_000);
                    for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                        entityManagers.getCache().evict(Community.class, UUID.fromString(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warnf("Community cache sync lost its connection (%s); listening again in 5 s", e.getMessage());
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
