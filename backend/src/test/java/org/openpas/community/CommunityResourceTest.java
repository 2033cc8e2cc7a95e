package org.openpas.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.PATIENT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;

@QuarkusTest
class CommunityResourceTest {

    private static final String COMMUNITIES = "/api/v1/communities";

    private static String newCommunity(String name) {
        return Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": "%s", "healthAuthority": "INTERIOR", "pcn": "Test PCN"}""".formatted(name))
                .when().post(COMMUNITIES)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/communities/"))
                .header("ETag", notNullValue())
                .extract().path("id");
    }

    @Test
    void theMigrationSeedsRealBcCommunitiesInEveryHealthAuthority() {
        Api.as(PATIENT, Roles.PATIENT)
                .queryParam("size", 100)
                .when().get(COMMUNITIES)
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(60))
                .body("items.name", hasItem("Prince George"))
                .body("items.healthAuthority", hasItem("VANCOUVER_COASTAL"))
                .body("items.healthAuthority", hasItem("NORTHERN"));
    }

    @Test
    void listsFilterByHealthAuthorityAndNameAndArePaged() {
        Api.as(PATIENT, Roles.PATIENT)
                .queryParam("healthAuthority", "ISLAND").queryParam("q", "vic")
                .when().get(COMMUNITIES)
                .then().statusCode(200)
                .body("items.name", equalTo(java.util.List.of("Victoria")))
                .body("totalItems", equalTo(1));
        Api.as(PATIENT, Roles.PATIENT)
                .queryParam("healthAuthority", "FRASER").queryParam("size", 2).queryParam("page", 1)
                .when().get(COMMUNITIES)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.healthAuthority", everyItem(equalTo("FRASER")))
                .body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalPages", greaterThanOrEqualTo(7));
    }

    @Test
    void anAdminCreatesAndUpdatesWithOptimisticConcurrency() {
        String id = newCommunity("Test Creek " + UUID.randomUUID());
        String etag = Api.as(COORDINATOR, Roles.COORDINATOR).when().get(COMMUNITIES + "/" + id)
                .then().statusCode(200).body("pcn", equalTo("Test PCN")).extract().header("ETag");
        String renamed = "Renamed Creek " + UUID.randomUUID();
        String body = """
                {"name": "%s", "healthAuthority": "NORTHERN"}""".formatted(renamed);

        Api.invalidAs(ADMIN, Roles.ADMIN).body(body).when().put(COMMUNITIES + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String newEtag = Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(body)
                .when().put(COMMUNITIES + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo(renamed)).body("healthAuthority", equalTo("NORTHERN"))
                .extract().header("ETag");
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(body)
                .when().put(COMMUNITIES + "/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(newEtag));
    }

    @Test
    void onlyAdminsCreateOrUpdate() {
        String body = """
                {"name": "Not Allowed", "healthAuthority": "ISLAND"}""";
        Api.as(COORDINATOR, Roles.COORDINATOR).body(body).when().post(COMMUNITIES)
                .then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().body(body).when().post(COMMUNITIES)
                .then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().when().get(COMMUNITIES)
                .then().statusCode(401);
    }

    @Test
    void aDuplicateNameIsAConflict() {
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"name": "victoria", "healthAuthority": "ISLAND"}""")
                .when().post(COMMUNITIES)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Victoria"));
    }

    @Test
    void badInputIsA400ThatNamesEachField() {
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "", "healthAuthority": "ATLANTIS"}""")
                .when().post(COMMUNITIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("healthAuthority"));
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "", "healthAuthority": "ISLAND"}""")
                .when().post(COMMUNITIES)
                .then().statusCode(400)
                .body("errors.field", hasItem("name"));
        Api.invalidAs(ADMIN, Roles.ADMIN).body("{\"name\": ")
                .when().post(COMMUNITIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "Extra", "healthAuthority": "ISLAND", "population": 5}""")
                .when().post(COMMUNITIES)
                .then().statusCode(400)
                .body("errors.field", hasItem("population"));
        Api.invalidAs(ADMIN, Roles.ADMIN).queryParam("size", 101).when().get(COMMUNITIES)
                .then().statusCode(400).body("errors.field", hasItem("size"));
        Api.invalidAs(ADMIN, Roles.ADMIN).queryParam("healthAuthority", "ATLANTIS").when().get(COMMUNITIES)
                .then().statusCode(400).contentType("application/problem+json");
        Api.invalidAs(ADMIN, Roles.ADMIN).when().get(COMMUNITIES + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(ADMIN, Roles.ADMIN).when().get(COMMUNITIES + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
