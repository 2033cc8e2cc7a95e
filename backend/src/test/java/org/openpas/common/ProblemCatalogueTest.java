package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The problem catalogue: six files with exactly the English keys, each text with the English placeholders. */
class ProblemCatalogueTest {

    private static final java.util.List<String> FILES = java.util.List.of("en", "fr", "zh-Hans", "zh-Hant", "pa", "tl");

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndPlaceholders() {
        Properties english = ProblemLanguageTest.catalogue("en");
        for (String tag : FILES) {
            Properties texts = ProblemLanguageTest.catalogue(tag);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    "the keys of problems_" + tag);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(texts.getProperty(key)),
                        "the placeholders of " + key + " in problems_" + tag);
                assertFalse(texts.getProperty(key).isBlank(), key + " in problems_" + tag);
            }
        }
    }

    @Test
    void theFilesAreTheSupportedLanguages() {
        assertEquals(FILES, Locales.SUPPORTED.stream().map(Locales::tag).toList());
        for (Locale locale : Locales.SUPPORTED) {
            assertEquals("messages/problems_" + Locales.tag(locale) + ".properties", ProblemCatalogue.resource(locale));
        }
    }

    @Test
    void placeholdersAreFilledOnceWithTheirValuesAsTheyAre() {
        Message message = Message.of("problem.unknownField", "field", "a{field}$1");
        assertEquals("The field 'a{field}$1' is not part of this request.", message.in(Locales.ENGLISH));
        assertEquals("Le champ « a{field}$1 » ne fait pas partie de cette requête.", message.in(Locale.forLanguageTag("fr")));
    }

    @Test
    void aMessageWithoutKeyInTheCatalogueIsEnglishOnly() {
        Message literal = Message.literal("Staff only.");
        assertFalse(literal.localizable());
        assertEquals("Staff only.", literal.in(Locale.forLanguageTag("pa")));
        ProblemException notFound = ProblemException.notFound("Audit event", 7);
        assertFalse(notFound.detailMessage().localizable());
        assertEquals("Audit event 7 does not exist or is not visible to you.", notFound.detailMessage().in(Locale.forLanguageTag("fr")));
    }

    private static java.util.List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(text).results()
                .map(m -> m.group(1)).sorted().toList();
    }
}
