package org.openpas.waitlist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.Race;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

/**
 * Request patients (issue 16), against PostgreSQL through the API: rank order, the room, the coded skips, households
 * kept together, who may ask, concurrent requests never sharing an entry, a provider of two communities. The
 * expectations come from the rules of the issue and docs/features.md (the entries' order and attributes are set
 * here, so each expected proposal and skip follows from them).
 */
@QuarkusTest
class PatientRequestTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries/";

    @Inject
    EntityManager em;

    /** A waiting entry of a consenting (or not) patient in the community, registered by a stranger. */
    private static String entry(String community, boolean consent) {
        String registrant = UUID.randomUUID().toString();
        String patient = Api.as(registrant, Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "SELF", community, "", consent))
                .when().post("/api/v1/patients").then().statusCode(201).extract().path("id");
        return Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
    }

    /** Two waiting entries of one household who asked to be matched together. */
    private static List<String> household(String community) {
        String parent = UUID.randomUUID().toString();
        List<String> entries = new ArrayList<>();
        for (String relationship : List.of("SELF", "CHILD")) {
            String body = Registrations.body(Registrations.phn(), relationship, community, "", true)
                    .replace("\"matchWithHousehold\": false", "\"matchWithHousehold\": true");
            String patient = Api.as(parent, Roles.PATIENT).body(body).when().post("/api/v1/patients")
                    .then().statusCode(201).extract().path("id");
            entries.add(Api.as(parent, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                    .then().extract().path("waitlistEntryId"));
        }
        return entries;
    }

    /** Sets the entries' order: the first ranked first (days ago, so older than anything registered by the test run). */
    private void order(List<String> entries) {
        Instant start = Instant.now().minus(Duration.ofDays(400));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < entries.size(); i++) {
                em.createNativeQuery("update waitlist_entry set rank_at = :at where id = :id")
                        .setParameter("at", start.plus(Duration.ofHours(i))).setParameter("id", UUID.fromString(entries.get(i)))
                        .executeUpdate();
            }
        });
    }

    /** Sets columns of an entry that the registration does not set (the patient preferences are another helper's). */
    private void set(String entry, String assignments, Map<String, Object> values) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery("update waitlist_entry set " + assignments + " where id = :id")
                    .setParameter("id", UUID.fromString(entry));
            values.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    private static void capacity(TestData.Doctor doctor, int monthly, int desired, int low, int moderate, int high) {
        TestData.capacity(doctor, true, monthly, desired, low, moderate, high);
    }

    private static String requests(TestData.Doctor doctor) {
        return "/api/v1/providers/" + doctor.id() + "/patient-requests";
    }

    private static JsonPath request(TestData.Doctor doctor, int count) {
        return Api.as(doctor.subject(), Roles.PROVIDER).body("{\"count\": %d}".formatted(count))
                .when().post(requests(doctor)).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aRequestProposesTheBestRankedConsentingEntriesWithinTheRoomAndRecordsTheirRank() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 3);
        capacity(doctor, 3, 1000, 100, 0, 0);
        String notConsenting = entry(community, false);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(entry(community, true));
        }
        List<String> all = new ArrayList<>(List.of(notConsenting));
        all.addAll(waiting);
        order(all);

        JsonPath made = request(doctor, 10);
        // granted = min(10, 3 left this month - 0 open, 1000 under the desired size) = 3
        assertEquals(Map.of("remainingThisMonth", 3, "panelRoom", 1000, "outstandingProposals", 0, "granted", 3),
                made.getMap("room"));
        assertEquals(waiting.subList(0, 3), made.getList("proposals.entry.id"));
        // the entry who did not consent is not proposed, and is not "passed over", but holds place 1
        assertEquals(List.of(2, 3, 4), made.getList("proposals.rank"));
        assertEquals(List.of("RANK_ORDER", "RANK_ORDER", "RANK_ORDER"), made.getList("proposals.rule"));
        assertEquals(List.of("PROPOSED", "PROPOSED", "PROPOSED"), made.getList("proposals.entry.status"));
        assertEquals(List.of(), made.getList("skipped"));
        assertEquals(10, made.getInt("count"));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + waiting.get(0)).then()
                .body("status", equalTo("PROPOSED")).body("proposal.providerId", equalTo(doctor.id()));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + waiting.get(0) + "/transitions").then()
                .body("items.cause", equalTo(List.of("REGISTRATION", "PROPOSAL")));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + waiting.get(3)).then().body("status", equalTo("WAITING"));

        // No room left: 3 this month, all 3 proposed and open.
        Api.as(doctor.subject(), Roles.PROVIDER).body("{}").when().post(requests(doctor))
                .then().statusCode(409).body("detail", containsString("No room"));
        Api.as(doctor.subject(), Roles.PROVIDER).when().get(requests(doctor)).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(made.getString("id")))
                .body("items[0].proposals.rank", equalTo(List.of(2, 3, 4)))
                .body("items[0].proposals.entry.id", equalTo(waiting.subList(0, 3)));
    }

    @Test
    void theLocationOfARequestAnswersItAndOnlyForItsProvider() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 2);
        TestData.Doctor other = TestData.acceptingProvider(community, 2);
        capacity(doctor, 2, 1000, 100, 0, 0);
        String waiting = entry(community, true);
        order(List.of(waiting));
        var created = Api.as(doctor.subject(), Roles.PROVIDER).body("{\"count\": 1}").when().post(requests(doctor))
                .then().statusCode(201).extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith(requests(doctor) + "/" + id), location);
        Api.as(doctor.subject(), Roles.PROVIDER).when().get(location).then().statusCode(200)
                .body("id", equalTo(id)).body("providerId", equalTo(doctor.id()))
                .body("proposals.entry.id", equalTo(List.of(waiting)))
                .body("proposals.entry.status", equalTo(List.of("PROPOSED")));
        // Not another provider's: 404 under their id, 403 to them under this one.
        Api.as(other.subject(), Roles.PROVIDER).when().get(requests(other) + "/" + id).then().statusCode(404);
        Api.as(other.subject(), Roles.PROVIDER).when().get(requests(doctor) + "/" + id).then().statusCode(403);
    }

    @Test
    void theDesiredPanelSizeAndTheOpenProposalsLimitARequest() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 10);
        capacity(doctor, 10, 3, 100, 0, 0);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(entry(community, true));
        }
        order(waiting);
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + waiting.get(3) + "/propose").then().statusCode(200);
        JsonPath made = request(doctor, 10);
        // panel room = desired 3 - panel 0 - 1 open proposal = 2; this month 10 - 1 open = 9
        assertEquals(Map.of("remainingThisMonth", 10, "panelRoom", 2, "outstandingProposals", 1, "granted", 2),
                made.getMap("room"));
        assertEquals(waiting.subList(0, 2), made.getList("proposals.entry.id"));
    }

    @Test
    void betterRankedEntriesPassedOverAreRecordedWithACodedReasonAndNoIdentity() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 3); // speaks en and pa, gender not stated
        capacity(doctor, 3, 1000, 100, 0, 0);
        String french = entry(community, true);
        String wantsFemale = entry(community, true);
        String moderate = entry(community, true);
        String low = entry(community, true);
        String punjabi = entry(community, true);
        List<String> family = household(community);
        String last = entry(community, true);
        String notReached = entry(community, true);
        order(List.of(french, wantsFemale, moderate, low, punjabi, family.get(0), family.get(1), last, notReached));
        set(french, "interpreter_needed = true, preferred_language = 'fr'", Map.of());
        set(wantsFemale, "provider_gender_preference = 'FEMALE'", Map.of());
        set(moderate, "complexity = 'MODERATE'", Map.of());
        set(punjabi, "interpreter_needed = true, preferred_language = 'pa'", Map.of());

        JsonPath made = request(doctor, 10);
        assertEquals(List.of(low, punjabi, last), made.getList("proposals.entry.id"));
        assertEquals(List.of(4, 5, 8), made.getList("proposals.rank"));
        assertEquals(List.of("COMPLEXITY_MIX", "LANGUAGE_MATCH", "COMPLEXITY_MIX"), made.getList("proposals.rule"));
        assertEquals(List.of(1, 2, 3, 6, 7), made.getList("skipped.rank"));
        assertEquals(List.of("LANGUAGE", "PREFERENCE", "COMPLEXITY_SHARE_FULL", "HOUSEHOLD_TOO_LARGE", "HOUSEHOLD_TOO_LARGE"),
                made.getList("skipped.reason"));
        assertEquals(List.of("LOW", "LOW", "MODERATE", "LOW", "LOW"), made.getList("skipped.complexity"));
        for (Map<String, Object> skipped : made.<Map<String, Object>>getList("skipped")) {
            assertEquals(Set.of("rank", "communityId", "complexity", "reason"), skipped.keySet());
            assertEquals(community, skipped.get("communityId"));
        }
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + notReached).then().body("status", equalTo("WAITING"));

        // The coordinator sees the skips by reason in the fairness report.
        JsonPath report = Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community)
                .when().get("/api/v1/reports/fairness").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("COMPLEXITY_SHARE_FULL", "LANGUAGE", "HOUSEHOLD_TOO_LARGE", "PREFERENCE"),
                report.getList("skips.reason"));
        assertEquals(List.of(1, 1, 2, 1), report.getList("skips.count"));
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).queryParam("providerId", doctor.id())
                .when().get("/api/v1/reports/fairness").then().statusCode(200).body("skips.count", equalTo(List.of(1, 1, 2, 1)));
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community)
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .when().get("/api/v1/reports/fairness").then().statusCode(200).body("skips.count", equalTo(List.of(0, 0, 0, 0)));
    }

    @Test
    void aHouseholdIsProposedTogetherWhenItFits() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 3);
        capacity(doctor, 3, 1000, 100, 0, 0);
        List<String> family = household(community);
        String single = entry(community, true);
        order(List.of(family.get(0), single, family.get(1)));
        JsonPath made = request(doctor, 10);
        assertEquals(List.of(family.get(0), family.get(1), single), made.getList("proposals.entry.id"));
        assertEquals(List.of("RANK_ORDER", "HOUSEHOLD", "RANK_ORDER"), made.getList("proposals.rule"));
        assertEquals(List.of(1, 3, 2), made.getList("proposals.rank"));
    }

    @Test
    void onlyAnAcceptingFreshProviderWithRoomGetsPatientsAndOnlyTheyOrTheirEndorsedDelegateMayAsk() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 2);
        TestData.Doctor other = TestData.acceptingProvider(community, 2);
        entry(community, true);
        String delegate = UUID.randomUUID().toString();
        Api.as(delegate, Roles.DELEGATE).body("{}").when().post(requests(doctor)).then().statusCode(403);
        Api.as(other.subject(), Roles.PROVIDER).body("{}").when().post(requests(doctor)).then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).body("{}").when().post(requests(doctor)).then().statusCode(403);
        Api.as(delegate, Roles.DELEGATE).when().get(requests(doctor)).then().statusCode(403);
        Api.invalidAs(doctor.subject(), Roles.PROVIDER).body("{\"count\": 11}").when().post(requests(doctor)).then().statusCode(400);
        Api.invalidAs(doctor.subject(), Roles.PROVIDER).body("{\"count\": 0}").when().post(requests(doctor)).then().statusCode(400);

        Handshake.active(doctor.subject(), delegate);
        Api.as(delegate, Roles.DELEGATE).body("{\"count\": 1}").when().post(requests(doctor)).then().statusCode(201)
                .body("proposals.size()", equalTo(1));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "PATIENT_REQUEST").queryParam("actorSubject", delegate)
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].onBehalfOfProviderId", equalTo(doctor.id()));

        // Stale: not confirmed for more than 90 days.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update provider_capacity set last_confirmed_at = now() - interval '91 days' where provider_id = :p")
                .setParameter("p", UUID.fromString(other.id())).executeUpdate());
        Api.as(other.subject(), Roles.PROVIDER).body("{}").when().post(requests(other))
                .then().statusCode(409).body("detail", containsString("stale"));
        // Not accepting.
        TestData.capacity(doctor, false, 2, 1000, 40, 40, 20);
        Api.as(doctor.subject(), Roles.PROVIDER).body("{}").when().post(requests(doctor))
                .then().statusCode(409).body("detail", containsString("not accepting"));
    }

    @Test
    void concurrentRequestsNeverProposeTheSameEntry() throws Exception {
        String community = TestData.newCommunity();
        List<TestData.Doctor> doctors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
            capacity(doctor, 5, 1000, 100, 0, 0);
            doctors.add(doctor);
        }
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            waiting.add(entry(community, true));
        }
        order(waiting);
        List<Callable<List<String>>> calls = doctors.stream().map(doctor -> {
            String token = Tokens.bearer(doctor.subject(), Roles.PROVIDER);
            return (Callable<List<String>>) () -> io.restassured.RestAssured.given().header("Authorization", token)
                    .contentType("application/json").body("{\"count\": 5}")
                    .when().post(requests(doctor)).then().statusCode(201).extract().jsonPath().getList("proposals.entry.id");
        }).toList();
        List<List<String>> proposed = Race.run(calls, calls.size());
        Set<String> distinct = new HashSet<>();
        proposed.forEach(distinct::addAll);
        assertEquals(20, proposed.stream().mapToInt(List::size).sum(), "proposals " + proposed);
        assertEquals(20, distinct.size(), "no entry proposed twice: " + proposed);
        assertTrue(waiting.containsAll(distinct));
        for (TestData.Doctor doctor : doctors) {
            Api.as(ADMIN, Roles.ADMIN).queryParam("providerId", doctor.id()).queryParam("status", "PROPOSED")
                    .when().get("/api/v1/waitlist-entries").then().statusCode(200).body("totalItems", equalTo(5));
        }
    }

    @Test
    void aProviderAtClinicsInTwoCommunitiesIsOfferedAndRequestsFromBoth() {
        String north = TestData.newCommunity();
        String south = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(north, 4);
        TestData.staff(TestData.clinicIn(south, null), doctor.id());
        capacity(doctor, 4, 1000, 100, 0, 0);
        String north1 = entry(north, true);
        String south1 = entry(south, true);
        String north2 = entry(north, true);
        String south2 = entry(south, true);
        String north3 = entry(north, true);
        order(List.of(north1, south1, north2, south2, north3));
        // Both communities' lists are open to the provider...
        for (String community : List.of(north, south)) {
            Api.as(doctor.subject(), Roles.PROVIDER).queryParam("communityId", community)
                    .when().get("/api/v1/waitlist-entries").then().statusCode(200).body("totalItems", equalTo(2 + (community.equals(north) ? 1 : 0)));
        }
        // ...and a request takes from both, merged in rank order, each ranked within its own community.
        JsonPath made = request(doctor, 10);
        assertEquals(List.of(north1, south1, north2, south2), made.getList("proposals.entry.id"));
        assertEquals(List.of(1, 1, 2, 2), made.getList("proposals.rank"));
        assertEquals(List.of(north, south, north, south), made.getList("proposals.entry.communityId"));
    }
}
