package org.openpas.waitlist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

@QuarkusTest
class WaitlistEntriesTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries";

    private static String entryOf(String registrant, String patient) {
        return Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().statusCode(200).extract().path("waitlistEntryId");
    }

    @Test
    void theListIsOrderedByTimeWaitingPlusTwoWeeksPerPriorityPoint() {
        String community = TestData.newCommunity();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String early = Registrations.register(first, community, "SELF", "");
        String needier = Registrations.register(second, community, "SELF", "\"DIABETES\", \"CANCER\", \"CHRONIC_PAIN\"");

        Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).queryParam("status", "WAITING")
                .when().get(ENTRIES)
                .then().statusCode(200)
                .body("items.patientId", equalTo(List.of(needier, early)))
                .body("items[0].priorityScore", equalTo(8 * 14))
                .body("items.status", everyItem(equalTo("WAITING")));
        Api.as(first, Roles.PATIENT).when().get("/api/v1/patients/" + early + "/wait-estimate")
                .then().statusCode(200)
                .body("position", equalTo(2)).body("waitingInCommunity", equalTo(2))
                .body("bandLabel", containsString("No estimate yet"))
                .body("method", containsString("two weeks for each priority point"));
    }

    @Test
    void scopesByRole() {
        String community = TestData.newCommunity();
        String me = UUID.randomUUID().toString();
        String patient = Registrations.register(me, community, "SELF", "");
        Api.as(me, Roles.PATIENT).when().get(ENTRIES)
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patient)));
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).when().get(ENTRIES)
                .then().statusCode(200).body("totalItems", equalTo(0));

        String coordinator = UUID.randomUUID().toString();
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).when().get(ENTRIES)
                .then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(coordinator))
                .when().post("/api/v1/communities/" + community + "/coordinators").then().statusCode(201);
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).when().get(ENTRIES)
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patient)));

        // A provider reads the list of one of their clinics' communities only.
        String doctor = UUID.randomUUID().toString();
        TestData.staff(TestData.clinicIn(community, null), TestData.provider(doctor));
        Api.as(doctor, Roles.PROVIDER).when().get(ENTRIES).then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER).queryParam("communityId", TestData.communityId("Tofino")).when().get(ENTRIES)
                .then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER).queryParam("communityId", community).when().get(ENTRIES)
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patient)));
        Api.as(doctor, Roles.PROVIDER).when().get("/api/v1/patients/" + patient).then().statusCode(200);
    }

    @Test
    void aPatientWithdrawsOnceAndCannotReconfirmAfterwards() {
        String me = UUID.randomUUID().toString();
        String patient = Registrations.register(me, TestData.newCommunity(), "SELF", "");
        String entry = entryOf(me, patient);
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).when().post(ENTRIES + "/" + entry + "/reconfirm")
                .then().statusCode(404);
        Api.as(me, Roles.PATIENT).when().post(ENTRIES + "/" + entry + "/reconfirm")
                .then().statusCode(200).body("status", equalTo("WAITING"));
        Api.as(me, Roles.PATIENT).body("{\"reason\": \"FOUND_PROVIDER\", \"note\": \"A walk-in doctor took me\"}")
                .when().post(ENTRIES + "/" + entry + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.as(me, Roles.PATIENT).body("{\"reason\": \"FOUND_PROVIDER\"}")
                .when().post(ENTRIES + "/" + entry + "/withdraw")
                .then().statusCode(409);
        Api.as(me, Roles.PATIENT).when().post(ENTRIES + "/" + entry + "/reconfirm").then().statusCode(409);
        Api.as(me, Roles.PATIENT).when().get(ENTRIES + "/" + entry + "/transitions")
                .then().statusCode(200)
                .body("items.cause", equalTo(List.of("REGISTRATION", "RECONFIRMATION", "WITHDRAWAL")))
                .body("items[2].withdrawReason", equalTo("FOUND_PROVIDER"))
                .body("items[2].actor.subject", equalTo(me));
    }
}
