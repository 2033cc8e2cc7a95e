package org.openpas.api.beans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The {@code Locale} of openapi.yaml: a language PAS writes to patients in, by its BCP 47 tag. Written by hand
 * beside the generated beans: the generator would name the constants {@code zh-Hans} and {@code zh-Hant}, which
 * Java does not allow; the contract declares it as a {@code oneOf} so that the generated beans refer to this one.
 */
public enum Locale {
    EN("en"), FR("fr"), ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), PA("pa"), TL("tl");

    private final String tag;

    Locale(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String value() {
        return tag;
    }

    /** The constant of a tag as the contract spells it; an unknown tag is refused like any unknown enum value. */
    @JsonCreator
    public static Locale fromValue(String tag) {
        return Arrays.stream(values()).filter(locale -> locale.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown locale: " + tag));
    }

    @Override
    public String toString() {
        return tag;
    }
}
