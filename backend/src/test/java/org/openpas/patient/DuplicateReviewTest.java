package org.openpas.patient;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
class DuplicateReviewTest {

    private static final String DUPLICATES = "/api/v1/duplicate-candidates";

    /** The same person registered twice under two PHNs (by two people); returns {registrant, patient, entry}. */
    private static String[] register(String community, String givenNames, String born) {
        String registrant = UUID.randomUUID().toString();
        String body = Registrations.body(Registrations.phn(), "SELF", community, "", true)
                .replace("\"Pat SELF\"", "\"" + givenNames + "\"").replace("1980-04-30", born);
        String patient = Api.as(registrant, Roles.PATIENT).body(body).when().post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        String entry = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
        return new String[] {registrant, patient, entry};
    }

    /** Each test its own birth date, so pairs of other tests (same address) do not mix in. */
    private static String uniqueBirthDate() {
        return java.time.LocalDate.of(1930, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000)).toString();
    }

    @Test
    void theSamePersonRegisteredTwiceIsFlaggedAndMergedKeepingTheEarlierDate() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        String given = "Robin " + UUID.randomUUID().toString().substring(0, 8);
        String born = uniqueBirthDate();
        String[] first = register(community, given, born);
        String[] second = register(community, given, born);

        String candidate = Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community)
                .when().get(DUPLICATES)
                .then().statusCode(200)
                .body("items[0].matchReasons", hasItem("SAME_NAME_AND_BIRTH_DATE"))
                .body("items[0].status", equalTo("OPEN"))
                .extract().path("items[0].id");
        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).when().get(DUPLICATES + "/" + candidate)
                .then().statusCode(404);
        String registeredAt = Api.as(first[0], Roles.PATIENT).when().get("/api/v1/waitlist-entries/" + first[2])
                .then().extract().path("registeredAt");

        Api.as(coordinator, Roles.COORDINATOR).body("{\"survivorPatientId\": \"%s\", \"note\": \"Same person\"}"
                        .formatted(second[1]))
                .when().post(DUPLICATES + "/" + candidate + "/merge")
                .then().statusCode(200)
                .body("status", equalTo("MERGED")).body("survivorPatientId", equalTo(second[1]));
        Api.as(second[0], Roles.PATIENT).when().get("/api/v1/waitlist-entries/" + second[2])
                .then().statusCode(200).body("status", equalTo("WAITING")).body("registeredAt", equalTo(registeredAt));
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/waitlist-entries/" + first[2] + "/transitions")
                .then().body("items.cause", equalTo(List.of("REGISTRATION", "MERGE")));
        Api.as(coordinator, Roles.COORDINATOR).body("{}").when().post(DUPLICATES + "/" + candidate + "/dismiss")
                .then().statusCode(409);
    }

    @Test
    void aDismissedPairStaysDismissed() {
        String community = TestData.newCommunity();
        String given = "Sam " + UUID.randomUUID().toString().substring(0, 8);
        String born = uniqueBirthDate();
        register(community, given, born);
        register(community, given, born);
        String candidate = Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).when().get(DUPLICATES)
                .then().statusCode(200).extract().path("items[0].id");
        Api.as(ADMIN, Roles.ADMIN).body("{\"note\": \"Twins\"}").when().post(DUPLICATES + "/" + candidate + "/dismiss")
                .then().statusCode(200).body("status", equalTo("DISMISSED"));
        Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).when().get(DUPLICATES)
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).queryParam("status", "DISMISSED")
                .when().get(DUPLICATES)
                .then().statusCode(200).body("totalItems", equalTo(1));
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).when().get(DUPLICATES).then().statusCode(403);
    }

    /** {registrant, patient} of a registration with these names and birth date in the community. */
    private static String registered(String community, String family, String given, String born) {
        String body = Registrations.body(Registrations.phn(), "SELF", community, "", true)
                .replace("\"Tester\"", "\"" + family + "\"").replace("\"Pat SELF\"", "\"" + given + "\"")
                .replace("1980-04-30", born);
        return Api.as(UUID.randomUUID().toString(), Roles.PATIENT).body(body).when().post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Registries find duplicates that exact matching misses: a surname spelled as it sounds, and the day
     * and month of birth swapped, are flagged with those reasons and a score; the same surname and birth
     * date with an unrelated first name (at the same address) is not.
     */
    @Test
    void aPhoneticSpellingWithTheDayAndMonthSwappedIsFlaggedWithItsReasons() {
        String community = TestData.newCommunity();
        var random = java.util.concurrent.ThreadLocalRandom.current();
        int month = 1 + random.nextInt(12);
        int day = 1 + (month + random.nextInt(11)) % 12; // 1..12, never the month itself
        java.time.LocalDate born = java.time.LocalDate.of(1931 + random.nextInt(60), month, day);
        java.time.LocalDate swapped = java.time.LocalDate.of(born.getYear(), day, month);

        String first = registered(community, "Phillips", "Katherine", born.toString());
        String second = registered(community, "Filips", "Katherine", swapped.toString());
        registered(community, "Phillips", "Xavier", born.toString());

        Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", community).when().get(DUPLICATES)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].matchReasons", org.hamcrest.Matchers.hasItems("PHONETIC_NAME", "TRANSPOSED_BIRTH_DATE"))
                .body("items[0].score", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(70),
                        org.hamcrest.Matchers.lessThanOrEqualTo(100)))
                .body("items[0].patientA.id", org.hamcrest.Matchers.oneOf(first, second))
                .body("items[0].patientB.id", org.hamcrest.Matchers.oneOf(first, second));
    }
}
