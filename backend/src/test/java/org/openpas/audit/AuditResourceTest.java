package org.openpas.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.OTHER_DIRECTOR;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The privacy officer's review: refusals counted per day of the province and user, busiest first. */
    @Test
    void theReviewCountsRefusalsByDayAndUser() {
        String busy = java.util.UUID.randomUUID().toString();
        String once = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            Api.as(busy, Roles.PATIENT).when().get("/api/v1/audit-events").then().statusCode(403);
        }
        Api.as(once, Roles.PROVIDER).when().get("/api/v1/audit-events").then().statusCode(403);
        String today = org.openpas.common.Province.today().toString();
        var review = Api.as(ADMIN, Roles.ADMIN).queryParam("from", today).queryParam("to", today).queryParam("size", 100)
                .when().get("/api/v1/audit-events/summary")
                .then().statusCode(200).body("from", equalTo(today)).body("to", equalTo(today)).extract().jsonPath();
        java.util.List<java.util.Map<String, Object>> rows = review.getList("items");
        assertEquals(java.util.Map.of("day", today, "actorSubject", busy, "outcome", "DENIED", "events", 3),
                rows.stream().filter(r -> busy.equals(r.get("actorSubject"))).findFirst().orElseThrow());
        assertEquals(1, rows.stream().filter(r -> once.equals(r.get("actorSubject"))).findFirst().orElseThrow().get("events"));
        assertTrue(rows.indexOf(rows.stream().filter(r -> busy.equals(r.get("actorSubject"))).findFirst().orElseThrow())
                < rows.indexOf(rows.stream().filter(r -> once.equals(r.get("actorSubject"))).findFirst().orElseThrow()),
                "busiest first within a day");
        Api.as(ADMIN, Roles.ADMIN).queryParam("outcome", "SUSPICIOUS").queryParam("from", today).queryParam("to", today)
                .queryParam("size", 100).when().get("/api/v1/audit-events/summary")
                .then().statusCode(200).body("items.actorSubject", org.hamcrest.Matchers.not(hasItem(busy)));
        Api.as(ADMIN, Roles.ADMIN).queryParam("from", today).queryParam("to", "2020-01-01")
                .when().get("/api/v1/audit-events/summary").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
