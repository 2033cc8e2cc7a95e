package org.openpas.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text for the caller that can be said in each of the patients' languages: a {@code key} of the problem
 * catalogue ({@link ProblemCatalogue}, {@code messages/problems_<tag>.properties}) and the named
 * {@code values} of its {@code {placeholders}}.
 *
 * <p>{@code english}, when set, is what English callers get instead of the catalogue's English: a text
 * written elsewhere (Hibernate Validator's message, a literal detail). A message without a key, or whose
 * key the catalogue lacks, is English only ({@link #localizable()} is false) and the problem carrying it is
 * answered in English.
 */
public record Message(String key, Map<String, Object> values, String english) {

    public Message {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code Message.of("patient.phnInvalid", "phn", phn)}: the key, then name and value pairs. */
    public static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs: " + key);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Message(key, values, null);
    }

    /** A text in English only: what existing code throws until someone gives it a key. */
    public static Message literal(String english) {
        return new Message(null, Map.of(), english);
    }

    /** Whether the catalogue can say this in every supported language. */
    public boolean localizable() {
        return key != null && ProblemCatalogue.has(key);
    }

    /** The text in {@code locale}; in English when it is not {@link #localizable()}. */
    public String in(Locale locale) {
        if (english != null && (!localizable() || locale.equals(Locales.ENGLISH))) {
            return english;
        }
        return ProblemCatalogue.text(locale, key, values);
    }
}
