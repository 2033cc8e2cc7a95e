package org.openpas.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openpas.common.Locales;

/** Every language of the patients' emails has every message, with the same parameters, and nothing else. */
class PatientEmailMessagesTest {


    @Test
    void everyTranslationHasEveryKeyWithTheSameParametersAndNoOther() {
        Set<String> keys = PatientEmailCatalogue.methods().stream().map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (Locale locale : Locales.SUPPORTED) {
            String tag = Locales.tag(locale);
            if (tag.equals("en")) {
                continue; // the annotations
            }
            Properties file = PatientEmailCatalogue.file(tag);
            assertEquals(keys, new TreeSet<>(file.stringPropertyNames()), tag + ": the keys");
            for (Method method : PatientEmailCatalogue.methods()) {
                String english = PatientEmailCatalogue.message("en", method.getName());
                String translated = file.getProperty(method.getName());
                Set<String> parameters = Arrays.stream(method.getParameters()).map(Parameter::getName)
                        .collect(Collectors.toSet());
                assertEquals(parameters, used(english, parameters), "English " + method.getName());
                assertEquals(parameters, used(translated, parameters), tag + " " + method.getName() + ": " + translated);
                assertFalse(translated.isBlank() || translated.equals(english), tag + " " + method.getName());
            }
        }
    }

    /** The parameters a message template uses (in an expression or a section's condition). */
    private static Set<String> used(String template, Set<String> parameters) {
        Set<String> used = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{[^}]*}").matcher(template);
        while (matcher.find()) {
            for (String word : matcher.group().split("[^A-Za-z0-9_]+")) {
                if (parameters.contains(word)) {
                    used.add(word);
                }
            }
        }
        return used;
    }
}
