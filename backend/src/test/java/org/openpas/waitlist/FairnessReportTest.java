package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

@QuarkusTest
class FairnessReportTest {

    private static final String REPORT = "/api/v1/reports/fairness";

    @Test
    void declinesOfComplexPatientsShowUpPerProvider() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor accepting = TestData.acceptingProvider(community, 10);
        String doctor = accepting.subject();
        String provider = accepting.id();

        String complex = entry(community, "\"DIABETES\", \"CANCER\", \"HEART_DISEASE\"");
        String simple = entry(community, "");
        for (String entry : new String[] {complex, simple}) {
            Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(provider))
                    .when().post("/api/v1/waitlist-entries/" + entry + "/propose").then().statusCode(200);
        }
        Api.as(doctor, Roles.PROVIDER).body("{\"reason\": \"OUTSIDE_SCOPE\"}")
                .when().post("/api/v1/waitlist-entries/" + complex + "/decline").then().statusCode(200);
        Api.as(doctor, Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(provider))
                .when().post("/api/v1/waitlist-entries/" + simple + "/attach").then().statusCode(200);

        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).when().get(REPORT)
                .then().statusCode(200)
                .body("groupBy", equalTo("PROVIDER"))
                .body("items[0].providerId", equalTo(provider))
                .body("items[0].proposals", equalTo(2))
                .body("items[0].attachments", equalTo(1))
                .body("items[0].declines", equalTo(1))
                .body("items[0].declinesByReason.outsideScope", equalTo(1))
                .body("items[0].byComplexity.find { it.complexity == 'HIGH' }.declines", equalTo(1))
                .body("items[0].byComplexity.find { it.complexity == 'HIGH' }.declineRatePercent", equalTo(100))
                .body("items[0].byComplexity.find { it.complexity == 'LOW' }.attachments", equalTo(1));
        Api.as(ADMIN, Roles.ADMIN).queryParam("groupBy", "COMMUNITY").queryParam("communityId", community)
                .when().get(REPORT)
                .then().statusCode(200).body("items[0].communityId", equalTo(community)).body("totalItems", equalTo(1));

        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).queryParam("communityId", community).when().get(REPORT)
                .then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).when().get(REPORT)
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(doctor, Roles.PROVIDER).when().get(REPORT).then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01").when().get(REPORT)
                .then().statusCode(400);
    }

    private static String entry(String community, String conditions) {
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", conditions);
        return Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
    }
}
