package org.openpas.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.PATIENT;
import static org.openpas.testing.Users.PROVIDER;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Tokens;

/**
 * MFA that the API enforces (openapi.yaml, Unauthorized): a token of any role but patient must carry
 * acr >= pas.mfa.staff-acr (2: password and TOTP, or a BC Provider ID sign-in), else 401 problem+json with
 * WWW-Authenticate naming the acr (RFC 9470), on every operation. Patients sign in with a password only.
 */
@QuarkusTest
class SecondFactorTest {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(
                    Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString()).build());

    private static final String[][] STAFF = {
            {Roles.PROVIDER}, {Roles.PROVIDER, Roles.MEDICAL_DIRECTOR}, {Roles.DELEGATE}, {Roles.COORDINATOR},
            {Roles.ADMIN}, {Roles.PATIENT, Roles.PROVIDER}};

    @Test
    void staffWithoutTheSecondFactorAreRefusedWith401NamingTheAcr() {
        for (String[] roles : STAFF) {
            for (String acr : new String[] {"1", "0", null, "not a number"}) {
                for (String path : new String[] {"/api/v1/me", "/api/v1/communities", "/api/v1/audit-events"}) {
                    given().filter(CONTRACT).header("Authorization", "Bearer " + Tokens.withAcr(acr, PROVIDER, roles))
                            .when().get(path)
                            .then().statusCode(401).contentType("application/problem+json")
                            .body("status", equalTo(401))
                            .body("detail", containsString("second factor"))
                            .header("WWW-Authenticate", equalTo("Bearer error=\"insufficient_user_authentication\", "
                                    + "error_description=\"A second factor is required\", acr_values=\"2\""));
                }
            }
        }
    }

    @Test
    void staffWithTheSecondFactorAndPatientsWithAPasswordGetIn() {
        given().filter(CONTRACT).header("Authorization", "Bearer " + Tokens.withAcr("2", ADMIN, Roles.ADMIN))
                .when().get("/api/v1/audit-events").then().statusCode(200);
        given().filter(CONTRACT).header("Authorization", "Bearer " + Tokens.withAcr("3", PROVIDER, Roles.PROVIDER))
                .when().get("/api/v1/me").then().statusCode(200);
        for (String acr : new String[] {"1", null}) {
            given().filter(CONTRACT).header("Authorization", "Bearer " + Tokens.withAcr(acr, PATIENT, Roles.PATIENT))
                    .when().get("/api/v1/me").then().statusCode(200).body("roles", equalTo(java.util.List.of("patient")));
        }
    }

    @Test
    void aPatientTokenWithoutTheSecondFactorIsStillOnlyAPatient() {
        // The check refuses the token, it does not downgrade it: a patient's own refusals stay 403.
        given().filter(CONTRACT).header("Authorization", "Bearer " + Tokens.withAcr("1", PATIENT, Roles.PATIENT))
                .when().get("/api/v1/audit-events").then().statusCode(403);
    }
}
