package org.openpas.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.OTHER_DIRECTOR;
import static org.openpas.testing.Users.PATIENT;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

@QuarkusTest
class CapacityResourceTest {

    @Inject
    EntityManager em;

    private static String statement(boolean accepting, int monthly, int low, int moderate, int high) {
        return """
                {"acceptingNewPatients": %s, "monthlyCapacity": %d, "desiredPanelSize": 1500,
                 "complexityMix": {"lowPercent": %d, "moderatePercent": %d, "highPercent": %d},
                 "notes": "Mornings only"}""".formatted(accepting, monthly, low, moderate, high);
    }

    /** Pretends the provider last confirmed their capacity {@code days} ago. */
    @Transactional
    void confirmedDaysAgo(String providerId, int days) {
        em.createNativeQuery("update provider_capacity set last_confirmed_at = now() - make_interval(days => :days)"
                        + " where provider_id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(providerId)).executeUpdate();
    }

    @Test
    void aProviderStatesCapacityWhichMustBeConfirmedAgainOrGoesStale() {
        String me = UUID.randomUUID().toString();
        String id = TestData.provider(me);
        String path = "/api/v1/providers/" + id + "/capacity";

        String never = Api.as(me, Roles.PROVIDER).when().get(path)
                .then().statusCode(200)
                .body("acceptingNewPatients", equalTo(false)).body("offeredPatients", equalTo(false))
                .body("lastConfirmedAt", org.hamcrest.Matchers.nullValue())
                .extract().header("ETag");
        Api.invalidAs(me, Roles.PROVIDER).body(statement(true, 20, 50, 30, 20)).when().put(path)
                .then().statusCode(428);
        String etag = Api.as(me, Roles.PROVIDER).header("If-Match", never).body(statement(true, 20, 50, 30, 20))
                .when().put(path)
                .then().statusCode(200)
                .body("acceptingNewPatients", equalTo(true)).body("monthlyCapacity", equalTo(20))
                .body("remainingThisMonth", equalTo(20)).body("currentPanelSize", equalTo(0))
                .body("stale", equalTo(false)).body("offeredPatients", equalTo(true))
                .body("lastConfirmedAt", notNullValue()).body("updatedBy.subject", equalTo(me))
                .extract().header("ETag");
        Api.as(me, Roles.PROVIDER).header("If-Match", never).body(statement(false, 0, 100, 0, 0)).when().put(path)
                .then().statusCode(412);
        Api.as(me, Roles.PROVIDER).header("If-Match", etag).body(statement(true, 20, 50, 30, 30)).when().put(path)
                .then().statusCode(422).body("errors.field", hasItem("complexityMix"));

        confirmedDaysAgo(id, 91);
        Api.as(me, Roles.PROVIDER).when().get(path)
                .then().statusCode(200)
                .body("stale", equalTo(true)).body("offeredPatients", equalTo(false))
                .body("staleReason", containsString("90 days"));
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("accepting", true).queryParam("size", 100)
                .when().get("/api/v1/providers")
                .then().body("items.id", not(hasItem(id)));

        Api.as(me, Roles.PROVIDER).when().post(path + "/confirm")
                .then().statusCode(200).body("stale", equalTo(false)).body("offeredPatients", equalTo(true));
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("accepting", true).queryParam("size", 100)
                .when().get("/api/v1/providers")
                .then().body("items.id", hasItem(id));
    }

    @Test
    void onlyTheProviderOrAnAdminChangesCapacityAndRelatedStaffMayReadIt() {
        String me = UUID.randomUUID().toString();
        String id = TestData.provider(me);
        String path = "/api/v1/providers/" + id + "/capacity";
        String community = TestData.newCommunity();
        TestData.staff(TestData.clinicIn(community, DIRECTOR), id);

        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER).when().get(path).then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER).header("If-Match", "\"0\"")
                .body(statement(true, 5, 100, 0, 0)).when().put(path).then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER).when().post(path + "/confirm").then().statusCode(403);
        Api.as(PATIENT, Roles.PATIENT).when().get(path).then().statusCode(403);
        Api.anonymous().when().get(path).then().statusCode(401);

        // The director of the provider's clinic reads, but does not change it; another director does neither.
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).when().get(path).then().statusCode(200);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", "\"0\"").body(statement(true, 5, 100, 0, 0))
                .when().put(path).then().statusCode(403);
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).when().get(path).then().statusCode(403);

        // A coordinator reads capacity in their communities only.
        Api.as(COORDINATOR, Roles.COORDINATOR).when().get(path).then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(COORDINATOR))
                .when().post("/api/v1/communities/" + community + "/coordinators").then().statusCode(201);
        Api.as(COORDINATOR, Roles.COORDINATOR).when().get(path).then().statusCode(200);

        Api.as(ADMIN, Roles.ADMIN).header("If-Match", "\"0\"").body(statement(true, 5, 100, 0, 0))
                .when().put(path).then().statusCode(200);
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/providers/" + UUID.randomUUID() + "/capacity")
                .then().statusCode(404);
    }

    @Test
    void confirmingCapacityThatWasNeverStatedIs404() {
        String me = UUID.randomUUID().toString();
        String id = TestData.provider(me);
        Api.as(me, Roles.PROVIDER).when().post("/api/v1/providers/" + id + "/capacity/confirm")
                .then().statusCode(404).body("detail", containsString("state it first"));
    }

    @Test
    void theCommunityViewCountsAcceptingAndStaleProviders() {
        String community = TestData.newCommunity();
        String clinic = TestData.clinicIn(community, null);
        String accepting = UUID.randomUUID().toString();
        String stale = UUID.randomUUID().toString();
        String acceptingId = TestData.provider(accepting);
        String staleId = TestData.provider(stale);
        String silentId = TestData.provider(null);
        for (String id : new String[] {acceptingId, staleId, silentId}) {
            TestData.staff(clinic, id);
        }
        Api.as(accepting, Roles.PROVIDER).header("If-Match", "\"0\"").body(statement(true, 12, 60, 30, 10))
                .when().put("/api/v1/providers/" + acceptingId + "/capacity").then().statusCode(200);
        Api.as(stale, Roles.PROVIDER).header("If-Match", "\"0\"").body(statement(true, 8, 60, 30, 10))
                .when().put("/api/v1/providers/" + staleId + "/capacity").then().statusCode(200);
        confirmedDaysAgo(staleId, 120);

        Api.as(PATIENT, Roles.PATIENT).when().get("/api/v1/communities/" + community + "/capacity")
                .then().statusCode(200)
                .body("providersTotal", equalTo(3))
                .body("providersAccepting", equalTo(1))
                .body("providersStale", equalTo(1))
                .body("spacesOfferedThisMonth", equalTo(12))
                .body("spacesRemainingThisMonth", equalTo(12))
                .body("panelSizeTotal", equalTo(0));
    }
}
