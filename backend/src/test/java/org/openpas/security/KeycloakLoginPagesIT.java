package org.openpas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpas.testing.RealKeycloak;

/**
 * The login pages patients see, on the real Keycloak that {@code make test} starts, in the language the SPA asks for
 * ({@code ui_locales}): the pas realm's sign-in and registration pages and the BC Services Card stand-in's sign-in
 * page, with the theme keycloak.sh installs (keycloak/themes/pas). The expected words are read from the theme's
 * message files.
 */
class KeycloakLoginPagesIT {

    private static final Path MESSAGES = Path.of("keycloak", "themes", "pas", "login", "messages");
    private static final Pattern REGISTRATION_LINK = Pattern.compile("href=\"([^\"]*/login-actions/registration[^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    /** The pas realm's sign-in page, then its registration page (the link on it, in the same login session). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"pa, pa", "tl, tl", "fr, fr", "zh-TW, zh_Hant", "zh-CN, zh_Hans"})
    void signInAndRegistrationInTheAskedLanguage(String locale, String messagesFile) throws Exception {
        Properties messages = messages(messagesFile);
        HttpResponse<String> signIn = get(authorize("pas", "pas-spa", "http://localhost:5173/", locale), "");
        String page = signIn.body();
        assertEquals(200, signIn.statusCode());
        assertTrue(page.contains("lang=\"" + locale + "\""), "the page's lang attribute: " + locale);
        assertLanguageMenu(page, messages);

        Matcher registration = REGISTRATION_LINK.matcher(page);
        assertTrue(registration.find(), "a link to the registration page");
        String cookies = String.join("; ", signIn.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        String register = get(RealKeycloak.URL + registration.group(1).replace("&amp;", "&"), cookies).body();
        assertTrue(register.contains("lang=\"" + locale + "\""), "the registration page's lang attribute: " + locale);
        assertLanguageMenu(register, messages);
        if (messages.containsKey("registerTitle")) {   // Punjabi and Tagalog: PAS's own words
            for (String key : new String[] {"registerTitle", "firstName", "lastName", "passwordConfirm", "doRegister"}) {
                assertContains(register, messages, key);
            }
            for (String key : new String[] {"loginAccountTitle", "usernameOrEmail", "password", "doLogIn", "noAccount"}) {
                assertContains(page, messages, key);
            }
        }
    }

    /** BC Services Card's stand-in, where the pas realm sends a patient on with the same ui_locales. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"pa", "tl"})
    void bcServicesCardSignInInTheAskedLanguage(String locale) throws Exception {
        Properties messages = messages(locale);
        String page = get(authorize("bcsc", "pas-broker", RealKeycloak.URL + "/realms/pas/broker/bcsc/endpoint", locale),
                "").body();
        assertTrue(page.contains("lang=\"" + locale + "\""), "the page's lang attribute: " + locale);
        for (String key : new String[] {"loginAccountTitle", "password", "doLogIn"}) {
            assertContains(page, messages, key);
        }
    }

    /** Every page offers the six languages, each in its own name, and names the menu in the page's language. */
    private static void assertLanguageMenu(String page, Properties messages) {
        assertContains(page, messages, "languages");
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("locale_")) {
                assertContains(page, messages, key);
            }
        }
    }

    private static void assertContains(String page, Properties messages, String key) {
        String text = messages.getProperty(key);
        assertTrue(text != null && page.contains(text), key + " (" + text + ") on the page");
    }

    private static String authorize(String realm, String client, String redirectUri, String locale) {
        return RealKeycloak.URL + "/realms/" + realm + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + client + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&ui_locales=" + locale;
    }

    private HttpResponse<String> get(String url, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Properties messages(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve("messages_" + file + ".properties"))) {
            messages.load(reader);
        }
        return messages;
    }
}
