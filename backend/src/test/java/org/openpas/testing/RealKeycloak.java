package org.openpas.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Tokens from the real Keycloak that {@code make test} runs (KEYCLOAK_URL, or localhost:KEYCLOAK_PORT, 8180). */
public final class RealKeycloak {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL",
            "http://localhost:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"));

    private RealKeycloak() {
    }

    /** A password grant on pas-cli for a demo user, with their current TOTP code when they have one (staff). */
    public static String login(String username) {
        var request = given().baseUri(URL).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "pas-cli")
                .formParam("username", username).formParam("password", "pas-demo-1");
        String otp = DemoOtp.code(username);
        if (otp != null) {
            request.formParam("totp", otp);
        }
        return request.when().post("/realms/pas/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A JSON request to the API with the token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
