package org.openpas.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An attacker holds every published figure of a table and every relation they satisfy (row identity,
 * net change, start = previous end, the bands, the geography, the moves) and tries to recover each
 * {@code <10}: (a) linear algebra over the withheld unknowns, (b) bounds ({@code <10} is 1..9, an {@code x}
 * count 0 or at least 10, as 1..9 would be {@code <10}) propagated to a fixpoint. Over many generated tables, many of them full of small numbers,
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

    /**
     * The attacker knows the rule: an {@code x} count is never 1..9 (that would be {@code <10}). Fraser's 11
     * registered = c0's 1 ({@code <10}) + c1's 10 ({@code x}): c1 is 10 (2..10 without 1..9), so c0 is 1.
     * An attacker who took {@code x} for anything from 0 could not tell, and missed such leaks.
     */
    @Test
    void anXCountIsKnownToBeZeroOrAtLeastTen() {
        LocalDate month = LocalDate.of(2025, 1, 1);
        List<MonthFigures> rows = List.of(registered(month, MonthFigures.PROVINCE, "BC", 200, 11),
                registered(month, MonthFigures.HEALTH_AUTHORITY, "FRASER", 200, 11),
                registered(month, MonthFigures.COMMUNITY, "c0", 100, 1),
                registered(month, MonthFigures.COMMUNITY, "c1", 100, 10));
        Suppression table = Suppression.of(rows, Map.of("c0", "FRASER", "c1", "FRASER"), false);
        int c0 = table.cell(0, table.areas.indexOf(new Suppression.Area(MonthFigures.COMMUNITY, "c0")),
                Suppression.Measure.REGISTERED);
        int c1 = table.cell(0, table.areas.indexOf(new Suppression.Area(MonthFigures.COMMUNITY, "c1")),
                Suppression.Measure.REGISTERED);
        assertEquals(Suppression.Mark.PRIMARY, table.marks[c0]);
        table.marks[c1] = Suppression.Mark.COMPLEMENTARY;
        Suppression.Relation sum = table.relations.stream().filter(r -> r.cells().length == 3
                && Arrays.stream(r.cells()).anyMatch(c -> c == c0) && Arrays.stream(r.cells()).anyMatch(c -> c == c1))
                .findFirst().orElseThrow();
        assertEquals(List.of(c0), new Attack(table, List.of(sum)).narrowedPrimaries());
    }

    /** An area-month with {@code start} waiting and {@code registered} more, nothing else. */
    private static MonthFigures registered(LocalDate month, String level, String code, long start, long registered) {
        long end = start + registered;
        return new MonthFigures(month, level, code, start, registered, 0, 0, 0, 0, 0, 0, 0, 0, end, end, 0, 0, 0, 0,
                null, null, null, null, 0, Instant.EPOCH);
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
