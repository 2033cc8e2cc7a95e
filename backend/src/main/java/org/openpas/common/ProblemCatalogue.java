package org.openpas.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of problem+json answers ({@code title}, {@code detail}, {@code errors[].message}) in the six
 * languages of {@link Locales}: one UTF-8 properties file per language,
 * {@code src/main/resources/messages/problems_<BCP 47 tag>.properties} ({@code problems_en}, {@code problems_fr},
 * {@code problems_zh-Hans}, {@code problems_zh-Hant}, {@code problems_pa}, {@code problems_tl}). Values name their
 * placeholders, {@code {phn}}, like Qute; a placeholder's value is inserted as it is (ids, field paths, codes).
 * English is the reference: every file has exactly its keys and placeholders (ProblemCatalogueTest).
 *
 * <p>To localise a new problem: add the key to all six files and throw it with {@link Message#of}.
 */
public final class ProblemCatalogue {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Map<Locale, Properties> TEXTS = load();

    private ProblemCatalogue() {
    }

    /** The class-path resource of a language's file. */
    public static String resource(Locale locale) {
        return "messages/problems_" + Locales.tag(locale) + ".properties";
    }

    static boolean has(String key) {
        return TEXTS.get(Locales.ENGLISH).containsKey(key);
    }

    /** The text of {@code key} in {@code locale} (English when that file lacks it), placeholders filled. */
    static String text(Locale locale, String key, Map<String, Object> values) {
        Properties texts = TEXTS.getOrDefault(locale, TEXTS.get(Locales.ENGLISH));
        String template = texts.getProperty(key, TEXTS.get(Locales.ENGLISH).getProperty(key));
        if (template == null) {
            throw new IllegalArgumentException("No problem text " + key);
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = values.containsKey(name) ? String.valueOf(values.get(name)) : placeholder.group();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(text).toString();
    }

    /** The names of the placeholders of a text, in order. */
    public static java.util.List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).toList();
    }

    private static Map<Locale, Properties> load() {
        Map<Locale, Properties> texts = new LinkedHashMap<>();
        for (Locale locale : Locales.SUPPORTED) {
            texts.put(locale, read(resource(locale)));
        }
        return Map.copyOf(texts);
    }

    /** One language's file of a catalogue (this one's, or the patients' emails' in their tests), read as UTF-8. */
    public static Properties read(String resource) {
        try (InputStream in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalogue " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
