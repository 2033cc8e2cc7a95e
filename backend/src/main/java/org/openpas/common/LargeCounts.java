package org.openpas.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The totals of long lists, reused for a few seconds. Counting the 33 000 waiting entries of Vancouver
 * costs 5 ms with a fresh visibility map and 30-40 ms without, on every page a coordinator turns; the
 * page itself costs 1 ms. So a total of at least {@code pas.counts.reuse-above} (1 000) is kept for
 * {@code pas.counts.reuse-for} (10 s) and served to the next request with the same filter: such a
 * total may lag behind by the changes of those seconds. Smaller totals are always counted, so short
 * lists (a household, a clinic's staff, a test's data) are exact. The items of a page are always read.
 * When a total has run out, one request counts again while the others go on with the old total: without
 * that, every request in flight counted at once every 10 s (the waitlist's p99 at half load was 135-350 ms).
 */
@ApplicationScoped
public class LargeCounts {

    /** Bounds the memory: at most this many filters are remembered; all are forgotten when it is reached. */
    static final int MAX_FILTERS = 10_000;

    private record Total(long count, Instant at) {
    }

    private final long reuseAbove;
    private final Duration reuseFor;
    private final Clock clock;
    private final Map<Object, Total> totals = new ConcurrentHashMap<>();

    @Inject
    public LargeCounts(@ConfigProperty(name = "pas.counts.reuse-above", defaultValue = "1000") long reuseAbove,
            @ConfigProperty(name = "pas.counts.reuse-for", defaultValue = "10s") Duration reuseFor) {
        this(reuseAbove, reuseFor, Clock.systemUTC());
    }

    LargeCounts(long reuseAbove, Duration reuseFor, Clock clock) {
        this.reuseAbove = reuseAbove;
        this.reuseFor = reuseFor;
        this.clock = clock;
    }

    /** One page of the query; its total counted, or reused when it is large and recent (the filter is the key). */
    public <T> PageResult<T> page(Object filter, PanacheQuery<T> query, int page, int size) {
        var items = query.page(Page.of(page, size)).list();
        return new PageResult<>(items, page, size, count(filter, query::count));
    }

    long count(Object filter, LongSupplier counter) {
        Instant now = clock.instant();
        Total known = totals.get(filter);
        if (known != null && (known.at().plus(reuseFor).isAfter(now) || !claimRecount(filter, known, now))) {
            return known.count();
        }
        long count = counter.getAsLong();
        if (count >= reuseAbove) {
            if (totals.size() >= MAX_FILTERS) {
                totals.clear();
            }
            totals.put(filter, new Total(count, now));
        } else if (known != null) {
            totals.remove(filter);
        }
        return count;
    }

    /** Whether this caller counts again: the first to renew the old total does; the others keep using it meanwhile. */
    private boolean claimRecount(Object filter, Total old, Instant now) {
        return totals.replace(filter, old, new Total(old.count(), now));
    }
}
