package org.openpas.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;

/**
 * Problems of the patients' operations in the caller's Accept-Language (issue 19): title, detail and
 * errors[].message are the catalogue's text for that language, Content-Language names it, and anything
 * unsupported or malformed gets English. Expected texts are read from the catalogue files.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static final String PATIENTS = "/api/v1/patients";

    @ParameterizedTest
    @CsvSource({"fr-CA, fr", "pa, pa", "zh-TW, zh-Hant", "'de, tl;q=0.5', tl"})
    void aPatientsProblemsAreInTheirLanguage(String acceptLanguage, String tag) {
        Properties texts = catalogue(tag);
        String me = UUID.randomUUID().toString();

        String withoutPhn = Registrations.body("PHN", "SELF", Registrations.vancouver(), "", true)
                .replace("\"phn\": \"PHN\", ", "");
        localized(Api.invalidAs(me, Roles.PATIENT).header("Accept-Language", acceptLanguage).body(withoutPhn)
                .when().post(PATIENTS).then(), 400, tag, texts)
                .body("detail", equalTo(text(texts, "problem.invalidFields", "fields", "phn")))
                .body("errors.field", contains("phn"))
                .body("errors.message", contains(text(texts, "constraint.NotNull")));

        String phn = wrongCheckDigit(Registrations.phn());
        localized(Api.as(me, Roles.PATIENT).header("Accept-Language", acceptLanguage)
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS).then(), 400, tag, texts)
                .body("detail", equalTo(text(texts, "patient.phnInvalid", "phn", phn)))
                .body("errors.field", contains("phn"))
                .body("errors.message", contains(text(texts, "field.phnCheckDigit")));

        String unknown = Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true)
                .replaceFirst("\\{", "{\"nickname\": \"Pat\", ");
        localized(Api.invalidAs(me, Roles.PATIENT).header("Accept-Language", acceptLanguage).body(unknown)
                .when().post(PATIENTS).then(), 400, tag, texts)
                .body("detail", equalTo(text(texts, "problem.unknownField", "field", "nickname")))
                .body("errors.field", contains("nickname"))
                .body("errors.message", contains(text(texts, "field.unknownProperty")));

        String someoneElses = Registrations.register(UUID.randomUUID().toString(), Registrations.vancouver(), "SELF", "");
        localized(Api.as(me, Roles.PATIENT).header("Accept-Language", acceptLanguage)
                .when().get(PATIENTS + "/" + someoneElses).then(), 404, tag, texts)
                .body("detail", equalTo(text(texts, "notFound.patient", "id", someoneElses)));

        localized(Api.anonymous().header("Accept-Language", acceptLanguage)
                .when().get(PATIENTS + "/" + someoneElses).then(), 401, tag, texts)
                .body("detail", equalTo(text(texts, "problem.signIn")));
    }

    @ParameterizedTest
    @CsvSource({"de", "'fr;q=abc'", "'@@@, ??'", "''"})
    void otherOrMalformedLanguagesGetEnglish(String acceptLanguage) {
        Properties english = catalogue("en");
        String phn = wrongCheckDigit(Registrations.phn());
        localized(Api.as(UUID.randomUUID().toString(), Roles.PATIENT).header("Accept-Language", acceptLanguage)
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS).then(), 400, "en", english)
                .body("detail", equalTo("The PHN " + phn + " is not a valid Personal Health Number."))
                .body("errors.message", contains("fails the PHN check digit"));
    }

    @Test
    void aProblemWithoutCatalogueTextStaysEnglish() {
        // Staff problems need not be localised: notFound.provider is not in the catalogue, so all of it is English.
        String id = UUID.randomUUID().toString();
        localized(Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).header("Accept-Language", "fr")
                .when().get("/api/v1/providers/" + id).then(), 404, "en", catalogue("en"))
                .body("detail", equalTo("Provider " + id + " does not exist or is not visible to you."));
    }

    private static ValidatableResponse localized(ValidatableResponse response, int status, String tag, Properties texts) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE)
                .header("Content-Language", tag)
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("title", equalTo(texts.getProperty("title." + status)));
    }

    /** The last digit changed: a PHN of the right shape whose check digit is wrong. */
    private static String wrongCheckDigit(String phn) {
        int last = phn.charAt(9) - '0';
        return phn.substring(0, 9) + (last + 1) % 10;
    }

    private static String text(Properties texts, String key, String... namesAndValues) {
        String text = texts.getProperty(key);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    static Properties catalogue(String tag) {
        try (InputStream in = ProblemLanguageTest.class.getClassLoader()
                .getResourceAsStream("messages/problems_" + tag + ".properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
