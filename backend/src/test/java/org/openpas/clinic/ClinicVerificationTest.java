package org.openpas.clinic;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Province;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.Mailbox;
import org.openpas.testing.TestData;

/**
 * The seeds: providers "log in to verify clinic information". A provider on the clinic's staff, its
 * medical director, a delegate endorsed by one of them, or an admin confirms it; unverified for 12 months
 * (or never) the clinic is stale to coordinators, and its director (else its providers) is reminded once
 * per staleness.
 */
@QuarkusTest
class ClinicVerificationTest {

    private static final String CLINICS = "/api/v1/clinics/";

    @Inject
    ClinicJobs jobs;

    @Inject
    EntityManager em;

    /** A clinic with a director (no provider record) and one provider on its staff: {clinic, provider subject, id}. */
    private record Clinic(String id, String director, String provider, String providerId) {
    }

    private static Clinic clinic() {
        String director = UUID.randomUUID().toString();
        String id = TestData.clinic(director);
        String provider = UUID.randomUUID().toString();
        String providerId = TestData.provider(provider);
        TestData.staff(id, providerId);
        return new Clinic(id, director, provider, providerId);
    }

    private static String name(String clinicId) {
        return Api.as(ADMIN, Roles.ADMIN).get(CLINICS + clinicId).then().statusCode(200).extract().path("name");
    }

    /** Sets the clinic's last verification {@code months} months (and {@code days} days) before now. */
    private void verifiedAgo(String clinicId, int months, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update clinic set verified_at = :at where id = :id")
                .setParameter("at", ZonedDateTime.now(Province.ZONE).minusMonths(months).minusDays(days).toOffsetDateTime())
                .setParameter("id", UUID.fromString(clinicId)).executeUpdate());
    }

    private static void staleIs(String clinicId, boolean stale) {
        String name = name(clinicId);
        Api.as(TestData.coordinatorOf(TestData.communityId("Vancouver")), Roles.COORDINATOR).get(CLINICS + clinicId)
                .then().statusCode(200).body("verificationStale", equalTo(stale));
        Api.as(ADMIN, Roles.ADMIN).queryParam("q", name).queryParam("verificationStale", stale).get("/api/v1/clinics")
                .then().statusCode(200).body("items.id", hasItem(clinicId));
        Api.as(ADMIN, Roles.ADMIN).queryParam("q", name).queryParam("verificationStale", !stale).get("/api/v1/clinics")
                .then().statusCode(200).body("items.id", not(hasItem(clinicId)));
    }

    @Test
    void aProviderOnTheStaffVerifiesAndTheClinicIsStaleAgainAfterTwelveMonths() {
        Clinic clinic = clinic();
        Api.as(ADMIN, Roles.ADMIN).get(CLINICS + clinic.id()).then().statusCode(200)
                .body("verifiedAt", nullValue()).body("verifiedByName", nullValue());
        staleIs(clinic.id(), true);

        Api.as(clinic.provider(), Roles.PROVIDER).post(CLINICS + clinic.id() + "/verification")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("verifiedAt", notNullValue())
                .body("verifiedByName", equalTo("Test " + clinic.provider()))
                .body("verificationStale", equalTo(false));
        staleIs(clinic.id(), false);
        Api.as(ADMIN, Roles.ADMIN).queryParam("actorSubject", clinic.provider()).queryParam("action", "CLINIC_VERIFY")
                .queryParam("resourceId", clinic.id()).get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", equalTo(1));

        verifiedAgo(clinic.id(), 11, 27);
        staleIs(clinic.id(), false);
        verifiedAgo(clinic.id(), 12, 1);
        staleIs(clinic.id(), true);
    }

    @Test
    void whoMayVerify() {
        Clinic clinic = clinic();
        Clinic other = clinic();
        String path = CLINICS + clinic.id() + "/verification";
        // Refused: a provider of another clinic, another clinic's director, an unendorsed delegate, other roles.
        Api.as(other.provider(), Roles.PROVIDER).post(path).then().statusCode(403).contentType("application/problem+json");
        Api.as(other.director(), Roles.MEDICAL_DIRECTOR).post(path).then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.DELEGATE).post(path).then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).post(path).then().statusCode(403);
        Api.as(TestData.coordinatorOf(TestData.communityId("Vancouver")), Roles.COORDINATOR).post(path).then().statusCode(403);
        Api.as(clinic.provider(), Roles.PROVIDER).post(CLINICS + UUID.randomUUID() + "/verification").then().statusCode(404);
        Api.as(ADMIN, Roles.ADMIN).get(CLINICS + clinic.id()).then().body("verifiedAt", nullValue());

        // Allowed: the director, a delegate endorsed by a provider of the staff (acting for them), an admin.
        Api.as(clinic.director(), Roles.MEDICAL_DIRECTOR).post(path).then().statusCode(200)
                .body("verifiedByName", equalTo("Test " + clinic.director()));
        String moa = UUID.randomUUID().toString();
        Handshake.active(clinic.provider(), moa);
        Api.as(moa, Roles.DELEGATE).post(path).then().statusCode(200).body("verifiedByName", equalTo("Test " + moa));
        Api.as(ADMIN, Roles.ADMIN).queryParam("actorSubject", moa).queryParam("onBehalfOfProviderId", clinic.providerId())
                .queryParam("action", "CLINIC_VERIFY").get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", equalTo(1));
        // ... but not another clinic's, where the endorsing provider does not work.
        Api.as(moa, Roles.DELEGATE).post(CLINICS + other.id() + "/verification").then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).post(path).then().statusCode(200);
    }

    private static String remindersTo(String address, String clinicName) {
        return String.valueOf(Mailbox.to(address).stream().filter(mail -> mail.subject().contains(clinicName)).count());
    }

    @Test
    void aStaleClinicsDirectorIsRemindedOncePerStaleness() {
        Clinic clinic = clinic();
        String directorEmail = UUID.randomUUID() + "@director.example";
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", TestData.etag(CLINICS + clinic.id(), ADMIN, Roles.ADMIN))
                .body("{\"subject\": \"%s\", \"name\": \"Dr. Stale\", \"email\": \"%s\"}".formatted(clinic.director(), directorEmail))
                .put(CLINICS + clinic.id() + "/medical-director").then().statusCode(200);
        String name = name(clinic.id());

        jobs.remindStale();
        jobs.remindStale();
        assertEquals("1", remindersTo(directorEmail, name), "never verified: one reminder, however often the job runs");
        var mail = Mailbox.latest(directorEmail, name);
        org.junit.jupiter.api.Assertions.assertTrue(mail.text().contains("has never been confirmed"), mail.text());

        Api.as(clinic.provider(), Roles.PROVIDER).post(CLINICS + clinic.id() + "/verification").then().statusCode(200);
        jobs.remindStale();
        assertEquals("1", remindersTo(directorEmail, name), "verified: no reminder");

        verifiedAgo(clinic.id(), 12, 2);
        jobs.remindStale();
        jobs.remindStale();
        assertEquals("2", remindersTo(directorEmail, name), "stale again: one more reminder");
        org.junit.jupiter.api.Assertions.assertTrue(Mailbox.latest(directorEmail, name).text().contains("was last confirmed on"));
    }

    @Test
    void withoutADirectorTheProvidersOnTheStaffAreReminded() {
        String clinicId = TestData.clinic(null);
        String first = UUID.randomUUID() + "@staff.example";
        String second = UUID.randomUUID() + "@staff.example";
        for (String email : new String[] {first, second}) {
            Api.as(ADMIN, Roles.ADMIN).body("""
                    {"kind": "PROVIDER", "name": "Provider", "email": "%s", "providerId": "%s"}"""
                    .formatted(email, TestData.provider(null))).post(CLINICS + clinicId + "/staff").then().statusCode(201);
        }
        String name = name(clinicId);
        jobs.remindStale();
        assertEquals("1", remindersTo(first, name));
        assertEquals("1", remindersTo(second, name));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "CLINIC_VERIFICATION_REMIND").queryParam("resourceId", clinicId)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
    }
    @Test
    void aReminderIsNoEditOfTheClinicAndOneThatReachedNobodyIsSentOnceSomeoneJoins() {
        String clinicId = TestData.clinic(null);
        String before = TestData.etag(CLINICS + clinicId, ADMIN, Roles.ADMIN);
        jobs.remindStale(); // stale (never verified), but no director and no provider to tell
        assertEquals(before, TestData.etag(CLINICS + clinicId, ADMIN, Roles.ADMIN), "the reminder changed the clinic's ETag");
        String joined = UUID.randomUUID() + "@staff.example";
        Api.as(ADMIN, Roles.ADMIN).body("""
                {"kind": "PROVIDER", "name": "Provider", "email": "%s", "providerId": "%s"}"""
                .formatted(joined, TestData.provider(null))).post(CLINICS + clinicId + "/staff").then().statusCode(201);
        jobs.remindStale();
        jobs.remindStale();
        assertEquals("1", remindersTo(joined, name(clinicId)), "the provider who joined is reminded, once");
    }
}

