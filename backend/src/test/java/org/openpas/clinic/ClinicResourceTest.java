package org.openpas.clinic;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.DELEGATE;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.OTHER_DIRECTOR;
import static org.openpas.testing.Users.PATIENT;
import static org.openpas.testing.Users.PROVIDER;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

@QuarkusTest
class ClinicResourceTest {

    private static final String CLINICS = "/api/v1/clinics";

    private static String update(String name) {
        return """
                {"name": "%s",
                 "address": {"line1": "99 Commercial Drive", "line2": "Unit 4", "city": "Vancouver", "province": "BC",
                             "postalCode": "V5L 3X1"},
                 "communityId": "%s", "phone": "+1 604 555-0199", "fax": "604-555-0198",
                 "email": "new@test.example", "status": "ACTIVE"}""".formatted(name, TestData.communityId("Vancouver"));
    }

    @Test
    void anAdminCreatesAClinicThatEveryoneSignedInCanRead() {
        String id = TestData.clinic(DIRECTOR);
        Api.as(PATIENT, Roles.PATIENT).when().get(CLINICS + "/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("communityName", equalTo("Vancouver"))
                .body("address.postalCode", equalTo("V5K 0A1"))
                .body("status", equalTo("ACTIVE"))
                .body("medicalDirector.subject", equalTo(DIRECTOR));
    }

    @Test
    void onlyAdminsCreateClinics() {
        String create = update("Mine").replace(", \"status\": \"ACTIVE\"", "");
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR, Roles.PROVIDER).body(create).when().post(CLINICS)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsFilterByCommunityAuthorityStatusAndName() {
        String id = TestData.clinic(null);
        String name = Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + id).then().extract().path("name");
        Api.as(PROVIDER, Roles.PROVIDER)
                .queryParam("q", name.substring(7, 20)).queryParam("healthAuthority", "VANCOUVER_COASTAL")
                .queryParam("status", "ACTIVE").queryParam("communityId", TestData.communityId("Vancouver"))
                .when().get(CLINICS)
                .then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)))
                .body("totalItems", equalTo(1));
        Api.as(PROVIDER, Roles.PROVIDER).queryParam("healthAuthority", "NORTHERN").when().get(CLINICS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(PROVIDER, Roles.PROVIDER).queryParam("size", 1).when().get(CLINICS)
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
    }

    @Test
    void aMedicalDirectorEditsTheirOwnClinicOnly() {
        String mine = TestData.clinic(DIRECTOR);
        String theirs = TestData.clinic(OTHER_DIRECTOR);
        String etag = TestData.etag(CLINICS + "/" + mine, DIRECTOR, Roles.MEDICAL_DIRECTOR);

        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR, Roles.PROVIDER).header("If-Match", etag).body(update("Renamed"))
                .when().put(CLINICS + "/" + mine)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("address.line2", equalTo("Unit 4"))
                .body("fax", equalTo("604-555-0198"))
                .header("ETag", not(equalTo(etag)));

        String theirEtag = TestData.etag(CLINICS + "/" + theirs, DIRECTOR, Roles.MEDICAL_DIRECTOR);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR, Roles.PROVIDER).header("If-Match", theirEtag).body(update("Hijack"))
                .when().put(CLINICS + "/" + theirs)
                .then().statusCode(403).contentType("application/problem+json");
        // The director of a clinic who lacks the medical-director role is not a director.
        Api.as(DIRECTOR, Roles.PROVIDER).header("If-Match", theirEtag).body(update("Hijack"))
                .when().put(CLINICS + "/" + mine)
                .then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + theirs)
                .then().body("name", not(equalTo("Hijack")));
    }

    @Test
    void anAdminEditsAnyClinicAndUpdatesNeedTheCurrentEtag() {
        String id = TestData.clinic(DIRECTOR);
        String etag = TestData.etag(CLINICS + "/" + id, ADMIN, Roles.ADMIN);
        Api.invalidAs(ADMIN, Roles.ADMIN).body(update("No etag")).when().put(CLINICS + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(update("First")).when().put(CLINICS + "/" + id)
                .then().statusCode(200);
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(update("Lost update")).when().put(CLINICS + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void anUnknownCommunityIs422AndChangesNothing() {
        String id = TestData.clinic(DIRECTOR);
        String etag = TestData.etag(CLINICS + "/" + id, ADMIN, Roles.ADMIN);
        String body = update("Nowhere").replaceFirst("\"communityId\": \"[^\"]+\"",
                "\"communityId\": \"" + UUID.randomUUID() + "\"");
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(body).when().put(CLINICS + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("communityId"));
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + id)
                .then().header("ETag", equalTo(etag)).body("name", not(equalTo("Nowhere")));
    }

    @Test
    void badClinicInputNamesEachField() {
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "X", "address": {"line1": "1 Main", "city": "Vancouver", "province": "AB", "postalCode": "90210"},
                 "communityId": "%s", "phone": "call me", "email": "not-an-email"}"""
                .formatted(TestData.communityId("Vancouver")))
                .when().post(CLINICS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("address.province"));
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "X", "address": {"line1": "1 Main", "city": "Vancouver", "province": "BC", "postalCode": "90210"},
                 "communityId": "%s", "phone": "call me", "email": "not-an-email"}"""
                .formatted(TestData.communityId("Vancouver")))
                .when().post(CLINICS)
                .then().statusCode(400)
                .body("errors.field", hasItems("address.postalCode", "phone", "email"));
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "X", "address": {"line1": "1 Main", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                 "communityId": 42, "phone": "604-555-0100"}""")
                .when().post(CLINICS)
                .then().statusCode(400).contentType("application/problem+json");
        Api.invalidAs(ADMIN, Roles.ADMIN).body("[]").when().post(CLINICS)
                .then().statusCode(400).contentType("application/problem+json");
        Api.invalidAs(ADMIN, Roles.ADMIN).contentType("text/plain").body("name=x").when().post(CLINICS)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void hoursAreReplacedWholeAndMustBeConsistent() {
        String id = TestData.clinic(DIRECTOR);
        String hoursPath = CLINICS + "/" + id + "/hours";
        String etag = TestData.etag(hoursPath, DIRECTOR, Roles.MEDICAL_DIRECTOR);
        String newEtag = Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", etag).body("""
                {"hours": [{"dayOfWeek": "TUESDAY", "opens": "13:00", "closes": "17:00"},
                           {"dayOfWeek": "SATURDAY", "opens": "10:00", "closes": "14:00"},
                           {"dayOfWeek": "MONDAY", "opens": "08:00", "closes": "16:30"},
                           {"dayOfWeek": "TUESDAY", "opens": "08:00", "closes": "12:00"}]}""")
                .when().put(hoursPath)
                .then().statusCode(200)
                .body("hours.dayOfWeek", equalTo(java.util.List.of("MONDAY", "TUESDAY", "TUESDAY", "SATURDAY")))
                .body("hours.opens", equalTo(java.util.List.of("08:00", "08:00", "13:00", "10:00")))
                .extract().header("ETag");
        // The hours are part of the clinic: its ETag moved with them.
        Api.as(PATIENT, Roles.PATIENT).when().get(CLINICS + "/" + id)
                .then().header("ETag", equalTo(newEtag)).body("hours", hasSize(4));

        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", newEtag).body("""
                {"hours": [{"dayOfWeek": "FRIDAY", "opens": "17:00", "closes": "09:00"}]}""")
                .when().put(hoursPath)
                .then().statusCode(400).body("errors.field", hasItem("hours[0].closes"));
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", newEtag).body("""
                {"hours": [{"dayOfWeek": "FRIDAY", "opens": "09:00", "closes": "13:00"},
                           {"dayOfWeek": "FRIDAY", "opens": "12:00", "closes": "17:00"}]}""")
                .when().put(hoursPath)
                .then().statusCode(422).body("detail", containsString("overlap"));
        Api.invalidAs(DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", newEtag).body("""
                {"hours": [{"dayOfWeek": "FUNDAY", "opens": "25:00", "closes": "9am"}]}""")
                .when().put(hoursPath)
                .then().statusCode(400);
        Api.as(PATIENT, Roles.PATIENT).when().get(hoursPath)
                .then().statusCode(200).header("ETag", equalTo(newEtag)).body("hours", hasSize(4))
                .body("hours.dayOfWeek[3]", equalTo("SATURDAY"));
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", newEtag).body("{\"hours\": []}")
                .when().put(hoursPath)
                .then().statusCode(403);
    }

    @Test
    void aDirectorManagesStaffAndOnlyStaffSeeTheList() {
        String id = TestData.clinic(DIRECTOR);
        String staff = CLINICS + "/" + id + "/staff";
        String moaId = Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body("""
                {"kind": "DELEGATE", "name": "Morgan Chan", "email": "moa@test.example", "subject": "%s"}"""
                .formatted(DELEGATE))
                .when().post(staff)
                .then().statusCode(201)
                .header("Location", containsString(staff + "/"))
                .body("kind", equalTo("DELEGATE"))
                .extract().path("id");
        String providerId = TestData.provider(null);
        String provider = """
                {"kind": "PROVIDER", "name": "Dr. Lee", "email": "lee@test.example", "subject": "%s", "providerId": "%s"}"""
                .formatted(PROVIDER, providerId);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body(provider).when().post(staff)
                .then().statusCode(201);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body(provider.replace("lee@", "lee2@")).when().post(staff)
                .then().statusCode(409);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body("""
                {"kind": "PROVIDER", "name": "Dr. Nobody", "email": "nobody@test.example", "providerId": "%s"}"""
                .formatted(UUID.randomUUID()))
                .when().post(staff)
                .then().statusCode(422).body("errors.field", hasItem("providerId"));
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body("""
                {"kind": "DELEGATE", "name": "Same Person", "email": "MOA@test.example"}""")
                .when().post(staff)
                .then().statusCode(409).contentType("application/problem+json");
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body("""
                {"kind": "DELEGATE", "name": "Not A Provider", "email": "np@test.example", "providerId": "%s"}"""
                .formatted(UUID.randomUUID()))
                .when().post(staff)
                .then().statusCode(422).body("errors.field", hasItem("providerId"));

        // Staff, coordinators and the director read the list; a provider elsewhere and a patient do not.
        Api.as(DELEGATE, Roles.DELEGATE).when().get(staff)
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.name", equalTo(java.util.List.of("Morgan Chan", "Dr. Lee")));
        Api.as(PROVIDER, Roles.PROVIDER).queryParam("kind", "PROVIDER").when().get(staff)
                .then().statusCode(200).body("items.kind", everyItem(equalTo("PROVIDER")));
        Api.as(COORDINATOR, Roles.COORDINATOR).when().get(staff + "/" + moaId)
                .then().statusCode(200).body("email", equalTo("moa@test.example"));
        Api.as(OTHER_DIRECTOR, Roles.PROVIDER, Roles.MEDICAL_DIRECTOR).when().get(staff)
                .then().statusCode(403);
        Api.as(PATIENT, Roles.PATIENT).when().get(staff)
                .then().statusCode(403);

        // Another clinic's director cannot remove them; this one can, once.
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).when().delete(staff + "/" + moaId)
                .then().statusCode(403);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).when().delete(staff + "/" + moaId)
                .then().statusCode(204);
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).when().delete(staff + "/" + moaId)
                .then().statusCode(404);
        Api.as(DELEGATE, Roles.DELEGATE).when().get(staff)
                .then().statusCode(403);
    }

    @Test
    void onlyAnAdminAppointsOrRemovesTheMedicalDirector() {
        String id = TestData.clinic(null);
        String path = CLINICS + "/" + id + "/medical-director";
        String director = """
                {"subject": "%s", "name": "Dr. New", "email": "new.director@test.example"}""".formatted(OTHER_DIRECTOR);
        String etag = TestData.etag(CLINICS + "/" + id, ADMIN, Roles.ADMIN);
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", etag).body(director).when().put(path)
                .then().statusCode(403);
        String newEtag = Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body(director).when().put(path)
                .then().statusCode(200).body("medicalDirector.name", equalTo("Dr. New"))
                .extract().header("ETag");
        // Now they direct it, and may edit it.
        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).header("If-Match", newEtag).body(update("Directed"))
                .when().put(CLINICS + "/" + id)
                .then().statusCode(200);
        String latest = TestData.etag(CLINICS + "/" + id, ADMIN, Roles.ADMIN);
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", latest).when().delete(path)
                .then().statusCode(204);
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + id)
                .then().body("medicalDirector", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownClinicsAreNotFound() {
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(ADMIN, Roles.ADMIN).when().get(CLINICS + "/" + UUID.randomUUID() + "/staff")
                .then().statusCode(404);
    }
}
