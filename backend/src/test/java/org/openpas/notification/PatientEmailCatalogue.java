package org.openpas.notification;

import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.openpas.common.ProblemCatalogue;

/**
 * The patients' emails as written, read without Quarkus: the English messages of {@link PatientEmailMessages}'s
 * annotations and the translations in {@code messages/patientEmail_<tag>.properties}. Tests expect these words.
 */
final class PatientEmailCatalogue {

    private PatientEmailCatalogue() {
    }

    /** The file of a translation ({@code fr}, {@code zh-Hant}, ...): English is in the annotations. */
    static Properties file(String tag) {
        return ProblemCatalogue.read("messages/patientEmail_" + tag + ".properties");
    }

    /** The message template of {@code key} in the language of {@code tag}, as written. */
    static String message(String tag, String key) {
        if (tag.equals("en")) {
            return Arrays.stream(PatientEmailMessages.class.getMethods()).filter(m -> m.getName().equals(key))
                    .findFirst().map(m -> m.getAnnotation(Message.class).value())
                    .orElseThrow(() -> new AssertionError("No message " + key));
        }
        String message = file(tag).getProperty(key);
        if (message == null) {
            throw new AssertionError("No " + key + " in " + tag);
        }
        return message;
    }

    /** The keys, one per method of the bundle. */
    static List<Method> methods() {
        return Arrays.stream(PatientEmailMessages.class.getDeclaredMethods()).toList();
    }

    /**
     * The fixed words of a message: what is left between its expressions, without its {@code {#if}} sections
     * (a plural's forms), each as it must appear in the email.
     */
    static List<String> words(String template) {
        String withoutSections = template.replaceAll("\\{#if [^}]*}.*?\\{/if}", "\u0000");
        return Arrays.stream(withoutSections.split("\\{[^}]*}|\u0000")).map(String::strip)
                .filter(words -> words.length() > 1).toList();
    }

    /** Words as the HTML part escapes them. */
    static String html(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
