package org.openpas.api.beans;

/** The {@code StatisticsChange} of openapi.yaml: a change in a number of patients (may be negative), or {@code "x"}. */
public final class StatisticsChange extends WithheldOrCount {

    public static final StatisticsChange WITHHELD = new StatisticsChange("x");

    private StatisticsChange(Object value) {
        super(value);
    }

    public static StatisticsChange of(long change) {
        return new StatisticsChange(change);
    }
}
