package org.openpas.me;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.PATIENT;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

@QuarkusTest
class CurrentUserResourceTest {

    @Test
    void meSaysWhoTheCallerIsAndKeepsOnlyPasRoles() {
        Api.as(PATIENT, Roles.PATIENT, "offline_access", "default-roles-pas")
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(PATIENT))
                .body("roles", containsInAnyOrder("patient"))
                .body("actingFor.size()", equalTo(0));
    }

    @Test
    void aDirectorSeesTheClinicsTheyDirect() {
        String clinic = TestData.clinic(DIRECTOR);
        Api.as(DIRECTOR, Roles.PROVIDER, Roles.MEDICAL_DIRECTOR)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("directedClinicIds", hasItem(clinic));
        Api.as(DIRECTOR, Roles.PROVIDER, Roles.MEDICAL_DIRECTOR)
                .when().get("/api/v1/me/communities")
                .then().statusCode(200)
                .body("items.name", hasItem("Vancouver"));
    }

    @Test
    void aProviderSeesTheirProviderRecordAndTheCommunitiesOfTheirClinics() {
        String me = java.util.UUID.randomUUID().toString();
        String provider = TestData.provider(me);
        String community = TestData.newCommunity();
        TestData.staff(TestData.clinicIn(community, null), provider);
        Api.as(me, Roles.PROVIDER).when().get("/api/v1/me")
                .then().statusCode(200).body("providerId", equalTo(provider));
        Api.as(me, Roles.PROVIDER).when().get("/api/v1/me/communities")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(community)));
    }

    @Test
    void aCoordinatorWorksInTheCommunitiesAssignedToThem() {
        String princeGeorge = TestData.communityId("Prince George");
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(COORDINATOR))
                .when().post("/api/v1/communities/" + princeGeorge + "/coordinators")
                .then().statusCode(201);
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(COORDINATOR))
                .when().post("/api/v1/communities/" + princeGeorge + "/coordinators")
                .then().statusCode(409);
        Api.as(COORDINATOR, Roles.COORDINATOR)
                .when().get("/api/v1/me/communities")
                .then().statusCode(200)
                .body("items.name", hasItem("Prince George"))
                .body("items.name", not(hasItem("Tofino")));
        Api.as(COORDINATOR, Roles.COORDINATOR)
                .when().get("/api/v1/communities/" + princeGeorge + "/coordinators")
                .then().statusCode(200)
                .body("items.subject", hasItem(COORDINATOR));
        Api.as(PATIENT, Roles.PATIENT)
                .when().get("/api/v1/communities/" + princeGeorge + "/coordinators")
                .then().statusCode(403);
    }
}
