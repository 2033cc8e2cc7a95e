package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Large totals are reused for a while; small ones, other filters and old ones are counted again. */
class LargeCountsTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final LargeCounts counts = new LargeCounts(1000, Duration.ofSeconds(10), clock);
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong countings = new AtomicLong();

    private long count(Object filter) {
        return counts.count(filter, () -> {
            countings.incrementAndGet();
            return rows.get();
        });
    }

    @Test
    void aLargeTotalIsReusedForItsTimeThenCountedAgain() {
        rows.set(33_000);
        assertEquals(33_000, count("Vancouver"));
        rows.set(33_001);
        clock.now = clock.now.plusSeconds(9);
        assertEquals(33_000, count("Vancouver"), "reused within 10 s");
        assertEquals(1, countings.get());
        clock.now = clock.now.plusSeconds(1);
        assertEquals(33_001, count("Vancouver"), "counted again after 10 s");
        assertEquals(2, countings.get());
    }

    @Test
    void whileOneCallerCountsAgainTheOthersGetTheOldTotal() {
        rows.set(33_000);
        count("Vancouver");
        clock.now = clock.now.plusSeconds(10);
        long[] seenDuringTheRecount = new long[1];
        long fresh = counts.count("Vancouver", () -> {
            seenDuringTheRecount[0] = count("Vancouver");
            return 33_005;
        });
        assertEquals(33_005, fresh);
        assertEquals(33_000, seenDuringTheRecount[0], "another request during the recount: the old total, no second count");
        assertEquals(1, countings.get());
        assertEquals(33_005, count("Vancouver"), "then the new total");
    }

    @Test
    void smallTotalsAreAlwaysExact() {
        rows.set(999);
        assertEquals(999, count("household"));
        rows.set(998);
        assertEquals(998, count("household"));
        assertEquals(2, countings.get());
    }

    @Test
    void eachFilterHasItsOwnTotal() {
        rows.set(5_000);
        assertEquals(5_000, count(new Filter("Vancouver", "MODERATE")));
        rows.set(7_000);
        assertEquals(7_000, count(new Filter("Vancouver", "HIGH")));
        assertEquals(5_000, count(new Filter("Vancouver", "MODERATE")), "an equal filter finds its total");
    }

    @Test
    void aTotalThatShrankBelowTheThresholdIsForgotten() {
        rows.set(1_000);
        count("list");
        clock.now = clock.now.plusSeconds(11);
        rows.set(10);
        assertEquals(10, count("list"));
        rows.set(11);
        assertEquals(11, count("list"), "not reused: it was small when last counted");
    }

    @Test
    void memoryIsBounded() {
        rows.set(2_000);
        for (int i = 0; i <= LargeCounts.MAX_FILTERS; i++) {
            count("filter " + i);
        }
        long before = countings.get();
        count("filter 0");
        assertEquals(before + 1, countings.get(), "the full table was emptied, so filter 0 is counted again");
    }

    private record Filter(String community, String complexity) {
    }
}
