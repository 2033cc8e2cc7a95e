package org.openpas.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Requests without a valid token (401) are not audited: nobody is known to refuse, and a flood of them
 * must not become a flood of database writes. They are counted instead, and the count is logged (WARN)
 * at most once a minute per instance, with the last one's method and path: enough to see a probe or a
 * misconfigured client in the logs, for the price of an atomic increment.
 */
@ApplicationScoped
public class AnonymousRefusals {

    private static final Logger LOG = Logger.getLogger(AnonymousRefusals.class);
    static final Duration EVERY = Duration.ofMinutes(1);

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());

    public void count(String request) {
        long counted = count.incrementAndGet();
        long now = System.nanoTime();
        long due = nextLogAt.get();
        if (now - due >= 0 && nextLogAt.compareAndSet(due, now + EVERY.toNanos())) {
            count.addAndGet(-counted);
            LOG.warnf("%d request(s) without a valid token since the last report (the last: %s)", counted,
                    request.length() > 200 ? request.substring(0, 200) + "..." : request);
        }
    }
}
