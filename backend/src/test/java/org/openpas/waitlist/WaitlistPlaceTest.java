package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * Issue 16, item 8: rules the first wave left untested. DOMAIN.md: "a declined patient returns to the list
 * without losing their place"; openapi.yaml (WaitEstimate): the band is position / (rate x 1.25) to position /
 * (rate x 0.75) months, rounded outwards, rate = attachments over 90 days / 3, and no band under 10 attachments.
 */
@QuarkusTest
class WaitlistPlaceTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries";

    /** {registrant, patient, entry} of a new patient (same questionnaire: ranked by registration time). */
    private static String[] registered(String community) {
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", "");
        String entry = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().statusCode(200).extract().path("waitlistEntryId");
        return new String[] {registrant, patient, entry};
    }

    private static List<String> waiting(String community) {
        return Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).queryParam("status", "WAITING")
                .queryParam("size", 100).when().get(ENTRIES).then().statusCode(200).extract().path("items.id");
    }

    private static int position(String[] patient) {
        return Api.as(patient[0], Roles.PATIENT).when().get("/api/v1/patients/" + patient[1] + "/wait-estimate")
                .then().statusCode(200).extract().path("position");
    }

    @Test
    void aDeclinedPatientKeepsTheirRegistrationDateAndPlace() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String[] a = registered(community);
        String[] b = registered(community);
        String[] c = registered(community);
        assertEquals(List.of(a[2], b[2], c[2]), waiting(community));
        String registeredAt = Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + b[2]).then().extract().path("registeredAt");
        int score = Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + b[2]).then().extract().path("priorityScore");

        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + b[2] + "/propose").then().statusCode(200);
        assertEquals(List.of(a[2], c[2]), waiting(community), "proposed: off the waiting list meanwhile");
        assertEquals(2, position(c));
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"reason\": \"PATIENT_DECLINED\"}")
                .when().post(ENTRIES + "/" + b[2] + "/decline").then().statusCode(200)
                .body("entries[0].status", equalTo("WAITING"))
                .body("entries[0].registeredAt", equalTo(registeredAt))
                .body("entries[0].priorityScore", equalTo(score));

        assertEquals(List.of(a[2], b[2], c[2]), waiting(community), "back between the same neighbours");
        assertEquals(1, position(a));
        assertEquals(2, position(b));
        assertEquals(3, position(c));
    }

    @Test
    void theWaitBandAppearsOnceTheCommunityHasTenAttachments() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 20);
        List<String[]> attached = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attached.add(registered(community));
        }
        String[] first = registered(community);
        registered(community);
        String[] third = registered(community);
        for (int i = 0; i < 10; i++) {
            if (i == 9) {
                // Nine attachments: a place, and no band yet.
                Api.as(third[0], Roles.PATIENT).when().get("/api/v1/patients/" + third[1] + "/wait-estimate")
                        .then().statusCode(200)
                        .body("attachmentsLast90Days", equalTo(9))
                        .body("bandLowMonths", nullValue()).body("bandHighMonths", nullValue());
            }
            Api.as(doctor.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                    .when().post(ENTRIES + "/" + attached.get(i)[2] + "/attach").then().statusCode(200);
        }
        // Ten attachments in 90 days: 10 / 3 a month; third in line: 3 / (3.33 x 1.25) = 0.72 rounded down to 0,
        // 3 / (3.33 x 0.75) = 1.2 rounded up to 2 (the same with the monthly rate rounded down to 3).
        Api.as(third[0], Roles.PATIENT).when().get("/api/v1/patients/" + third[1] + "/wait-estimate")
                .then().statusCode(200)
                .body("position", equalTo(3))
                .body("waitingInCommunity", equalTo(3))
                .body("attachmentsLast90Days", equalTo(10))
                .body("attachmentsPerMonth", equalTo(3))
                .body("bandLowMonths", equalTo(0))
                .body("bandHighMonths", equalTo(2))
                .body("bandLabel", equalTo("about 0-2 months"));
        // First in line: 1 / 4.17 = 0.24 -> 0 and 1 / 2.5 = 0.4 -> 1.
        Api.as(first[0], Roles.PATIENT).when().get("/api/v1/patients/" + first[1] + "/wait-estimate")
                .then().statusCode(200)
                .body("position", equalTo(1)).body("bandLowMonths", equalTo(0)).body("bandHighMonths", equalTo(1));
    }
}
