package org.openpas.minimal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged application answers the row bench.sh stored (id 1), and 404 for one that is not there. */
@QuarkusIntegrationTest
class GreetingIT {

    @Test
    void aStoredRowIsReadAndAMissingOneIsNotFound() {
        for (int i = 0; i < 50; i++) {
            given().get("/greetings/1").then().statusCode(200).body("id", equalTo(1)).body("text", equalTo("hello"));
        }
        given().get("/greetings/999999").then().statusCode(404);
    }
}
