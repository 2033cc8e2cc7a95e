package org.openpas.api.beans;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What {@link StatisticsCount} and {@link StatisticsChange} share: a number, or the mark of a withheld one
 * ({@code "<10"}, {@code "x"}); as JSON, a number or a string. Written by hand beside the generated beans: the
 * generator cannot make a class of a {@code oneOf} of an integer and a string, yet the beans it generates refer
 * to both.
 */
abstract class WithheldOrCount {

    private final Object value;

    WithheldOrCount(Object value) {
        this.value = value;
    }

    /** A long, or the mark of a withheld count. */
    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
