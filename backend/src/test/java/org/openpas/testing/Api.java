package org.openpas.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured requests whose request AND response are checked against the repo's openapi.yaml:
 * an undeclared status, a body that breaks its schema or an unknown path fails the test.
 */
public final class Api {

    private static final String CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString();

    /** Validates requests and responses: for calls that the contract allows. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());

    /** Validates responses only: for calls that break the contract on purpose to test the answer. */
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** A contract-checked request with the bearer token of {@code subject} holding {@code roles}. */
    public static RequestSpecification as(String subject, String... roles) {
        return given().filter(STRICT).contentType(ContentType.JSON).header("Authorization", Tokens.bearer(subject, roles));
    }

    /** A contract-checked request with this bearer token (see {@link Tokens#brokered}). */
    public static RequestSpecification withToken(String token) {
        return given().filter(STRICT).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** A contract-checked request without a token, for the public operations ({@code security: []}). */
    public static RequestSpecification publicly() {
        return given().filter(STRICT);
    }

    /** A request without a token (which the contract forbids); only the response is checked. */
    public static RequestSpecification anonymous() {
        return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON);
    }

    /** A request that is invalid on purpose; only the response is checked against the contract. */
    public static RequestSpecification invalidAs(String subject, String... roles) {
        return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON)
                .header("Authorization", Tokens.bearer(subject, roles));
    }
}
