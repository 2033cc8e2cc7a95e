package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Race;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

@QuarkusTest
class MatchingTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries";

    private static String waitingEntry(String community) {
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", "");
        return Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
    }

    @Test
    void aCoordinatorProposesAndTheProviderDeclinesOrAttaches() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        TestData.Doctor other = TestData.acceptingProvider(community, 5);
        String entry = waitingEntry(community);

        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(403);
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\", \"note\": \"Near your clinic\"}"
                        .formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/propose")
                .then().statusCode(200)
                .body("entries[0].status", equalTo("PROPOSED"))
                .body("entries[0].proposal.providerId", equalTo(doctor.id()))
                .body("entries[0].proposal.note", equalTo("Near your clinic"));
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(other.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(409);

        Api.as(other.subject(), Roles.PROVIDER).body("{\"reason\": \"PANEL_FULL\"}")
                .when().post(ENTRIES + "/" + entry + "/decline").then().statusCode(403);
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"reason\": \"OTHER\"}")
                .when().post(ENTRIES + "/" + entry + "/decline").then().statusCode(422);
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"reason\": \"OUTSIDE_SCOPE\"}")
                .when().post(ENTRIES + "/" + entry + "/decline")
                .then().statusCode(200).body("entries[0].status", equalTo("WAITING"));

        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(other.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(200);
        String attach = "{\"providerId\": \"%s\"}".formatted(other.id());
        Api.as(other.subject(), Roles.PROVIDER).body(attach).when().post(ENTRIES + "/" + entry + "/attach")
                .then().statusCode(200)
                .body("entries[0].status", equalTo("ATTACHED"))
                .body("entries[0].attachedProviderId", equalTo(other.id()));
        Api.as(other.subject(), Roles.PROVIDER).body(attach).when().post(ENTRIES + "/" + entry + "/attach")
                .then().statusCode(200);
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/attach").then().statusCode(409);
        Api.as(other.subject(), Roles.PROVIDER).when().get("/api/v1/providers/" + other.id() + "/capacity")
                .then().statusCode(200)
                .body("usedThisMonth", equalTo(1)).body("currentPanelSize", equalTo(1))
                .body("remainingThisMonth", equalTo(4));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + entry + "/transitions")
                .then().statusCode(200)
                .body("items.cause", equalTo(List.of("REGISTRATION", "PROPOSAL", "DECLINE", "PROPOSAL", "ATTACHMENT")))
                .body("items[2].declineReason", equalTo("OUTSIDE_SCOPE"))
                .body("items[4].providerId", equalTo(other.id()))
                .body("items[4].providerName", equalTo(Api.as(ADMIN, Roles.ADMIN)
                        .when().get("/api/v1/providers/" + other.id()).then().extract().path("name")))
                .body("items[0].providerName", equalTo(null));

        // Losing the provider: back on the list with the original date.
        String registeredAt = Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + entry)
                .then().extract().path("registeredAt");
        String patient = Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + entry).then().extract().path("patientId");
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/patients/" + patient + "/history")
                .then().statusCode(200)
                .body("items.find { it.cause == 'ATTACHMENT' }.providerName", startsWith("Dr. "));
        Api.as(other.subject(), Roles.PROVIDER).queryParam("reason", "PROVIDER_LEAVING").queryParam("returnToWaitlist", true)
                .when().delete("/api/v1/providers/" + other.id() + "/panel/members/" + patient)
                .then().statusCode(204);
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + entry)
                .then().body("status", equalTo("WAITING")).body("registeredAt", equalTo(registeredAt));
    }

    @Test
    void aHouseholdThatAskedToBeMatchedTogetherIsProposedAndAttachedTogether() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String parent = UUID.randomUUID().toString();
        String[] entries = new String[2];
        String[] relationships = {"SELF", "CHILD"};
        for (int i = 0; i < 2; i++) {
            String body = Registrations.body(Registrations.phn(), relationships[i], community, "", true)
                    .replace("\"matchWithHousehold\": false", "\"matchWithHousehold\": true");
            String patient = Api.as(parent, Roles.PATIENT).body(body).when().post("/api/v1/patients")
                    .then().statusCode(201).extract().path("id");
            entries[i] = Api.as(parent, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                    .then().extract().path("waitlistEntryId");
        }
        // The list counts each household's waiting members: both entries say 2 (another household's count is not mixed in).
        String single = Api.as(UUID.randomUUID().toString(), Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "SELF", community, "", true))
                .when().post("/api/v1/patients").then().statusCode(201).extract().path("id");
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).when().get(ENTRIES)
                .then().statusCode(200)
                .body("items.find { it.id == '%s' }.householdWaiting".formatted(entries[0]), equalTo(2))
                .body("items.find { it.id == '%s' }.householdWaiting".formatted(entries[1]), equalTo(2))
                .body("items.find { it.patientId == '%s' }.householdWaiting".formatted(single), equalTo(1));
        Api.as(coordinator, Roles.COORDINATOR)
                .body("{\"providerId\": \"%s\", \"includeHousehold\": true}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entries[0] + "/propose")
                .then().statusCode(200)
                .body("entries.id", equalTo(List.of(entries[0], entries[1])))
                .body("entries.status", equalTo(List.of("PROPOSED", "PROPOSED")))
                .body("entries[0].householdWaiting", equalTo(0));
        Api.as(doctor.subject(), Roles.PROVIDER)
                .body("{\"providerId\": \"%s\", \"includeHousehold\": true}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entries[1] + "/attach")
                .then().statusCode(200)
                .body("entries.status", equalTo(List.of("ATTACHED", "ATTACHED")));
        Api.as(doctor.subject(), Roles.PROVIDER).when().get("/api/v1/providers/" + doctor.id() + "/capacity")
                .then().body("usedThisMonth", equalTo(2));
    }

    @Test
    void aProviderNeverActsOnAnotherCommunitysList() {
        String community = TestData.newCommunity();
        TestData.Doctor elsewhere = TestData.acceptingProvider(TestData.newCommunity(), 5);
        String entry = waitingEntry(community);
        Api.as(elsewhere.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(elsewhere.id()))
                .when().post(ENTRIES + "/" + entry + "/attach")
                .then().statusCode(422);
        TestData.Doctor here = TestData.acceptingProvider(community, 5);
        Api.as(elsewhere.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(here.id()))
                .when().post(ENTRIES + "/" + entry + "/attach")
                .then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + "/" + entry).then().body("status", equalTo("WAITING"));
    }

    @Test
    void manyProvidersRacingForOnePatientAttachItExactlyOnce() throws Exception {
        String community = TestData.newCommunity();
        List<TestData.Doctor> doctors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            doctors.add(TestData.acceptingProvider(community, 10));
        }
        String entry = waitingEntry(community);
        List<Callable<Integer>> racing = doctors.stream().map(doctor -> attachCall(doctor, entry)).toList();
        List<Integer> statuses = Race.run(racing, racing.size());
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), "statuses " + statuses);
        assertEquals(doctors.size() - 1, statuses.stream().filter(status -> status == 409).count(), "statuses " + statuses);
    }

    @Test
    void attachingNeverExceedsTheMonthlyCapacity() throws Exception {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(attachCall(doctor, waitingEntry(community)));
        }
        List<Integer> statuses = Race.run(calls, calls.size());
        assertEquals(2, statuses.stream().filter(status -> status == 200).count(), "statuses " + statuses);
        assertEquals(4, statuses.stream().filter(status -> status == 409).count(), "statuses " + statuses);
        Api.as(doctor.subject(), Roles.PROVIDER).when().get("/api/v1/providers/" + doctor.id() + "/capacity")
                .then().body("usedThisMonth", equalTo(2)).body("offeredPatients", equalTo(false));
    }

    private static Callable<Integer> attachCall(TestData.Doctor doctor, String entry) {
        String token = Tokens.bearer(doctor.subject(), Roles.PROVIDER);
        return () -> io.restassured.RestAssured.given().header("Authorization", token).contentType("application/json")
                .body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/attach")
                .then().extract().statusCode();
    }
}
