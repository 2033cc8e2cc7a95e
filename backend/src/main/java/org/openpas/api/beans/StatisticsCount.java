package org.openpas.api.beans;

/** The {@code StatisticsCount} of openapi.yaml: a number of patients, or {@code "<10"} or {@code "x"} when withheld. */
public final class StatisticsCount extends WithheldOrCount {

    public static final StatisticsCount LESS_THAN_10 = new StatisticsCount("<10");
    public static final StatisticsCount WITHHELD = new StatisticsCount("x");

    private StatisticsCount(Object value) {
        super(value);
    }

    public static StatisticsCount of(long count) {
        return new StatisticsCount(count);
    }
}
