package org.openpas.api.beans;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code StatisticsChange} of openapi.yaml: a change in a number of patients (may be negative), or {@code "x"} when
 * withheld. Written by hand beside the generated beans: the generator cannot make a class of a {@code oneOf}
 * of an integer and a string, yet the beans it generates refer to this one.
 */
public final class StatisticsChange {

    public static final StatisticsChange WITHHELD = new StatisticsChange("x");

    private final Object value;

    private StatisticsChange(Object value) {
        this.value = value;
    }

    public static StatisticsChange of(long count) {
        return new StatisticsChange(count);
    }

    /** A long or the string "x"; as JSON, a number or a string. */
    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
