package org.openpas.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated statistics tables that satisfy every identity of {@code statistics_month} (and the geography):
 * communities with entries arriving, leaving and moving between communities, summed into their health
 * authorities and the province. {@code small} makes most counts 0..12, so that many are {@code <10}.
 */
public final class StatisticsTables {

    /** The rows, and each community's health authority. */
    public record Table(List<MonthFigures> rows, Map<String, String> healthAuthorityOf) {
    }

    private StatisticsTables() {
    }

    public static Table generate(Random random, List<String> authorities, Map<String, String> healthAuthorityOf,
            LocalDate firstMonth, int months, boolean small) {
        List<String> communities = new ArrayList<>(healthAuthorityOf.keySet());
        int n = communities.size();
        long[] waiting = new long[n];
        long[][] bands = new long[n][5];
        for (int c = 0; c < n; c++) {
            waiting[c] = count(random, small ? 15 : 200);
            spread(random, waiting[c], bands[c]);
        }
        List<MonthFigures> rows = new ArrayList<>();
        Instant computedAt = Instant.parse("2026-01-01T08:00:00Z");
        for (int m = 0; m < months; m++) {
            LocalDate month = firstMonth.plusMonths(m);
            long[][] f = new long[n][19];
            // moves first: out of a community with someone waiting, into another one
            long[] in = new long[n];
            long[] out = new long[n];
            long[][] between = new long[n][n];
            int moves = random.nextInt(small ? 4 : 12);
            for (int i = 0; i < moves && n > 1; i++) {
                int from = random.nextInt(n);
                int to = random.nextInt(n);
                if (from != to && waiting[from] - out[from] > 0) {
                    out[from]++;
                    in[to]++;
                    between[from][to]++;
                }
            }
            for (int c = 0; c < n; c++) {
                long start = waiting[c];
                long registered = count(random, small ? 12 : 60);
                long returned = count(random, small ? 4 : 10);
                long available = start + registered + returned + in[c] - out[c];
                long[] removed = new long[5]; // attached, withdrawn, expired, merged, movedAway
                for (int k = 0; k < 5; k++) {
                    removed[k] = Math.min(available, count(random, small ? (k == 0 ? 10 : 4) : (k == 0 ? 50 : 10)));
                    available -= removed[k];
                }
                long end = available;
                long[] endBands = new long[5];
                spread(random, end, endBands);
                long spacesUsed = count(random, small ? 12 : 60);
                f[c] = new long[] {start, registered, returned, in[c], out[c], removed[0], removed[1], removed[2],
                        removed[3], removed[4], end, endBands[0], endBands[1], endBands[2], endBands[3], endBands[4],
                        spacesUsed};
                waiting[c] = end;
            }
            Map<String, long[]> haSums = new LinkedHashMap<>();
            long[] province = new long[17];
            for (String ha : authorities) {
                haSums.put(ha, new long[17]);
            }
            for (int c = 0; c < n; c++) {
                long[] sum = haSums.get(healthAuthorityOf.get(communities.get(c)));
                for (int k = 0; k < 17; k++) {
                    sum[k] += k == 3 || k == 4 ? 0 : f[c][k];
                    province[k] += k == 3 || k == 4 ? 0 : f[c][k];
                }
                for (int to = 0; to < n; to++) {
                    String fromHa = healthAuthorityOf.get(communities.get(c));
                    String toHa = healthAuthorityOf.get(communities.get(to));
                    if (!fromHa.equals(toHa)) {
                        haSums.get(fromHa)[4] += between[c][to];
                        haSums.get(toHa)[3] += between[c][to];
                    }
                }
            }
            rows.add(row(month, MonthFigures.PROVINCE, "BC", province, computedAt));
            haSums.forEach((ha, sum) -> rows.add(row(month, MonthFigures.HEALTH_AUTHORITY, ha, sum, computedAt)));
            for (int c = 0; c < n; c++) {
                rows.add(row(month, MonthFigures.COMMUNITY, communities.get(c), f[c], computedAt));
            }
        }
        return new Table(rows, healthAuthorityOf);
    }

    /** A table of 2..3 authorities with 1..4 communities each (codes c0, c1, ...). */
    public static Table generate(Random random, boolean small) {
        List<String> authorities = List.of("FRASER", "INTERIOR", "ISLAND").subList(0, 2 + random.nextInt(2));
        Map<String, String> healthAuthorityOf = new LinkedHashMap<>();
        for (String ha : authorities) {
            int communities = 1 + random.nextInt(4);
            for (int i = 0; i < communities; i++) {
                healthAuthorityOf.put("c" + healthAuthorityOf.size(), ha);
            }
        }
        return generate(random, authorities, healthAuthorityOf, LocalDate.of(2025, 1, 1), 2 + random.nextInt(4), small);
    }

    /** Mostly small numbers, now and then a large one. */
    private static long count(Random random, int scale) {
        return random.nextInt(8) == 0 ? 0 : random.nextInt(scale + 1);
    }

    private static void spread(Random random, long total, long[] parts) {
        long left = total;
        for (int k = 0; k < parts.length - 1; k++) {
            parts[k] = left == 0 ? 0 : (long) (random.nextDouble() * (left + 1));
            left -= parts[k];
        }
        parts[parts.length - 1] = left;
    }

    private static MonthFigures row(LocalDate month, String level, String code, long[] v, Instant computedAt) {
        return new MonthFigures(month, level, code, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
                v[11], v[12], v[13], v[14], v[15], null, null, null, null, v[16], computedAt);
    }
}
