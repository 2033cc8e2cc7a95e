package org.openpas.statistics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openpas.common.Province;
import org.openpas.waitlist.MonthlyFlows;

/**
 * The monthly snapshots (docs/statistics.md, "Snapshots"): every closed month from the first month with a
 * transition, not stored yet, in order, each in its own transaction ({@link MonthSnapshot}). A stored month is
 * never computed again, so a published figure never changes. Every API instance runs the job; the month's
 * advisory lock and the check that it is not stored yet make two instances store it once.
 */
@ApplicationScoped
public class StatisticsSnapshots {

    private static final Logger LOG = Logger.getLogger(StatisticsSnapshots.class);

    private final MonthlyFlows flows;
    private final MonthSnapshot snapshot;
    private final StatisticsRepository stored;
    private final StatisticsService publication;

    public StatisticsSnapshots(MonthlyFlows flows, MonthSnapshot snapshot, StatisticsRepository stored,
            StatisticsService publication) {
        this.flows = flows;
        this.snapshot = snapshot;
        this.stored = stored;
        this.publication = publication;
    }

    @Scheduled(every = "${pas.statistics.snapshot-every:1h}", delayed = "${pas.statistics.snapshot-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int months = snapshotClosedMonths();
        if (months > 0) {
            LOG.infof("Statistics: %d closed months snapshotted", months);
            // This instance publishes them at once; the others at their next background check.
            publication.refreshInBackground();
        }
    }

    /** Stores every closed month not stored yet, oldest first; the number this call stored. */
    @ActivateRequestContext // its first reads run outside the months' transactions, on any thread
    public int snapshotClosedMonths() {
        LocalDate lastClosed = Province.today().withDayOfMonth(1).minusMonths(1);
        Optional<LocalDate> next = stored.lastMonth().map(m -> m.plusMonths(1))
                .or(() -> flows.firstTransition().map(at -> Province.dateOf(at).withDayOfMonth(1)));
        int count = 0;
        for (LocalDate month = next.orElse(null); month != null && !month.isAfter(lastClosed);
                month = month.plusMonths(1)) {
            if (snapshot.store(month)) {
                count++;
            }
        }
        return count;
    }
}
