package org.openpas.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stored monthly rows for the tests of the publication, written with SQL (the snapshot job is tested on
 * its own): a generated table over the real communities of the migration, January to June 2001, full of
 * small numbers so that {@code <10} and {@code x} appear. Inserted once per test run.
 */
public final class StatisticsRows {

    public static final LocalDate FIRST = LocalDate.of(2001, 1, 1);
    public static final int MONTHS = 6;

    private StatisticsRows() {
    }

    public static synchronized StatisticsTables.Table seed(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> communities = em.createNativeQuery(
                    "select cast(id as varchar), health_authority from community order by name, id", Object[].class)
                    .getResultList();
            Map<String, String> healthAuthorityOf = new LinkedHashMap<>();
            communities.forEach(row -> healthAuthorityOf.put((String) row[0], (String) row[1]));
            List<String> authorities = List.of("FRASER", "INTERIOR", "ISLAND", "NORTHERN", "VANCOUVER_COASTAL");
            StatisticsTables.Table table = StatisticsTables.generate(new Random(2001), authorities, healthAuthorityOf,
                    FIRST, MONTHS, true);
            long stored = ((Number) em.createNativeQuery("select count(*) from statistics_month where month = :m")
                    .setParameter("m", FIRST).getSingleResult()).longValue();
            if (stored == 0) {
                for (MonthFigures row : table.rows()) {
                    insert(em, row, row.registered() >= 10 ? 4 : null);
                }
            }
            return table;
        });
    }

    private static void insert(EntityManager em, MonthFigures r, Integer accepting) {
        // wait days are stored only with 10 or more attached (as the job does); provider figures now and then
        boolean days = r.attached() >= 10;
        List<Object> values = new ArrayList<>(List.of(r.month(), r.level(), r.code(), r.waitingStart(), r.registered(),
                r.returned(), r.movedIn(), r.movedOut(), r.attached(), r.withdrawn(), r.expired(), r.merged(),
                r.movedAway(), r.waitingEnd(), r.waitingUnder3Months(), r.waiting3To6Months(), r.waiting6To12Months(),
                r.waiting12To24Months(), r.waitingOver24Months(), r.spacesUsed(), Timestamp.from(r.computedAt())));
        var query = em.createNativeQuery("""
                insert into statistics_month (month, area_level, area_code, waiting_start, registered, returned,
                    moved_in, moved_out, attached, withdrawn, expired, merged, moved_away, waiting_end,
                    waiting_under_3_months, waiting_3_to_6_months, waiting_6_to_12_months, waiting_12_to_24_months,
                    waiting_over_24_months, spaces_used, computed_at, wait_median_days, wait_p90_days,
                    providers_accepting, spaces_offered)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                    %s, %s, %s, %s)""".formatted(days ? "41.5" : "null", days ? "120.0" : "null",
                accepting == null ? "null" : accepting, accepting == null ? "null" : "40"));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        query.executeUpdate();
    }
}
