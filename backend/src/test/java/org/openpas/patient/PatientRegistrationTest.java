package org.openpas.patient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

@QuarkusTest
class PatientRegistrationTest {

    private static final String PATIENTS = "/api/v1/patients";

    @Test
    void aPatientRegistersThemselvesAndTheirHouseholdOnTheWaitlist() {
        String me = UUID.randomUUID().toString();
        String phn = Registrations.phn();
        String self = Api.as(me, Roles.PATIENT)
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "\"DIABETES\", \"HYPERTENSION\"", true))
                .when().post(PATIENTS)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/patients/"))
                .header("ETag", notNullValue())
                .body("phn", equalTo(phn))
                .body("priorityPoints", equalTo(6))
                .body("complexity", equalTo("MODERATE"))
                .body("waitlistStatus", equalTo("WAITING"))
                .body("communityName", equalTo("Vancouver"))
                .body("registrantSubject", equalTo(me))
                .extract().path("id");
        String household = Api.as(me, Roles.PATIENT).when().get(PATIENTS + "/" + self)
                .then().statusCode(200).extract().path("householdId");
        String child = Registrations.register(me, Registrations.vancouver(), "CHILD", "");
        Api.as(me, Roles.PATIENT).when().get(PATIENTS + "/" + child)
                .then().statusCode(200).body("householdId", equalTo(household)).body("complexity", equalTo("LOW"));
        Api.as(me, Roles.PATIENT).when().get(PATIENTS)
                .then().statusCode(200).body("totalItems", equalTo(2));
        Api.as(me, Roles.PATIENT).when().get("/api/v1/me")
                .then().statusCode(200).body("patientIds", org.hamcrest.Matchers.containsInAnyOrder(self, child));

        Api.as(me, Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(409).body("detail", containsString("already registered yourself"));
        Api.as(me, Roles.PATIENT)
                .body(Registrations.body(phn, "SPOUSE_PARTNER", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(409).body("conflictingResource", equalTo("/api/v1/patients/" + self));
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT)
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(409).body("conflictingResource", nullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
        String me = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String body = Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true);
        String first = Api.as(me, Roles.PATIENT).header("Idempotency-Key", key).body(body).when().post(PATIENTS)
                .then().statusCode(201).extract().path("id");
        Api.as(me, Roles.PATIENT).header("Idempotency-Key", key).body(body).when().post(PATIENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.as(me, Roles.PATIENT).header("Idempotency-Key", key)
                .body(Registrations.body(Registrations.phn(), "CHILD", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(422).contentType("application/problem+json");
        Api.as(me, Roles.PATIENT).when().get(PATIENTS).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aPatientNeverSeesAnotherPatient() {
        String me = UUID.randomUUID().toString();
        String stranger = UUID.randomUUID().toString();
        String mine = Registrations.register(me, Registrations.vancouver(), "SELF", "");
        Registrations.register(stranger, Registrations.vancouver(), "SELF", "");
        Api.as(stranger, Roles.PATIENT).when().get(PATIENTS + "/" + mine)
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(stranger, Roles.PATIENT).when().get(PATIENTS + "/" + mine + "/history").then().statusCode(404);
        Api.as(stranger, Roles.PATIENT).when().get(PATIENTS + "/" + mine + "/wait-estimate").then().statusCode(404);
        Api.as(stranger, Roles.PATIENT).when().get(PATIENTS)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(mine)))
                .body("totalItems", equalTo(1));
        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER).when().get(PATIENTS).then().statusCode(403);
        Api.anonymous().when().get(PATIENTS + "/" + mine).then().statusCode(401);
    }

    @Test
    void coordinatorsReadThePatientsOfTheirCommunitiesButDoNotChangeThem() {
        String community = TestData.newCommunity();
        String patient = Registrations.register(UUID.randomUUID().toString(), community, "SELF", "");
        String coordinator = UUID.randomUUID().toString();
        Api.as(coordinator, Roles.COORDINATOR).when().get(PATIENTS + "/" + patient).then().statusCode(404);
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(coordinator))
                .when().post("/api/v1/communities/" + community + "/coordinators").then().statusCode(201);
        String etag = Api.as(coordinator, Roles.COORDINATOR).when().get(PATIENTS + "/" + patient)
                .then().statusCode(200).extract().header("ETag");
        Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).when().get(PATIENTS)
                .then().statusCode(200).body("items.id", equalTo(List.of(patient)));
        Api.as(coordinator, Roles.COORDINATOR, Roles.PATIENT).header("If-Match", etag)
                .body(update(community, "Moved"))
                .when().put(PATIENTS + "/" + patient).then().statusCode(403);
        Api.as(COORDINATOR, Roles.COORDINATOR).when().get(PATIENTS + "/" + patient).then().statusCode(404);
    }

    private static String update(String community, String family) {
        return """
                {"familyName": "%s", "givenNames": "Pat", "dateOfBirth": "1940-01-01", "gender": "X",
                 "preferredLanguage": "fr", "consentToShare": false, "matchWithHousehold": true,
                 "address": {"line1": "9 Elm Street", "city": "Victoria", "province": "BC", "postalCode": "V8W 1A1"},
                 "communityId": "%s"}""".formatted(family, community);
    }

    @Test
    void updatesMoveTheEntryAndRescoreKeepingTheRegistrationDate() {
        String me = UUID.randomUUID().toString();
        String patient = Registrations.register(me, Registrations.vancouver(), "SELF", "");
        String path = PATIENTS + "/" + patient;
        String entry = Api.as(me, Roles.PATIENT).when().get(path).then().extract().path("waitlistEntryId");
        String registeredAt = Api.as(me, Roles.PATIENT).when().get("/api/v1/waitlist-entries/" + entry)
                .then().statusCode(200).extract().path("registeredAt");
        String etag = TestData.etag(path, me, Roles.PATIENT);
        Api.invalidAs(me, Roles.PATIENT).body(update(TestData.communityId("Victoria"), "Moved")).when().put(path)
                .then().statusCode(428);
        String next = Api.as(me, Roles.PATIENT).header("If-Match", etag)
                .body(update(TestData.communityId("Victoria"), "Moved"))
                .when().put(path)
                .then().statusCode(200)
                .body("communityName", equalTo("Victoria"))
                .body("priorityPoints", equalTo(4)) // mental health 2 + age 75 and over 2
                .extract().header("ETag");
        Api.as(me, Roles.PATIENT).when().get("/api/v1/waitlist-entries/" + entry)
                .then().statusCode(200)
                .body("communityName", equalTo("Victoria"))
                .body("registeredAt", equalTo(registeredAt))
                .body("matchWithHousehold", equalTo(true));
        Api.as(me, Roles.PATIENT).header("If-Match", next).body("""
                {"chronicConditions": ["CANCER", "HEART_DISEASE", "LUNG_DISEASE", "KIDNEY_DISEASE"], "pregnant": false,
                 "recentHospitalStay": true, "mentalHealthNeeds": true, "mobilityLimitations": true}""")
                .when().put(path + "/questionnaire")
                .then().statusCode(200)
                .body("priorityPoints", equalTo(15)).body("complexity", equalTo("HIGH"));
        Api.as(me, Roles.PATIENT).when().get(path + "/history")
                .then().statusCode(200)
                .body("items.cause", equalTo(List.of("REGISTRATION", "COMMUNITY_CHANGE")));
    }

    @Test
    void badRegistrationsAreClearProblems() {
        String me = UUID.randomUUID().toString();
        Api.invalidAs(me, Roles.PATIENT)
                .body(Registrations.body("9698648215", "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(400).body("errors.field", hasItem("phn"));
        Api.invalidAs(me, Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true)
                        .replace("1980-04-30", "2999-01-01"))
                .when().post(PATIENTS)
                .then().statusCode(400).body("errors.field", hasItem("dateOfBirth"));
        Api.as(me, Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "SELF", UUID.randomUUID().toString(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(422).body("errors.field", hasItem("communityId"));
        Api.invalidAs(me, Roles.PATIENT)
                .body(Registrations.body(Registrations.phn(), "GRANDPA", Registrations.vancouver(), "\"FLU\"", true))
                .when().post(PATIENTS)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR)
                .body(Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(403);
        Api.as(me, Roles.PATIENT).when().get(PATIENTS).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
