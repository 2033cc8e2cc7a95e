package org.openpas.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

/** The FHIR facade over HTTP (docs/fhir.md). A first smoke set; FhirValidationTest validates what it answers. */
@QuarkusTest
class FhirFacadeTest {

    @Test
    void metadataIsACapabilityStatementAtBothBases() {
        given().get("/fhir/metadata").then().statusCode(200)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"));
        given().get("/api/v1/fhir/metadata").then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"));
    }

    @Test
    void practitionerRolesSearchByCityAndNewPatients() {
        String community = TestData.newCommunity();
        String clinic = TestData.clinicIn(community, UUID.randomUUID().toString());
        String provider = TestData.provider(UUID.randomUUID().toString());
        TestData.staff(clinic, provider);
        given().queryParam("community", community).get("/fhir/PractitionerRole").then().statusCode(200)
                .body("resourceType", equalTo("Bundle")).body("total", equalTo(1))
                .body("entry[0].resource.extension[0].extension[0].valueCodeableConcept.coding[0].code", equalTo("nopt"));
        given().queryParam("community", community).queryParam("newpatients", "true").get("/fhir/PractitionerRole")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void errorsAreOperationOutcomes() {
        given().queryParam("bogus", "1").get("/fhir/Practitioner").then().statusCode(400)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"));
        given().get("/fhir/Practitioner/" + UUID.randomUUID()).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        given().get("/fhir/Group/" + UUID.randomUUID()).then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
        given().accept("application/fhir+xml").get("/fhir/metadata").then().statusCode(406)
                .body("resourceType", equalTo("OperationOutcome"));
        Api.as(ADMIN, Roles.ADMIN).get("/fhir/Patient/" + UUID.randomUUID()).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }
}
