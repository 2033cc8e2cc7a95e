package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * Provider suggestions for a coordinator (issue 16): only providers of the entry's community with room, best fit
 * first, each with its reasons; the fit is computed here from the weights the contract states.
 */
@QuarkusTest
class ProviderSuggestionTest {

    @Inject
    EntityManager em;

    private static void capacity(TestData.Doctor doctor, boolean accepting, int monthly, int low, int moderate, int high) {
        TestData.capacity(doctor, accepting, monthly, 1000, low, moderate, high);
    }

    private void sql(String statement, String id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement)
                .setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void theProvidersWithRoomComeBestFitFirstWithTheirReasons() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        // Every provider of TestData speaks en (and pa); the patient's language is en, band LOW (2 points).
        TestData.Doctor female = TestData.acceptingProvider(community, 5);
        capacity(female, true, 5, 40, 40, 20);
        sql("update provider set gender = 'FEMALE' where id = :id", female.id());
        TestData.Doctor roomy = TestData.acceptingProvider(community, 10);
        capacity(roomy, true, 10, 40, 40, 20);
        TestData.Doctor noLowShare = TestData.acceptingProvider(community, 5);
        capacity(noLowShare, true, 5, 0, 50, 50);
        TestData.Doctor notAccepting = TestData.acceptingProvider(community, 5);
        capacity(notAccepting, false, 5, 40, 40, 20);
        TestData.Doctor full = TestData.acceptingProvider(community, 1);
        TestData.acceptingProvider(TestData.newCommunity(), 10); // elsewhere

        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", "");
        String entry = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
        // full: its one space this month is taken by an open proposal
        String other = Api.as(UUID.randomUUID().toString(), Roles.PATIENT).body(Registrations.body(Registrations.phn(), "SELF",
                community, "", true)).when().post("/api/v1/patients").then().statusCode(201).extract().path("id");
        String otherEntry = Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/patients/" + other).then().extract().path("waitlistEntryId");
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(full.id()))
                .when().post("/api/v1/waitlist-entries/" + otherEntry + "/propose").then().statusCode(200);
        sql("update waitlist_entry set provider_gender_preference = 'FEMALE' where id = :id", entry);

        JsonPath suggestions = Api.as(coordinator, Roles.COORDINATOR)
                .when().get("/api/v1/waitlist-entries/" + entry + "/provider-suggestions")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(female.id(), roomy.id(), noLowShare.id()), suggestions.getList("items.providerId"));
        // 20 speaks en (no interpreter needed) + 30 preference met + 20 low share open; + 10 the most room
        assertEquals(List.of(70, 50, 20), suggestions.getList("items.fit"));
        assertEquals(List.of(List.of("SPEAKS_LANGUAGE", "GENDER_PREFERENCE_MET", "COMPLEXITY_SHARE_OPEN"),
                List.of("SPEAKS_LANGUAGE", "COMPLEXITY_SHARE_OPEN", "MOST_ROOM"), List.of("SPEAKS_LANGUAGE")),
                suggestions.getList("items.reasons"));
        assertEquals(List.of(5, 10, 5), suggestions.getList("items.availableThisMonth"));
        assertEquals(List.of(1000, 1000, 1000), suggestions.getList("items.panelRoom"));

        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/waitlist-entries/" + entry + "/provider-suggestions")
                .then().statusCode(200).body("items.size()", equalTo(3));
        Api.as(TestData.coordinatorOf(TestData.newCommunity()), Roles.COORDINATOR)
                .when().get("/api/v1/waitlist-entries/" + entry + "/provider-suggestions").then().statusCode(403);
        Api.as(female.subject(), Roles.PROVIDER)
                .when().get("/api/v1/waitlist-entries/" + entry + "/provider-suggestions").then().statusCode(403);
        Api.as(coordinator, Roles.COORDINATOR)
                .when().get("/api/v1/waitlist-entries/" + UUID.randomUUID() + "/provider-suggestions").then().statusCode(404);
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "WAITLIST_SUGGESTIONS_READ").queryParam("actorSubject", coordinator)
                .when().get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
