package org.openpas.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Swagger UI and integrators get the very contract the code is generated from. */
@QuarkusTest
class ContractServedTest {

    @Test
    void theApiServesTheRepositoryContractUnchanged() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var expected = yaml.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        var actual = yaml.readTree(served);
        assertEquals(expected.get("paths"), actual.get("paths"));
        assertEquals(expected.get("components").get("schemas"), actual.get("components").get("schemas"));
        assertEquals(expected.get("info").get("version"), actual.get("info").get("version"));
    }

    @Test
    void swaggerUiIsServedAndSetUpForPkce() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).body(containsString("swagger-ui"));
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200).body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
