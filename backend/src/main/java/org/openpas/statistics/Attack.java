package org.openpas.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What someone holding every published figure can work out about the withheld ones from a set of
 * relations: the withheld cells are the unknowns, the published ones move to the right-hand side.
 * {@link Suppression} runs it on a month and the one before to decide what else to withhold; the attack
 * test runs it on the whole table.
 */
final class Attack {

    private static final double EPSILON = 1e-9;
    private static final int MAX_PASSES = 500;

    private final Suppression table;
    private final List<Suppression.Relation> relations;
    private final Map<Integer, Integer> unknown = new LinkedHashMap<>();
    private final List<Integer> cells = new ArrayList<>();

    Attack(Suppression table, List<Suppression.Relation> relations) {
        this.table = table;
        this.relations = relations;
        for (Suppression.Relation relation : relations) {
            for (int c : relation.cells()) {
                if (table.withheld(c) && !unknown.containsKey(c)) {
                    unknown.put(c, cells.size());
                    cells.add(c);
                }
            }
        }
    }

    /** The {@code <10} cells that are determined or left with fewer than two values, lowest cell first. */
    static List<Integer> exposedPrimaries(Suppression table, List<Suppression.Relation> linear,
            List<Suppression.Relation> bounded) {
        List<Integer> exposed = new ArrayList<>(new Attack(table, linear).determinedPrimaries());
        new Attack(table, bounded).narrowedPrimaries().stream().filter(c -> !exposed.contains(c)).forEach(exposed::add);
        exposed.sort(null);
        return exposed;
    }

    int unknowns() {
        return cells.size();
    }

    /**
     * Linear algebra: the {@code <10} cells whose unit vector lies in the row space of the system (the
     * reduced row echelon form has a row with that single unknown). Coefficients are small integers
     * (the relations are ±1 sums), so partial pivoting in doubles with a tolerance is exact enough here.
     */
    List<Integer> determinedPrimaries() {
        int n = cells.size();
        if (n == 0) {
            return List.of();
        }
        List<double[]> rows = new ArrayList<>();
        for (Suppression.Relation relation : relations) {
            double[] row = new double[n];
            boolean any = false;
            for (int i = 0; i < relation.cells().length; i++) {
                Integer u = unknown.get(relation.cells()[i]);
                if (u != null) {
                    row[u] += relation.coefficients()[i];
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] a = rows.toArray(new double[0][]);
        int rank = 0;
        int[] pivotColumn = new int[a.length];
        for (int col = 0; col < n && rank < a.length; col++) {
            int pivot = -1;
            double best = EPSILON;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][col]) > best) {
                    best = Math.abs(a[r][col]);
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            double p = a[rank][col];
            for (int k = col; k < n; k++) {
                a[rank][k] /= p;
            }
            for (int r = 0; r < a.length; r++) {
                if (r != rank && Math.abs(a[r][col]) > EPSILON) {
                    double f = a[r][col];
                    for (int k = col; k < n; k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            pivotColumn[rank] = col;
            rank++;
        }
        List<Integer> determined = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (int k = 0; k < n && nonZero < 2; k++) {
                nonZero += Math.abs(a[r][k]) > EPSILON ? 1 : 0;
            }
            int cell = cells.get(pivotColumn[r]);
            if (nonZero == 1 && table.marks[cell] == Suppression.Mark.PRIMARY) {
                determined.add(cell);
            }
        }
        return determined;
    }

    /**
     * Bounds ({@link #bounds}): {@code <10} is 1..9, an {@code x} count 0 or at least 10 (a change:
     * anything); each relation narrows each of its unknowns from the others' bounds, until nothing changes.
     * The {@code <10} cells left with fewer than two whole values.
     */
    List<Integer> narrowedPrimaries() {
        double[][] bounds = bounds();
        List<Integer> narrowed = new ArrayList<>();
        for (int u = 0; u < cells.size(); u++) {
            if (table.marks[cells.get(u)] == Suppression.Mark.PRIMARY && bounds[1][u] - bounds[0][u] < 1 - EPSILON) {
                narrowed.add(cells.get(u));
            }
        }
        return narrowed;
    }

    /**
     * [0] the lowest, [1] the highest value each unknown can have, after propagation to a fixpoint. What
     * the attacker knows besides the relations: a {@code <10} is 1..9; an {@code x} count is never 1..9
     * (those are {@code <10}), so it is 0 or at least 10; an {@code x} attached count is 0 exactly when its
     * month shows no waitDays (shown from 10 attached); a change is anything.
     */
    double[][] bounds() {
        int n = cells.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] zeroOrTen = new boolean[n];
        for (int u = 0; u < n; u++) {
            int cell = cells.get(u);
            boolean primary = table.marks[cell] == Suppression.Mark.PRIMARY;
            boolean change = table.measureOf(cell).isChange();
            lo[u] = primary ? 1 : change ? Double.NEGATIVE_INFINITY : 0;
            hi[u] = primary ? 9 : Double.POSITIVE_INFINITY;
            zeroOrTen[u] = !primary && !change;
            if (zeroOrTen[u] && table.measureOf(cell) == Suppression.Measure.ATTACHED) {
                boolean noWaitDays = table.values[cell] < MonthSnapshot.PERCENTILES_FROM;
                lo[u] = noWaitDays ? 0 : MonthSnapshot.PERCENTILES_FROM;
                hi[u] = noWaitDays ? 0 : Double.POSITIVE_INFINITY;
            }
        }
        List<int[]> unknownsOf = new ArrayList<>();
        List<int[]> coefficientsOf = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        for (Suppression.Relation relation : relations) {
            List<Integer> us = new ArrayList<>();
            List<Integer> ks = new ArrayList<>();
            double known = 0;
            for (int i = 0; i < relation.cells().length; i++) {
                int c = relation.cells()[i];
                Integer u = unknown.get(c);
                if (u == null) {
                    known -= relation.coefficients()[i] * (double) table.values[c];
                } else {
                    us.add(u);
                    ks.add(relation.coefficients()[i]);
                }
            }
            if (!us.isEmpty()) {
                unknownsOf.add(us.stream().mapToInt(Integer::intValue).toArray());
                coefficientsOf.add(ks.stream().mapToInt(Integer::intValue).toArray());
                rhs.add(known);
            }
        }
        boolean changed = true;
        for (int pass = 0; changed && pass < MAX_PASSES; pass++) {
            changed = false;
            for (int r = 0; r < unknownsOf.size(); r++) {
                int[] us = unknownsOf.get(r);
                int[] ks = coefficientsOf.get(r);
                for (int i = 0; i < us.length; i++) {
                    // ks[i] * x = rhs - sum of the others
                    double othersMin = 0;
                    double othersMax = 0;
                    for (int j = 0; j < us.length; j++) {
                        if (j != i) {
                            othersMin += ks[j] > 0 ? ks[j] * lo[us[j]] : ks[j] * hi[us[j]];
                            othersMax += ks[j] > 0 ? ks[j] * hi[us[j]] : ks[j] * lo[us[j]];
                        }
                    }
                    double a = (rhs.get(r) - othersMax) / ks[i];
                    double b = (rhs.get(r) - othersMin) / ks[i];
                    double newLo = Math.ceil(Math.min(a, b) - EPSILON);
                    double newHi = Math.floor(Math.max(a, b) + EPSILON);
                    if (zeroOrTen[us[i]]) {
                        newLo = newLo > 0 && newLo < 10 ? 10 : newLo;
                        newHi = newHi >= 0 && newHi < 10 ? 0 : newHi;
                    }
                    if (!Double.isNaN(newLo) && newLo > lo[us[i]]) {
                        lo[us[i]] = newLo;
                        changed = true;
                    }
                    if (!Double.isNaN(newHi) && newHi < hi[us[i]]) {
                        hi[us[i]] = newHi;
                        changed = true;
                    }
                }
            }
        }
        return new double[][] {lo, hi};
    }
}
