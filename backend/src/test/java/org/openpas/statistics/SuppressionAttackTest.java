package org.openpas.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An attacker holds every published figure of a table and every relation they satisfy (row identity,
 * net change, start = previous end, the bands, the geography, the moves) and tries to recover each
 * {@code <10}: (a) linear algebra over the withheld unknowns, (b) bounds ({@code <10} is 1..9, {@code x}
 * at least 0) propagated to a fixpoint. Over many generated tables, many of them full of small numbers,
 * no {@code <10} is determined and each keeps at least two possible values. The control: without
 * complementary suppression the same attacker does recover cells, so the attack can fail the test.
 */
class SuppressionAttackTest {

    private static final int TABLES = 400;

    @Test
    void noWithheldCountCanBeWorkedOutFromThePublishedFigures() {
        Random random = new Random(17);
        int primaries = 0;
        int complementary = 0;
        int unknowns = 0;
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            StatisticsTables.Table table = StatisticsTables.generate(random, t % 4 != 3);
            Suppression published = Suppression.of(table.rows(), table.healthAuthorityOf(), true);
            Attack attack = new Attack(published, published.relations);
            unknowns += attack.unknowns();
            for (Suppression.Mark mark : published.marks) {
                primaries += mark == Suppression.Mark.PRIMARY ? 1 : 0;
                complementary += mark == Suppression.Mark.COMPLEMENTARY ? 1 : 0;
            }
            List<Integer> determined = attack.determinedPrimaries();
            List<Integer> narrowed = attack.narrowedPrimaries();
            if (!determined.isEmpty() || !narrowed.isEmpty()) {
                failures.add("table " + t + ": determined " + determined + ", fewer than 2 values " + narrowed);
            }
        }
        System.out.printf("Suppression attack: %d tables, %d <10 cells and %d x cells attacked (%d unknowns); "
                + "%d tables with a recovered cell%n", TABLES, primaries, complementary, unknowns, failures.size());
        assertTrue(primaries > 1000, "the tables have many small cells: " + primaries);
        assertEquals(List.of(), failures);
    }

    @Test
    void withoutComplementarySuppressionTheAttackerRecoversCells() {
        Random random = new Random(17);
        int recovered = 0;
        int exposedTables = 0;
        for (int t = 0; t < 100; t++) {
            StatisticsTables.Table table = StatisticsTables.generate(random, true);
            Suppression primaryOnly = Suppression.of(table.rows(), table.healthAuthorityOf(), false);
            Attack attack = new Attack(primaryOnly, primaryOnly.relations);
            int found = attack.determinedPrimaries().size();
            for (int cell : attack.determinedPrimaries()) {
                assertTrue(primaryOnly.values[cell] >= 1 && primaryOnly.values[cell] <= 9);
            }
            recovered += found;
            exposedTables += found > 0 || !attack.narrowedPrimaries().isEmpty() ? 1 : 0;
        }
        System.out.printf("Suppression control (no complementary): %d of 100 tables exposed, %d <10 cells "
                + "determined%n", exposedTables, recovered);
        assertTrue(exposedTables > 50, "primary suppression alone leaks: " + exposedTables);
    }

    /** A published month never changes: the marks of the first months are the same with a month more. */
    @Test
    void publishedMonthsKeepTheirMarksWhenAMonthIsAdded() {
        Random random = new Random(5);
        for (int t = 0; t < 100; t++) {
            StatisticsTables.Table table = StatisticsTables.generate(random, true);
            Suppression all = Suppression.of(table.rows(), table.healthAuthorityOf(), true);
            var last = all.months.get(all.months.size() - 1);
            List<MonthFigures> earlier = table.rows().stream().filter(row -> row.month().isBefore(last)).toList();
            Suppression before = Suppression.of(earlier, table.healthAuthorityOf(), true);
            for (MonthFigures row : earlier) {
                for (Suppression.Measure measure : Suppression.Measure.values()) {
                    assertEquals(before.mark(row.month(), row.level(), row.code(), measure),
                            all.mark(row.month(), row.level(), row.code(), measure), row + " " + measure);
                }
            }
        }
    }

    @Test
    void countsOfOneToNineArePrimaryAndZeroIsShown() {
        StatisticsTables.Table table = StatisticsTables.generate(new Random(3), true);
        Suppression published = Suppression.of(table.rows(), table.healthAuthorityOf(), true);
        for (int cell = 0; cell < published.values.length; cell++) {
            long value = published.values[cell];
            boolean change = published.measureOf(cell) == Suppression.Measure.NET_CHANGE;
            if (value == 0) {
                assertTrue(published.marks[cell] != Suppression.Mark.PRIMARY);
            } else if (value <= 9 && !change) {
                assertEquals(Suppression.Mark.PRIMARY, published.marks[cell]);
            }
        }
    }
}
