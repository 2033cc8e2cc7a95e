package org.openpas.common;

import java.util.Locale;

/** Builds LIKE patterns from user text, escaping the wildcards it may contain. */
public final class Like {
    private Like() {
    }

    public static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Text that starts with {@code text}, in any case: FHIR's default string search. */
    public static String startsWith(String text) {
        return contains(text).substring(1);
    }
}
