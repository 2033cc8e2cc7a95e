package org.openpas.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.OTHER_DIRECTOR;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

@QuarkusTest
class AuditResourceTest {

    @Test
    void changesAndRefusalsAreAuditedAndOnlyAdminsReadTheTrail() {
        String clinic = TestData.clinic(DIRECTOR);
        String etag = TestData.etag("/api/v1/clinics/" + clinic + "/hours", ADMIN, Roles.ADMIN);
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", etag).body("{\"hours\": []}")
                .when().put("/api/v1/clinics/" + clinic + "/hours")
                .then().statusCode(403);

        Api.as(ADMIN, Roles.ADMIN)
                .queryParam("resourceType", "CLINIC").queryParam("resourceId", clinic)
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("CLINIC_CREATE"))
                .body("items.outcome", hasItem("DENIED"))
                .body("items.find { it.outcome == 'DENIED' }.actorSubject", equalTo(OTHER_DIRECTOR))
                .body("items.find { it.outcome == 'DENIED' }.actorRoles", equalTo(java.util.List.of("medical-director")));
        Api.as(ADMIN, Roles.ADMIN)
                .queryParam("outcome", "DENIED").queryParam("actorSubject", OTHER_DIRECTOR)
                .queryParam("from", "2020-01-01T00:00:00Z")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.outcome", everyItem(equalTo("DENIED")));
        String eventId = Api.as(ADMIN, Roles.ADMIN).queryParam("resourceId", clinic)
                .when().get("/api/v1/audit-events").then().extract().path("items[0].id");
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/audit-events/" + eventId)
                .then().statusCode(200).body("resourceId", equalTo(clinic));

        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).when().get("/api/v1/audit-events")
                .then().statusCode(403);
    }
}
