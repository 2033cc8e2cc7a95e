package org.openpas.provider;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openpas.common.Province;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;

/**
 * Capacity reminders: a provider is emailed {@code pas.capacity.remind-days-before} (14) days before their
 * capacity statement goes stale, and once on the day it does. Each reminder goes once per statement: a marker
 * on the statement says it went, and confirming or updating the statement clears the markers
 * ({@link CapacityService}). Each run claims the due statements with SKIP LOCKED and marks them in the
 * transaction that queues the emails, so two API instances never send one twice.
 */
@ApplicationScoped
public class CapacityJobs {

    private static final Logger LOG = Logger.getLogger(CapacityJobs.class);
    private static final int BATCH = 500;

    private final ProviderCapacityRepository statements;
    private final CapacityService capacity;
    private final Notifications notifications;
    private final Duration remindBefore;

    public CapacityJobs(ProviderCapacityRepository statements, CapacityService capacity, Notifications notifications,
            @ConfigProperty(name = "pas.capacity.remind-days-before", defaultValue = "14") int remindDaysBefore) {
        this.statements = statements;
        this.capacity = capacity;
        this.notifications = notifications;
        this.remindBefore = Duration.ofDays(remindDaysBefore);
    }

    @Scheduled(every = "${pas.capacity.reminders-every:1h}", delayed = "50s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int stale = remindStale();
        int soon = remindStaleSoon();
        if (stale + soon > 0) {
            LOG.infof("Capacity reminders: %d going stale soon, %d stale", soon, stale);
        }
    }

    /** Statements that go stale within the reminder period (not stale yet) and were not reminded of it. */
    @Transactional
    public int remindStaleSoon() {
        Duration staleAfter = capacity.staleAfter();
        Instant freshSince = Instant.now().minus(staleAfter);
        List<ProviderCapacityRepository.Reminded> due = statements.markDue(false, freshSince.plus(remindBefore),
                freshSince, BATCH);
        due.forEach(statement -> notifications.queue(statement.email(), Emails.capacityStaleSoon(statement.name(),
                Province.dateOf(statement.lastConfirmedAt()),
                Province.dateOf(statement.lastConfirmedAt().plus(staleAfter)))));
        return due.size();
    }

    /**
     * Statements that went stale and were not reminded of it; the "soon" marker is set too, so a statement
     * already stale when first seen gets this reminder only.
     */
    @Transactional
    public int remindStale() {
        List<ProviderCapacityRepository.Reminded> due = statements.markDue(true, capacity.freshSince(), null, BATCH);
        due.forEach(statement -> notifications.queue(statement.email(), Emails.capacityStale(statement.name(),
                Province.dateOf(statement.lastConfirmedAt()))));
        return due.size();
    }
}
