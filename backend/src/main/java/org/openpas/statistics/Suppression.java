package org.openpas.statistics;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Which published counts are withheld (docs/statistics.md, "Withheld counts"). A count of 1 to 9 patients
 * is PRIMARY ({@code <10}); a COMPLEMENTARY count ({@code x}) is withheld only so that no {@code <10} can be
 * worked out from the relations the public figures satisfy ({@link #relations}).
 *
 * <p>Months are processed oldest first and a month's marks never change afterwards, so a published month
 * stays as published when the next one is added. In each month, until nothing changes: (1) a relation
 * with exactly one withheld cell gets a second one, the smallest non-zero cell of the month in it; (2) an
 * attacker's check (linear algebra over this month and the one before, then bounds over every month so far:
 * {@code <10} is 1..9, an {@code x} count 0 or at least 10) must leave every {@code <10} undetermined with at least two possible values, else
 * the smallest non-zero cell of the month linked to the exposed one is withheld. Rule (1) alone is the
 * textbook rule; (2) catches what it misses (two {@code <10} in one sum of 2, a cycle of sums).
 * Everything is ordered (months, areas by level and code, measures), so every API instance computes the
 * same marks. Pure: no database, no CDI.
 */
public final class Suppression {

    /** How a published cell is shown. */
    public enum Mark { NONE, PRIMARY, COMPLEMENTARY }

    /** The published counts of an area-month, in the fixed order used to break ties. */
    public enum Measure {
        WAITING_START(MonthFigures::waitingStart), REGISTERED(MonthFigures::registered),
        RETURNED(MonthFigures::returned), MOVED_IN(MonthFigures::movedIn), MOVED_OUT(MonthFigures::movedOut),
        ATTACHED(MonthFigures::attached), WITHDRAWN(MonthFigures::withdrawn), EXPIRED(MonthFigures::expired),
        MERGED(MonthFigures::merged), MOVED_AWAY(MonthFigures::movedAway),
        NET_CHANGE(f -> f.waitingEnd() - f.waitingStart()), WAITING_END(MonthFigures::waitingEnd),
        UNDER_3_MONTHS(MonthFigures::waitingUnder3Months), FROM_3_TO_6_MONTHS(MonthFigures::waiting3To6Months),
        FROM_6_TO_12_MONTHS(MonthFigures::waiting6To12Months), FROM_12_TO_24_MONTHS(MonthFigures::waiting12To24Months),
        OVER_24_MONTHS(MonthFigures::waitingOver24Months), SPACES_USED(MonthFigures::spacesUsed);

        final ToLongFunction<MonthFigures> of;

        Measure(ToLongFunction<MonthFigures> of) {
            this.of = of;
        }

        /** A change, not a number of patients: never {@code <10}, may be negative. */
        boolean isChange() {
            return this == NET_CHANGE;
        }
    }

    /** An area of the table. */
    public record Area(String level, String code) {
    }

    /** Cells (indexes) whose values, times the coefficients, sum to zero. */
    record Relation(int[] cells, int[] coefficients, int month) {

        static final class Builder {
            private final int month;
            private final List<Integer> cells = new ArrayList<>();
            private final List<Integer> coefficients = new ArrayList<>();

            Builder(int month) {
                this.month = month;
            }

            Builder add(int cell, int coefficient) {
                cells.add(cell);
                coefficients.add(coefficient);
                return this;
            }

            Relation build() {
                return new Relation(cells.stream().mapToInt(Integer::intValue).toArray(),
                        coefficients.stream().mapToInt(Integer::intValue).toArray(), month);
            }
        }
    }

    private static final Measure[] MEASURES = Measure.values();
    private static final int M = MEASURES.length;
    private static final List<Measure> ROW_PLUS = List.of(Measure.WAITING_START, Measure.REGISTERED, Measure.RETURNED,
            Measure.MOVED_IN);
    private static final List<Measure> ROW_MINUS = List.of(Measure.MOVED_OUT, Measure.ATTACHED, Measure.WITHDRAWN,
            Measure.EXPIRED, Measure.MERGED, Measure.MOVED_AWAY, Measure.WAITING_END);
    private static final List<Measure> BANDS = List.of(Measure.UNDER_3_MONTHS, Measure.FROM_3_TO_6_MONTHS,
            Measure.FROM_6_TO_12_MONTHS, Measure.FROM_12_TO_24_MONTHS, Measure.OVER_24_MONTHS);

    final List<LocalDate> months;
    final List<Area> areas;
    final long[] values;
    final Mark[] marks;
    final List<Relation> relations = new ArrayList<>();
    private final Map<Area, Integer> areaIndex = new HashMap<>();
    private final Map<LocalDate, Integer> monthIndex = new HashMap<>();
    /** Relations by the cells they contain. */
    private final Map<Integer, List<Relation>> relationsOf = new HashMap<>();

    private Suppression(List<MonthFigures> rows, Map<String, String> healthAuthorityOf) {
        months = List.copyOf(new TreeSet<>(rows.stream().map(MonthFigures::month).toList()));
        TreeSet<Area> sorted = new TreeSet<>(Comparator.comparing((Area a) -> levelRank(a.level()))
                .thenComparing(Area::code));
        rows.forEach(row -> sorted.add(new Area(row.level(), row.code())));
        areas = List.copyOf(sorted);
        for (int i = 0; i < areas.size(); i++) {
            areaIndex.put(areas.get(i), i);
        }
        for (int i = 0; i < months.size(); i++) {
            monthIndex.put(months.get(i), i);
        }
        values = new long[months.size() * areas.size() * M];
        marks = new Mark[values.length];
        Arrays.fill(marks, Mark.NONE);
        for (MonthFigures row : rows) {
            for (Measure measure : MEASURES) {
                values[cell(monthIndex.get(row.month()), areaIndex.get(new Area(row.level(), row.code())), measure)] =
                        measure.of.applyAsLong(row);
            }
        }
        for (int m = 0; m < months.size(); m++) {
            addRelations(m, healthAuthorityOf);
        }
    }

    /**
     * The marks of every cell of the table.
     *
     * @param rows every stored row (all areas, all months)
     * @param healthAuthorityOf each community's code to its health authority's code
     * @param complementary false only for the attack test's control (primary suppression alone)
     */
    public static Suppression of(List<MonthFigures> rows, Map<String, String> healthAuthorityOf, boolean complementary) {
        Suppression table = new Suppression(rows, healthAuthorityOf);
        for (int m = 0; m < table.months.size(); m++) {
            table.suppress(m, complementary);
        }
        return table;
    }

    public Mark mark(LocalDate month, String level, String code, Measure measure) {
        Integer m = monthIndex.get(month);
        Integer a = areaIndex.get(new Area(level, code));
        return m == null || a == null ? Mark.NONE : marks[cell(m, a, measure)];
    }

    int cell(int month, int area, Measure measure) {
        return (month * areas.size() + area) * M + measure.ordinal();
    }

    int monthOf(int cell) {
        return cell / (areas.size() * M);
    }

    Measure measureOf(int cell) {
        return MEASURES[cell % M];
    }

    boolean withheld(int cell) {
        return marks[cell] != Mark.NONE;
    }

    private static int levelRank(String level) {
        return switch (level) {
            case MonthFigures.PROVINCE -> 0;
            case MonthFigures.HEALTH_AUTHORITY -> 1;
            default -> 2;
        };
    }

    // ---------------------------------------------------------------- the relations the public can use

    private void addRelations(int m, Map<String, String> healthAuthorityOf) {
        Map<Integer, List<Integer>> communitiesOf = new TreeMap<>();
        List<Integer> authorities = new ArrayList<>();
        Integer province = null;
        for (int index = 0; index < areas.size(); index++) {
            int a = index;
            Area area = areas.get(a);
            switch (area.level()) {
                case MonthFigures.PROVINCE -> province = index;
                case MonthFigures.HEALTH_AUTHORITY -> authorities.add(a);
                default -> {
                    Integer ha = areaIndex.get(new Area(MonthFigures.HEALTH_AUTHORITY, healthAuthorityOf.get(area.code())));
                    if (ha != null) {
                        communitiesOf.computeIfAbsent(ha, k -> new ArrayList<>()).add(a);
                    }
                }
            }
            // start + in - out = end; netChange = end - start; end = the sum of the bands
            Relation.Builder row = new Relation.Builder(m);
            ROW_PLUS.forEach(measure -> row.add(cell(m, a, measure), 1));
            ROW_MINUS.forEach(measure -> row.add(cell(m, a, measure), -1));
            add(row);
            add(new Relation.Builder(m).add(cell(m, a, Measure.NET_CHANGE), 1).add(cell(m, a, Measure.WAITING_END), -1)
                    .add(cell(m, a, Measure.WAITING_START), 1));
            Relation.Builder bands = new Relation.Builder(m).add(cell(m, a, Measure.WAITING_END), 1);
            BANDS.forEach(measure -> bands.add(cell(m, a, measure), -1));
            add(bands);
            // start(m) = end(m-1): the same number, published with the same mark
            if (m > 0 && months.get(m - 1).plusMonths(1).equals(months.get(m))) {
                add(new Relation.Builder(m).add(cell(m, a, Measure.WAITING_START), 1)
                        .add(cell(m - 1, a, Measure.WAITING_END), -1));
            }
        }
        // geography: a health authority is the sum of its communities, the province the sum of the authorities
        for (Measure measure : MEASURES) {
            if (measure == Measure.MOVED_IN || measure == Measure.MOVED_OUT) {
                continue;
            }
            communitiesOf.forEach((ha, communities) -> add(sum(m, ha, communities, measure)));
            if (province != null && !authorities.isEmpty()) {
                add(sum(m, province, authorities, measure));
            }
        }
        // moves: every move out of a community is a move into another; the same between authorities, and an
        // authority's net moves are the net moves of its communities (moves inside it cancel)
        Relation.Builder communityMoves = new Relation.Builder(m);
        Relation.Builder authorityMoves = new Relation.Builder(m);
        for (int ha : authorities) {
            authorityMoves.add(cell(m, ha, Measure.MOVED_IN), 1).add(cell(m, ha, Measure.MOVED_OUT), -1);
            Relation.Builder net = new Relation.Builder(m).add(cell(m, ha, Measure.MOVED_IN), 1)
                    .add(cell(m, ha, Measure.MOVED_OUT), -1);
            for (int c : communitiesOf.getOrDefault(ha, List.of())) {
                net.add(cell(m, c, Measure.MOVED_IN), -1).add(cell(m, c, Measure.MOVED_OUT), 1);
                communityMoves.add(cell(m, c, Measure.MOVED_IN), 1).add(cell(m, c, Measure.MOVED_OUT), -1);
            }
            add(net);
        }
        add(communityMoves);
        add(authorityMoves);
    }

    private Relation.Builder sum(int m, int total, List<Integer> parts, Measure measure) {
        Relation.Builder sum = new Relation.Builder(m).add(cell(m, total, measure), 1);
        parts.forEach(part -> sum.add(cell(m, part, measure), -1));
        return sum;
    }

    private void add(Relation.Builder builder) {
        if (builder.cells.size() < 2) {
            return;
        }
        Relation relation = builder.build();
        relations.add(relation);
        for (int c : relation.cells()) {
            relationsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(relation);
        }
    }

    // ---------------------------------------------------------------- one month

    private void suppress(int m, boolean complementary) {
        int first = cell(m, 0, MEASURES[0]);
        int end = cell(m + 1, 0, MEASURES[0]);
        for (int c = first; c < end; c++) {
            if (fixed(c)) {
                // start(m) is end(m-1), already published: it keeps that cell's mark
                marks[c] = marks[c - M * areas.size() + Measure.WAITING_END.ordinal() - Measure.WAITING_START.ordinal()];
            } else if (!measureOf(c).isChange() && values[c] >= 1 && values[c] <= 9) {
                marks[c] = Mark.PRIMARY;
            }
        }
        if (!complementary) {
            return;
        }
        List<Relation> month = relations.stream().filter(r -> r.month() == m).toList();
        List<Relation> window = relations.stream().filter(r -> r.month() >= m - 1 && r.month() <= m).toList();
        List<Relation> published = relations.stream().filter(r -> r.month() <= m).toList();
        while (true) {
            boolean changed = false;
            for (Relation relation : month) {
                if (withheldIn(relation) == 1) {
                    changed |= withholdNear(relation.cells()[firstWithheld(relation)], m);
                }
            }
            if (changed) {
                continue;
            }
            for (int exposed : Attack.exposedPrimaries(this, window, published)) {
                if (withholdNear(exposed, m)) {
                    changed = true;
                    break; // one more cell may protect the others too: check again
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /** start(m) of a month that follows a published one: its mark is end(m-1)'s. */
    private boolean fixed(int cell) {
        int m = monthOf(cell);
        return measureOf(cell) == Measure.WAITING_START && m > 0
                && months.get(m - 1).plusMonths(1).equals(months.get(m));
    }

    private int withheldIn(Relation relation) {
        int n = 0;
        for (int c : relation.cells()) {
            n += withheld(c) ? 1 : 0;
        }
        return n;
    }

    private int firstWithheld(Relation relation) {
        for (int i = 0; i < relation.cells().length; i++) {
            if (withheld(relation.cells()[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Withholds the smallest non-zero cell of month m (ties: the lower cell index, i.e. area then measure
     * order) in the relations around {@code exposed}, widening through withheld cells until one is found.
     */
    private boolean withholdNear(int exposed, int m) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(exposed));
        java.util.Set<Integer> seen = new java.util.HashSet<>(queue);
        java.util.Set<Relation> visited = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int cell : queue) {
                for (Relation relation : relationsOf.getOrDefault(cell, List.of())) {
                    if (!visited.add(relation)) {
                        continue;
                    }
                    for (int c : relation.cells()) {
                        if (!withheld(c) && monthOf(c) == m && !fixed(c) && better(c, best)) {
                            best = c;
                        } else if (withheld(c) && seen.add(c)) {
                            next.add(c);
                        }
                    }
                }
            }
            if (best >= 0) {
                marks[best] = Mark.COMPLEMENTARY;
                return true;
            }
            queue = new ArrayDeque<>(next);
        }
        return false;
    }

    /** Smallest non-zero value first (a zero only when nothing else is left), then the fixed cell order. */
    private boolean better(int candidate, int best) {
        if (best < 0) {
            return true;
        }
        long a = Math.abs(values[candidate]);
        long b = Math.abs(values[best]);
        if ((a == 0) != (b == 0)) {
            return b == 0;
        }
        return a != b ? a < b : candidate < best;
    }
}
