package org.openpas.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.PATIENT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

@QuarkusTest
class ProviderResourceTest {

    private static final String PROVIDERS = "/api/v1/providers";

    private static String profile(String subject, String name, String msp, String status) {
        return """
                {"subject": "%s", "name": "%s", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                 "email": "%s@test.example", "phone": "604-555-0111", "languages": ["en", "fr"], "status": "%s"}"""
                .formatted(subject, name, msp, msp.toLowerCase(), status);
    }

    @Test
    void anAdminRegistersAProviderWhoWorksAtClinics() {
        String me = UUID.randomUUID().toString();
        String id = TestData.provider(me);
        String clinic = TestData.clinic(DIRECTOR);
        TestData.staff(clinic, id);
        Api.as(COORDINATOR, Roles.COORDINATOR).when().get(PROVIDERS + "/" + id)
                .then().statusCode(200)
                .body("subject", equalTo(me))
                .body("languages", equalTo(java.util.List.of("en", "pa")))
                .body("clinics.clinicId", equalTo(java.util.List.of(clinic)))
                .body("clinics[0].communityName", equalTo("Vancouver"))
                .body("acceptingNewPatients", equalTo(false))
                .body("capacityStale", equalTo(false));
    }

    @Test
    void providersAreSearchedByClinicCommunityTypeAndLanguage() {
        String id = TestData.provider(UUID.randomUUID().toString());
        String clinic = TestData.clinic(null);
        TestData.staff(clinic, id);
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("clinicId", clinic).when().get(PROVIDERS)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(id)));
        Api.as(COORDINATOR, Roles.COORDINATOR)
                .queryParam("communityId", TestData.communityId("Vancouver")).queryParam("language", "pa")
                .queryParam("type", "FAMILY_PHYSICIAN").queryParam("size", 100)
                .when().get(PROVIDERS)
                .then().statusCode(200).body("items.id", hasItem(id));
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("clinicId", clinic).queryParam("language", "fr")
                .when().get(PROVIDERS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("communityId", TestData.communityId("Prince George"))
                .when().get(PROVIDERS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(PATIENT, Roles.PATIENT).when().get(PROVIDERS).then().statusCode(403);
        Api.as(PATIENT, Roles.PATIENT).when().get(PROVIDERS + "/" + id).then().statusCode(403);
        Api.anonymous().when().get(PROVIDERS + "/" + id).then().statusCode(401);
    }

    @Test
    void aDuplicateMspNumberOrEmailIsAConflict() {
        String id = TestData.provider(null);
        String msp = Api.as(ADMIN, Roles.ADMIN).when().get(PROVIDERS + "/" + id).then().extract().path("mspPractitionerNumber");
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"name": "Dr. Twin", "type": "NURSE_PRACTITIONER", "mspPractitionerNumber": "%s",
                 "email": "twin@test.example", "languages": []}""".formatted(msp))
                .when().post(PROVIDERS)
                .then().statusCode(409).body("detail", containsString(msp));
        Api.as(DIRECTOR, Roles.MEDICAL_DIRECTOR).body("""
                {"name": "Dr. Self", "type": "NURSE_PRACTITIONER", "mspPractitionerNumber": "ZZZZ1",
                 "email": "self@test.example", "languages": []}""")
                .when().post(PROVIDERS)
                .then().statusCode(403);
        Api.invalidAs(ADMIN, Roles.ADMIN).body("""
                {"name": "Dr. Bad", "type": "SURGEON", "mspPractitionerNumber": "12", "email": "x", "languages": ["english"]}""")
                .when().post(PROVIDERS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aProviderEditsTheirOwnProfileButNotTheAdminFields() {
        String me = UUID.randomUUID().toString();
        String id = TestData.provider(me);
        String path = PROVIDERS + "/" + id;
        String msp = Api.as(ADMIN, Roles.ADMIN).when().get(path).then().extract().path("mspPractitionerNumber");
        String etag = TestData.etag(path, me, Roles.PROVIDER);

        Api.as(me, Roles.PROVIDER).header("If-Match", etag).body(profile(me, "Dr. Renamed", msp, "ACTIVE"))
                .when().put(path)
                .then().statusCode(200).body("name", equalTo("Dr. Renamed")).body("languages", hasItem("fr"));
        String newEtag = TestData.etag(path, me, Roles.PROVIDER);
        Api.as(me, Roles.PROVIDER).header("If-Match", newEtag).body(profile(me, "Dr. Renamed", msp, "INACTIVE"))
                .when().put(path)
                .then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER).header("If-Match", newEtag)
                .body(profile(me, "Dr. Hijack", msp, "ACTIVE"))
                .when().put(path)
                .then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", newEtag).body(profile(me, "Dr. Renamed", msp, "INACTIVE"))
                .when().put(path)
                .then().statusCode(200).body("status", equalTo("INACTIVE"));
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", newEtag).body(profile(me, "Dr. Late", msp, "ACTIVE"))
                .when().put(path)
                .then().statusCode(412);
        Api.as(ADMIN, Roles.ADMIN).when().get(PROVIDERS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void everyListedProviderMatchesTheAcceptingFilter() {
        Api.as(COORDINATOR, Roles.COORDINATOR).queryParam("accepting", false).queryParam("size", 100)
                .when().get(PROVIDERS)
                .then().statusCode(200).body("items.acceptingNewPatients", everyItem(equalTo(false)));
    }
}
