package org.openpas.endorsement;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Handshake.email;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.Mailbox;
import org.openpas.testing.TestData;

/** The two-party handshake through the API, with the emails a real SMTP server receives. */
@QuarkusTest
class EndorsementHandshakeTest {

    @Inject
    EndorsementJobs jobs;

    @Inject
    EntityManager em;

    private static String path(String id) {
        return "/api/v1/endorsements/" + id;
    }

    /** A user linked to a new provider record. */
    private static String newProvider() {
        String subject = UUID.randomUUID().toString();
        TestData.provider(subject);
        return subject;
    }

    @Test
    void aProviderInvitesAStaffMemberWhoApprovesAndTheProviderConfirms() {
        String doctor = newProvider();
        String staff = UUID.randomUUID().toString();
        String providerId = Api.as(doctor, Roles.PROVIDER).get("/api/v1/me").then().extract().path("providerId");

        String id = Api.as(doctor, Roles.PROVIDER)
                .body("""
                        {"initiatorRole": "ENDORSER", "recipientEmail": "%s", "message": "Welcome to the clinic"}"""
                        .formatted(email(staff)))
                .when().post("/api/v1/endorsements")
                .then().statusCode(201)
                .header("Location", containsString("/endorsements/"))
                .body("status", equalTo("CREATED"))
                .body("callerRole", equalTo("ENDORSER"))
                .body("endorser.providerId", equalTo(providerId))
                .body("endorsee.email", equalTo(email(staff)))
                .body("endorsee.subject", nullValue())
                .body("allowedActions", containsInAnyOrder("CANCEL"))
                .extract().path("id");
        Mailbox.Mail link = Mailbox.latest(email(staff), "endorsement request");
        assertTrue(link.text().contains("Welcome to the clinic"), "the message is in the email");
        assertTrue(link.text().contains("/endorsements/open#token="), "the link: " + link.text());

        // Before opening the link the staff member sees it (known by email) and may only decline.
        Api.as(staff, Roles.DELEGATE).queryParam("side", "ENDORSEE").get("/api/v1/endorsements")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '%s' }.allowedActions".formatted(id), containsInAnyOrder("DECLINE"));
        Api.as(staff, Roles.DELEGATE).post(path(id) + "/approve").then().statusCode(403);

        String token = Mailbox.endorsementToken(email(staff));
        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(token))
                .when().post("/api/v1/endorsements/tokens/open")
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("endorsee.subject", equalTo(staff))
                .body("callerRole", equalTo("ENDORSEE"))
                .body("allowedActions", containsInAnyOrder("APPROVE", "DECLINE"));
        // The link works once.
        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(token))
                .when().post("/api/v1/endorsements/tokens/open").then().statusCode(409);
        // The starter cannot approve their own invitation, nor confirm before it is approved.
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/approve").then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/confirm").then().statusCode(409);

        Api.as(staff, Roles.DELEGATE).post(path(id) + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertTrue(Mailbox.latest(email(doctor), "approved").text().contains(id), "the starter is told");
        Api.as(staff, Roles.DELEGATE).post(path(id) + "/confirm").then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/confirm").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", not(nullValue()))
                .body("allowedActions", containsInAnyOrder("END"));
        Mailbox.latest(email(staff), "is active");

        Api.as(staff, Roles.DELEGATE).get("/api/v1/me").then().statusCode(200)
                .body("actingFor.providerId", containsInAnyOrder(providerId))
                .body("actingFor.endorsementId", containsInAnyOrder(id));

        // Either party ends it; the other is told; the delegate acts for no one any more.
        Api.as(staff, Roles.DELEGATE).post(path(id) + "/end").then().statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("closedBy.subject", equalTo(staff));
        Mailbox.latest(email(doctor), "has ended");
        Api.as(staff, Roles.DELEGATE).get("/api/v1/me").then().body("actingFor", empty());
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/end").then().statusCode(409);

        // Both parties and admins read it; anyone else gets 404, as if it did not exist.
        Api.as(doctor, Roles.PROVIDER).get(path(id)).then().statusCode(200).body("status", equalTo("ENDED"));
        Api.as(ADMIN, Roles.ADMIN).get(path(id)).then().statusCode(200).body("callerRole", nullValue());
        Api.as(UUID.randomUUID().toString(), Roles.DELEGATE).get(path(id)).then().statusCode(404);
        Api.as(ADMIN, Roles.ADMIN).queryParam("resourceType", "ENDORSEMENT").queryParam("resourceId", id)
                .queryParam("size", 100).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", containsInAnyOrder("ENDORSEMENT_CREATE", "ENDORSEMENT_OPEN",
                        "ENDORSEMENT_APPROVE", "ENDORSEMENT_CONFIRM", "ENDORSEMENT_END", "ENDORSEMENT_APPROVE",
                        "ENDORSEMENT_APPROVE", "ENDORSEMENT_CONFIRM", "ENDORSEMENT_READ"));
    }

    @Test
    void aStaffMemberAsksAProviderWhoApprovesAndTheStaffMemberConfirms() {
        String doctor = newProvider();
        String providerId = Api.as(doctor, Roles.PROVIDER).get("/api/v1/me").then().extract().path("providerId");
        String staff = UUID.randomUUID().toString();
        String id = Api.as(staff, Roles.DELEGATE)
                .body("{\"initiatorRole\": \"ENDORSEE\", \"recipientEmail\": \"%s\"}".formatted(email(doctor)))
                .when().post("/api/v1/endorsements")
                .then().statusCode(201)
                .body("endorser.providerId", nullValue())
                .extract().path("id");
        // A provider opening it must be a provider registered in PAS: the link binds their provider record.
        Api.as(doctor, Roles.PROVIDER).body("{\"token\": \"%s\"}".formatted(Mailbox.endorsementToken(email(doctor))))
                .when().post("/api/v1/endorsements/tokens/open")
                .then().statusCode(200)
                .body("endorser.providerId", equalTo(providerId))
                .body("callerRole", equalTo("ENDORSER"));
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/approve").then().statusCode(200);
        Api.as(staff, Roles.DELEGATE).post(path(id) + "/confirm").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        Api.as(doctor, Roles.PROVIDER).queryParam("status", "COMPLETED").queryParam("side", "ENDORSER")
                .get("/api/v1/endorsements").then().statusCode(200)
                .body("items.id", containsInAnyOrder(id));
        Api.as(ADMIN, Roles.ADMIN).queryParam("providerId", providerId).get("/api/v1/endorsements")
                .then().statusCode(200).body("items.id", containsInAnyOrder(id));
        // The provider ends it.
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/end").then().statusCode(200).body("status", equalTo("ENDED"));
        Mailbox.latest(email(staff), "has ended");
    }

    @Test
    void refusals() {
        String doctor = newProvider();
        String staff = UUID.randomUUID().toString();
        // Nobody endorses themselves.
        Api.as(doctor, Roles.PROVIDER)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"%s\"}".formatted(email(doctor).toUpperCase()))
                .post("/api/v1/endorsements").then().statusCode(422).body("errors[0].field", equalTo("recipientEmail"));
        // A delegate cannot start one in a provider's name; a provider without a provider record cannot endorse;
        // a provider is not a delegate.
        Api.as(staff, Roles.DELEGATE)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"someone@test.example\"}")
                .post("/api/v1/endorsements").then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PROVIDER)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"someone@test.example\"}")
                .post("/api/v1/endorsements").then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER)
                .body("{\"initiatorRole\": \"ENDORSEE\", \"recipientEmail\": \"someone@test.example\"}")
                .post("/api/v1/endorsements").then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT)
                .body("{\"initiatorRole\": \"ENDORSEE\", \"recipientEmail\": \"someone@test.example\"}")
                .post("/api/v1/endorsements").then().statusCode(403);

        String id = Handshake.invite(doctor, staff);
        // A second pending one between the same two people is 409.
        Api.as(doctor, Roles.PROVIDER)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"%s\"}".formatted(email(staff)))
                .post("/api/v1/endorsements").then().statusCode(409);
        // Someone else using the link: 403, audited as suspicious; the link still works for its owner.
        String intruder = UUID.randomUUID().toString();
        String token = Mailbox.endorsementToken(email(staff));
        Api.as(intruder, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(token))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).queryParam("outcome", "SUSPICIOUS").queryParam("actorSubject", intruder)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.resourceId", containsInAnyOrder(id));
        // An unknown token is 404; a malformed one 400.
        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted("A".repeat(43)))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(404);
        Api.invalidAs(staff, Roles.DELEGATE).body("{\"token\": \"short\"}")
                .post("/api/v1/endorsements/tokens/open").then().statusCode(400);
        // The right person without the delegate role cannot become a delegate.
        Api.as(staff, Roles.PROVIDER).body("{\"token\": \"%s\"}".formatted(token))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(403);
        // The recipient declines; it is closed: no approve, no cancel, and the link is dead.
        Api.as(staff, Roles.DELEGATE).post(path(id) + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("closedAt", not(nullValue()));
        Mailbox.latest(email(doctor), "declined");
        Api.as(doctor, Roles.PROVIDER).post(path(id) + "/cancel").then().statusCode(409);
        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(token))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(409);
        // Someone who is not a party gets 404 on every action.
        for (String action : List.of("approve", "decline", "confirm", "cancel", "end")) {
            Api.as(intruder, Roles.DELEGATE).post(path(id) + "/" + action).then().statusCode(404);
        }
        Api.as(doctor, Roles.PROVIDER).post(path(UUID.randomUUID().toString()) + "/cancel").then().statusCode(404);

        // The starter cancels a pending one; then a new one between the two may start.
        String second = Handshake.invite(doctor, staff);
        Api.as(staff, Roles.DELEGATE).post(path(second) + "/cancel").then().statusCode(403);
        Api.as(doctor, Roles.PROVIDER).post(path(second) + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Handshake.invite(doctor, staff);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstEndorsementAndSendsOneEmail() {
        String doctor = newProvider();
        String staff = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String body = "{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"%s\"}".formatted(email(staff));
        String first = Api.as(doctor, Roles.PROVIDER).header("Idempotency-Key", key).body(body)
                .post("/api/v1/endorsements").then().statusCode(201).extract().path("id");
        Api.as(doctor, Roles.PROVIDER).header("Idempotency-Key", key).body(body)
                .post("/api/v1/endorsements").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Api.as(doctor, Roles.PROVIDER).header("Idempotency-Key", key)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"other-%s\"}".formatted(email(staff)))
                .post("/api/v1/endorsements").then().statusCode(422);
        assertEquals(1, Mailbox.to(email(staff)).size(), "one email");
    }

    @Transactional
    void age(String id, String column, String interval) {
        em.createNativeQuery("update endorsement set " + column + " = " + column + " - cast(:i as interval) where id = :id")
                .setParameter("i", interval).setParameter("id", UUID.fromString(id)).executeUpdate();
    }

    @Test
    void aReminderAfterSevenDaysCarriesAFreshLinkAndTheOldOneStopsWorking() {
        String doctor = newProvider();
        String staff = UUID.randomUUID().toString();
        String id = Handshake.invite(doctor, staff);
        String oldToken = Mailbox.endorsementToken(email(staff));
        jobs.remind();
        assertEquals(1, Mailbox.to(email(staff)).size(), "no reminder before 7 days");

        age(id, "status_changed_at", "8 days");
        assertTrue(jobs.remind() >= 1);
        Mailbox.Mail reminder = Mailbox.latest(email(staff), "Reminder");
        String newToken = Mailbox.endorsementToken(email(staff));
        assertNotEquals(oldToken, newToken);
        jobs.remind();
        assertEquals(2, Mailbox.to(email(staff)).size(), "one reminder per quiet period: " + reminder.subject());

        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(oldToken))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(404);
        Api.as(staff, Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(newToken))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(200);

        // Received, then quiet for 8 days: the recipient is reminded to approve or decline.
        age(id, "status_changed_at", "8 days");
        age(id, "reminder_sent_at", "9 days");
        jobs.remind();
        assertTrue(Mailbox.latest(email(staff), "Reminder").text().contains("approve or decline"));
    }

    @Test
    void pendingEndorsementsExpireAfterThirtyDaysOnceEvenWithTwoJobInstances() throws Exception {
        String doctor = newProvider();
        List<String> staff = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<String> ids = staff.stream().map(s -> Handshake.invite(doctor, s)).toList();
        String fresh = Handshake.invite(doctor, UUID.randomUUID().toString());
        String token = Mailbox.endorsementToken(email(staff.get(1)));
        for (String id : ids) {
            age(id, "expires_at", "31 days");
        }
        // Two instances at once: each endorsement expires once.
        var first = CompletableFuture.supplyAsync(jobs::expire);
        var second = CompletableFuture.supplyAsync(jobs::expire);
        assertEquals(ids.size(), first.get() + second.get());

        for (String id : ids) {
            Api.as(doctor, Roles.PROVIDER).get(path(id)).then().statusCode(200)
                    .body("status", equalTo("EXPIRED")).body("allowedActions", empty());
            Api.as(ADMIN, Roles.ADMIN).queryParam("resourceId", id).queryParam("action", "ENDORSEMENT_EXPIRE")
                    .get("/api/v1/audit-events").then().body("totalItems", equalTo(1));
        }
        Api.as(doctor, Roles.PROVIDER).get(path(fresh)).then().body("status", equalTo("CREATED"));
        Mailbox.latest(email(staff.get(0)), "expired");
        // Its link no longer works.
        Api.as(staff.get(1), Roles.DELEGATE).body("{\"token\": \"%s\"}".formatted(token))
                .post("/api/v1/endorsements/tokens/open").then().statusCode(409);
    }
}
