package org.openpas.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six languages PAS speaks to patients in (issue 19): English, French, Simplified and Traditional
 * Chinese, Punjabi (Gurmukhi) and Tagalog, as BCP 47 tags. The SPA's catalogues, the API's problems and
 * the patients' emails use the same six; anything else falls back to English.
 */
public final class Locales {

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** In the order the language switcher lists them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.forLanguageTag("fr"),
            Locale.forLanguageTag("zh-Hans"), Locale.forLanguageTag("zh-Hant"), Locale.forLanguageTag("pa"),
            Locale.forLanguageTag("tl"));

    private Locales() {
    }

    /**
     * The supported language closest to a language tag, if any: {@code zh}, {@code zh-CN}, {@code zh-SG} and
     * {@code zh-Hans-*} are Simplified Chinese; {@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-Hant-*} and
     * {@code yue} (Cantonese) Traditional; {@code fil} (Filipino) is Tagalog; {@code pa-IN}, {@code pa-Guru} Punjabi.
     */
    public static Optional<Locale> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String[] parts = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-').split("-");
        String language = parts[0];
        return switch (language) {
            case "en", "fr", "pa", "tl" -> Optional.of(Locale.forLanguageTag(language));
            case "fil" -> Optional.of(Locale.forLanguageTag("tl"));
            case "yue" -> Optional.of(Locale.forLanguageTag("zh-Hant"));
            case "zh" -> Optional.of(Locale.forLanguageTag(traditional(parts) ? "zh-Hant" : "zh-Hans"));
            default -> Optional.empty();
        };
    }

    private static boolean traditional(String[] subtags) {
        for (int i = 1; i < subtags.length; i++) {
            switch (subtags[i]) {
                case "hant", "tw", "hk", "mo" -> {
                    return true;
                }
                case "hans" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The language to answer an {@code Accept-Language} header in: the first range, by weight, that
     * matches a supported language; English when none does or the header is absent or malformed.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Locale> match = match(range.getRange());
                    if (match.isPresent()) {
                        return match.get();
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ENGLISH;
    }

    /** The BCP 47 tag PAS uses for a supported locale: {@code en}, {@code fr}, {@code zh-Hans}, ... */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }
}
