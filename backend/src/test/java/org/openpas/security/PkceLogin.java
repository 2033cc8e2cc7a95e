package org.openpas.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in on Keycloak's login page the way a browser does: authorization code flow with PKCE; the password,
 * then the TOTP code on the page that asks for it (staff).
 */
final class PkceLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private PkceLogin() {
    }

    static String accessToken(String keycloak, String clientId, String redirectUri, String username, String password,
            String otp) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String base = keycloak + "/realms/pas/protocol/openid-connect";

        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base
                + "/auth?response_type=code&scope=openid&client_id=" + clientId + "&redirect_uri=" + encode(redirectUri)
                + "&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
        // The login session lives in cookies; send them back as a browser would.
        String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form for client " + clientId);
        }
        HttpResponse<String> login = post(http, action.group(1), cookies,
                "username=" + encode(username) + "&password=" + encode(password));
        Matcher otpAction = FORM_ACTION.matcher(login.body());
        if (login.statusCode() == 200 && otp != null && otpAction.find()) {
            login = post(http, otpAction.group(1), cookies, "otp=" + encode(otp));
        }
        HttpResponse<String> signedIn = login;
        String location = signedIn.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("login did not redirect: " + signedIn.statusCode()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("unexpected redirect " + location);
        }
        String tokens = http.send(HttpRequest.newBuilder(URI.create(base + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + clientId
                        + "&code=" + code.group(1) + "&redirect_uri=" + encode(redirectUri)
                        + "&code_verifier=" + verifier))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = ACCESS_TOKEN.matcher(tokens);
        if (!token.find()) {
            throw new IllegalStateException("no access token: " + tokens);
        }
        return token.group(1);
    }

    private static HttpResponse<String> post(HttpClient http, String formAction, String cookies, String form)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(formAction.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
