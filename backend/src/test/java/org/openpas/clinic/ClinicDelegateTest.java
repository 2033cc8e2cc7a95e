package org.openpas.clinic;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.TestData;

/**
 * The seeds: a medical director may delegate the clinic's information to a medical office assistant
 * through an endorsement. A delegate with an ACTIVE endorsement from the clinic's medical director edits
 * the clinic's details, hours and staff list, audited as themselves acting for the director; an
 * endorsement from another provider of the clinic, an ended one, or the director's endorsement used on
 * another clinic gives nothing.
 */
@QuarkusTest
class ClinicDelegateTest {

    private static final String CLINICS = "/api/v1/clinics/";

    /** A clinic whose medical director is also a provider record (so they can endorse), with a staff provider. */
    private record Clinic(String id, String director, String directorProvider, String staffProvider,
            String staffProviderId) {
    }

    private static Clinic clinic() {
        String director = UUID.randomUUID().toString();
        String directorProvider = TestData.provider(director);
        String id = TestData.clinic(director);
        String staffProvider = UUID.randomUUID().toString();
        String staffProviderId = TestData.provider(staffProvider);
        TestData.staff(id, staffProviderId);
        return new Clinic(id, director, directorProvider, staffProvider, staffProviderId);
    }

    private static String details(String clinicId, String name) {
        return """
                {"name": "%s",
                 "address": {"line1": "12 Delegate Way", "city": "Vancouver", "province": "BC", "postalCode": "V5L 3X1"},
                 "communityId": "%s", "phone": "604-555-0142", "status": "ACTIVE"}"""
                .formatted(name, TestData.communityId("Vancouver"));
    }

    /** The four edits, in order: details, hours, add a staff member, remove one; their statuses. */
    private static List<Integer> edits(String subject, String clinicId) {
        String name = "Edited by delegate " + UUID.randomUUID();
        int update = Api.as(subject, Roles.DELEGATE).header("If-Match", etag(clinicId)).body(details(clinicId, name))
                .put(CLINICS + clinicId).statusCode();
        int hours = Api.as(subject, Roles.DELEGATE).header("If-Match", etag(clinicId))
                .body("{\"hours\": [{\"dayOfWeek\": \"TUESDAY\", \"opens\": \"09:00\", \"closes\": \"17:00\"}]}")
                .put(CLINICS + clinicId + "/hours").statusCode();
        Response added = Api.as(subject, Roles.DELEGATE)
                .body("{\"kind\": \"DELEGATE\", \"name\": \"New MOA\", \"email\": \"%s@test.example\"}".formatted(UUID.randomUUID()))
                .post(CLINICS + clinicId + "/staff");
        String removable = Api.as(ADMIN, Roles.ADMIN)
                .body("{\"kind\": \"DELEGATE\", \"name\": \"Leaving MOA\", \"email\": \"%s@test.example\"}".formatted(UUID.randomUUID()))
                .post(CLINICS + clinicId + "/staff").then().statusCode(201).extract().path("id");
        int removed = Api.as(subject, Roles.DELEGATE).delete(CLINICS + clinicId + "/staff/" + removable).statusCode();
        return List.of(update, hours, added.statusCode(), removed);
    }

    private static String etag(String clinicId) {
        return TestData.etag(CLINICS + clinicId, ADMIN, Roles.ADMIN);
    }

    @Test
    void aDelegateEndorsedByTheMedicalDirectorEditsTheClinicAuditedAsActingForTheDirector() {
        Clinic clinic = clinic();
        String moa = UUID.randomUUID().toString();
        Handshake.active(clinic.director(), moa);

        List<Integer> statuses = edits(moa, clinic.id());

        org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 200, 201, 204), statuses);
        Api.as(ADMIN, Roles.ADMIN).get(CLINICS + clinic.id() + "/hours").then().statusCode(200)
                .body("hours[0].dayOfWeek", equalTo("TUESDAY"));
        // Both identities: the delegate is the actor, the director's provider record the one acted for.
        Api.as(ADMIN, Roles.ADMIN).queryParam("actorSubject", moa).queryParam("onBehalfOfProviderId", clinic.directorProvider())
                .queryParam("outcome", "SUCCESS").queryParam("resourceType", "CLINIC").queryParam("size", 100)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("CLINIC_UPDATE", "CLINIC_HOURS_REPLACE", "CLINIC_STAFF_ADD",
                        "CLINIC_STAFF_REMOVE"))
                .body("items.findAll { it.action.startsWith('CLINIC_') }.size()", equalTo(4));
    }

    @Test
    void aDelegateEndorsedByAnotherProviderOfTheClinicMayNotEditIt() {
        Clinic clinic = clinic();
        String moa = UUID.randomUUID().toString();
        Handshake.active(clinic.staffProvider(), moa);

        org.junit.jupiter.api.Assertions.assertEquals(List.of(403, 403, 403, 403), edits(moa, clinic.id()));
        Api.as(ADMIN, Roles.ADMIN).queryParam("actorSubject", moa).queryParam("outcome", "DENIED").queryParam("size", 100)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("CLINIC_UPDATE", "CLINIC_HOURS_REPLACE", "CLINIC_STAFF_ADD",
                        "CLINIC_STAFF_REMOVE"));
    }

    @Test
    void aDelegateWhoseEndorsementByTheDirectorEndedMayNotEdit() {
        Clinic clinic = clinic();
        String moa = UUID.randomUUID().toString();
        String endorsement = Handshake.active(clinic.director(), moa);
        Api.as(clinic.director(), Roles.PROVIDER).post("/api/v1/endorsements/" + endorsement + "/end")
                .then().statusCode(200);

        org.junit.jupiter.api.Assertions.assertEquals(List.of(403, 403, 403, 403), edits(moa, clinic.id()));
    }

    @Test
    void aPendingEndorsementOrNoneGivesNothing() {
        Clinic clinic = clinic();
        String pending = UUID.randomUUID().toString();
        Handshake.approved(clinic.director(), pending);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(403, 403, 403, 403), edits(pending, clinic.id()));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(403, 403, 403, 403),
                edits(UUID.randomUUID().toString(), clinic.id()));
    }

    @Test
    void theDirectorsDelegateMayNotEditAnotherClinic() {
        Clinic clinic = clinic();
        Clinic other = clinic();
        String moa = UUID.randomUUID().toString();
        Handshake.active(clinic.director(), moa);

        org.junit.jupiter.api.Assertions.assertEquals(List.of(403, 403, 403, 403), edits(moa, other.id()));
        // Nor may the director themselves.
        Api.as(clinic.director(), Roles.MEDICAL_DIRECTOR).header("If-Match", etag(other.id()))
                .body(details(other.id(), "Not mine")).put(CLINICS + other.id()).then().statusCode(403);
    }

    @Test
    void settingTheDirectorStaysWithAdmins() {
        Clinic clinic = clinic();
        String moa = UUID.randomUUID().toString();
        Handshake.active(clinic.director(), moa);
        Api.as(moa, Roles.DELEGATE).header("If-Match", etag(clinic.id()))
                .body("{\"subject\": \"%s\", \"name\": \"Me\", \"email\": \"me@test.example\"}".formatted(moa))
                .put(CLINICS + clinic.id() + "/medical-director").then().statusCode(403);
    }
}
