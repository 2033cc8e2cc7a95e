package org.openpas.api.beans;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code StatisticsCount} of openapi.yaml: a number of patients, or {@code "<10"} or {@code "x"} when
 * withheld. Written by hand beside the generated beans: the generator cannot make a class of a {@code oneOf}
 * of an integer and a string, yet the beans it generates refer to this one.
 */
public final class StatisticsCount {

    public static final StatisticsCount LESS_THAN_10 = new StatisticsCount("<10");
    public static final StatisticsCount WITHHELD = new StatisticsCount("x");

    private final Object value;

    private StatisticsCount(Object value) {
        this.value = value;
    }

    public static StatisticsCount of(long count) {
        return new StatisticsCount(count);
    }

    /** A long, or the string "<10" or "x"; as JSON, a number or a string. */
    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
