package org.openpas.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openpas.testing.DemoOtp;

/**
 * The packaged API (prod profile) against the real Keycloak that {@code make test} starts: users log
 * in with a password grant (staff with their TOTP code too) and the API verifies their tokens through
 * Keycloak's JWKS.
 */
@QuarkusIntegrationTest
class KeycloakLoginIT {

    private static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL",
            "http://localhost:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"));

    /** A password grant on pas-cli, with the user's current TOTP code when they have one (staff). */
    private static String login(String username) {
        String otp = DemoOtp.code(username);
        return passwordGrant("pas-cli", username, otp == null ? new String[0] : new String[] {"totp", otp})
                .when().post("/realms/pas/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static RequestSpecification passwordGrant(String client, String username, String... params) {
        RequestSpecification request = given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", username).formParam("password", "pas-demo-1");
        for (int i = 0; i < params.length; i += 2) {
            request.formParam(params[i], params[i + 1]);
        }
        return request;
    }

    /**
     * MFA that the API enforces: Keycloak itself asks staff for the TOTP code (pas-cli without it: refused), and a
     * staff token it issued without the second factor (pas-cli-no-mfa, a dev-realm client that skips it: acr 1)
     * is 401 with the RFC 9470 challenge; the same user with password and TOTP (acr 2) gets in. Patients need no
     * second factor.
     */
    @Test
    void aStaffTokenWithoutTheSecondFactorIsRefusedAndWithTotpAccepted() {
        passwordGrant("pas-cli", "dr.lee").when().post("/realms/pas/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));

        String passwordOnly = passwordGrant("pas-cli-no-mfa", "dr.lee")
                .when().post("/realms/pas/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(passwordOnly).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("second factor"))
                .header("WWW-Authenticate", equalTo("Bearer error=\"insufficient_user_authentication\", "
                        + "error_description=\"A second factor is required\", acr_values=\"2\""));

        given().auth().oauth2(login("dr.lee")).when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("dr.lee"));
        String patient = passwordGrant("pas-cli-no-mfa", "pat.jones")
                .when().post("/realms/pas/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(patient).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aRealKeycloakTokenIdentifiesTheCaller() {
        given().auth().oauth2(login("dr.patel"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("a0000000-0000-4000-8000-000000000004"))
                .body("username", equalTo("dr.patel"))
                .body("roles", hasItem("medical-director"));
    }

    @Test
    void theRightRoleMayCreateAndAnotherRoleIsForbidden() {
        String body = """
                {"name": "Keycloak IT %s", "healthAuthority": "NORTHERN", "pcn": "IT PCN"}"""
                .formatted(System.nanoTime());
        given().auth().oauth2(login("admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/communities")
                .then().statusCode(201);
        given().auth().oauth2(login("pat.jones")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/communities")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    /**
     * What Swagger UI and the SPA do in the browser, without a browser: the authorization code flow
     * with PKCE (S256) on their public clients, then a call to the API with the token.
     */
    @Test
    void swaggerUiAndSpaClientsSignInWithPkce() throws Exception {
        for (String[] client : new String[][] {
                {"pas-swagger", "http://localhost:8080/q/swagger-ui/oauth2-redirect.html"},
                {"pas-spa", "http://localhost:5173/"}}) {
            String token = PkceLogin.accessToken(KEYCLOAK, client[0], client[1], "coordinator", "pas-demo-1",
                    DemoOtp.code("coordinator"));
            given().auth().oauth2(token).when().get("/api/v1/me")
                    .then().statusCode(200).body("roles", hasItem("coordinator"));
        }
    }

    @Test
    void theProductionProfileServesTheContractAndSwaggerUi() {
        given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("operationId: listClinics"));
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200);
    }

    @Test
    void noTokenOrAForgedOneIsUnauthorized() {
        given().when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
        String token = login("pat.jones");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
