package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Mailbox;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * Issue 16, item 5, "pause, don't purge": the third decline coded COULD_NOT_CONTACT since the patient last
 * confirmed their contact details pauses the entry (never offered, same registration date and place), the patient
 * is emailed how to confirm them, and confirming resumes the entry where it was.
 */
@QuarkusTest
class ContactPauseTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries/";

    @Inject
    WaitlistJobs jobs;

    @Inject
    EntityManager em;

    @Transactional
    void backdate(String entryId, String column, int days) {
        em.createNativeQuery("update waitlist_entry set " + column + " = now() - make_interval(days => :days)"
                        + " where id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(entryId)).executeUpdate();
    }

    /** A community with a coordinator and an accepting provider. */
    private record Scene(String community, String coordinator, TestData.Doctor doctor) {

        static Scene create() {
            String community = TestData.newCommunity();
            return new Scene(community, TestData.coordinatorOf(community), TestData.acceptingProvider(community, 10));
        }

        /** Proposes the entry to the doctor, who declines it for {@code reason}. */
        void proposeAndDecline(String entry, String reason) {
            Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                    .when().post(ENTRIES + entry + "/propose").then().statusCode(200);
            Api.as(doctor.subject(), Roles.PROVIDER).body("{\"reason\": \"%s\"}".formatted(reason))
                    .when().post(ENTRIES + entry + "/decline").then().statusCode(200);
        }

        /** The community's entries in a state, in waitlist order. */
        List<String> entries(String status) {
            return Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community).queryParam("status", status)
                    .queryParam("size", 100).when().get("/api/v1/waitlist-entries")
                    .then().statusCode(200).extract().path("items.id");
        }
    }

    /** {registrant, patient, entry, email} of a new patient of the community. */
    private static String[] registered(String community) {
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", "");
        var read = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient).then().statusCode(200)
                .extract();
        return new String[] {registrant, patient, read.path("waitlistEntryId"), read.path("email")};
    }

    @Test
    void theThirdCouldNotContactPausesTheEntryKeepingItsPlaceAndConfirmingResumesIt() {
        Scene scene = Scene.create();
        String[] first = registered(scene.community());
        String[] paused = registered(scene.community());
        String[] last = registered(scene.community());
        String entry = paused[2];
        String registeredAt = Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry).then().extract().path("registeredAt");

        scene.proposeAndDecline(entry, "COULD_NOT_CONTACT");
        scene.proposeAndDecline(entry, "PANEL_FULL"); // only COULD_NOT_CONTACT counts
        scene.proposeAndDecline(entry, "COULD_NOT_CONTACT");
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry)
                .then().body("status", equalTo("WAITING")).body("contactFailures", equalTo(2));

        scene.proposeAndDecline(entry, "COULD_NOT_CONTACT");
        Api.as(paused[0], Roles.PATIENT).when().get(ENTRIES + entry)
                .then().statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("contactFailures", equalTo(3))
                .body("pausedAt", notNullValue())
                .body("registeredAt", equalTo(registeredAt));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry + "/transitions").then().statusCode(200)
                .body("items.cause", equalTo(List.of("REGISTRATION", "PROPOSAL", "DECLINE", "PROPOSAL", "DECLINE",
                        "PROPOSAL", "DECLINE", "PROPOSAL", "DECLINE", "CONTACT_PAUSE")))
                .body("items[9].fromStatus", equalTo("WAITING"))
                .body("items[9].toStatus", equalTo("PAUSED"));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "WAITLIST_PAUSE").queryParam("resourceId", entry)
                .when().get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
        List<Mailbox.Mail> mails = Mailbox.to(paused[3]);
        Mailbox.Mail confirm = mails.get(mails.size() - 1);
        assertEquals("Please confirm how to reach you", confirm.subject());
        assertTrue(confirm.text().contains("3 times") && confirm.text().contains("keep your place")
                && confirm.text().contains("My contact details are correct"), confirm.text());

        // Never offered: not proposed, not attached, not waiting; found with status=PAUSED.
        Api.as(scene.coordinator(), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(scene.doctor().id()))
                .when().post(ENTRIES + entry + "/propose").then().statusCode(409);
        Api.as(scene.doctor().subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(scene.doctor().id()))
                .when().post(ENTRIES + entry + "/attach").then().statusCode(409);
        assertEquals(List.of(first[2], last[2]), scene.entries("WAITING"));
        assertEquals(List.of(entry), scene.entries("PAUSED"));
        Api.as(paused[0], Roles.PATIENT).when().get("/api/v1/patients/" + paused[1] + "/wait-estimate")
                .then().statusCode(200).body("status", equalTo("PAUSED")).body("position", nullValue());

        // The reconfirmation clock does not purge it: no reminder, no expiry while paused.
        backdate(entry, "reconfirm_due_at", 60);
        jobs.remindToReconfirm();
        jobs.expireUnconfirmed();
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry).then().body("status", equalTo("PAUSED"));

        // Who may confirm: the registrant, a coordinator of the community, an admin.
        Api.as(last[0], Roles.PATIENT).when().post(ENTRIES + entry + "/contact-confirmation").then().statusCode(404);
        Api.as(TestData.coordinatorOf(TestData.newCommunity()), Roles.COORDINATOR)
                .when().post(ENTRIES + entry + "/contact-confirmation").then().statusCode(404);
        Api.as(scene.doctor().subject(), Roles.PROVIDER)
                .when().post(ENTRIES + entry + "/contact-confirmation").then().statusCode(403);
        Api.as(scene.coordinator(), Roles.COORDINATOR).when().post(ENTRIES + entry + "/contact-confirmation")
                .then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("contactFailures", equalTo(0))
                .body("pausedAt", nullValue())
                .body("registeredAt", equalTo(registeredAt));
        assertEquals(List.of(first[2], entry, last[2]), scene.entries("WAITING"), "back in the same place");
        Api.as(paused[0], Roles.PATIENT).when().get("/api/v1/patients/" + paused[1] + "/wait-estimate")
                .then().statusCode(200).body("position", equalTo(2));
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry + "/transitions").then()
                .body("items.cause", hasItem("CONTACT_CONFIRMED"));
        Api.as(paused[0], Roles.PATIENT).when().post(ENTRIES + entry + "/contact-confirmation").then().statusCode(409);

        // The count starts again from the confirmation: one more failure does not pause it.
        scene.proposeAndDecline(entry, "COULD_NOT_CONTACT");
        Api.as(ADMIN, Roles.ADMIN).when().get(ENTRIES + entry)
                .then().body("status", equalTo("WAITING")).body("contactFailures", equalTo(1));
    }

    @Test
    void thePatientConfirmsOrWithdrawsAPausedEntry() {
        Scene scene = Scene.create();
        for (boolean withdraw : new boolean[] {false, true}) {
            String[] patient = registered(scene.community());
            for (int i = 0; i < 3; i++) {
                scene.proposeAndDecline(patient[2], "COULD_NOT_CONTACT");
            }
            Api.as(patient[0], Roles.PATIENT).when().post(ENTRIES + patient[2] + "/reconfirm")
                    .then().statusCode(200).body("status", equalTo("PAUSED"));
            if (withdraw) {
                Api.as(patient[0], Roles.PATIENT).body("{\"reason\": \"MOVED_AWAY\"}")
                        .when().post(ENTRIES + patient[2] + "/withdraw")
                        .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            } else {
                Api.as(patient[0], Roles.PATIENT).when().post(ENTRIES + patient[2] + "/contact-confirmation")
                        .then().statusCode(200).body("status", equalTo("WAITING"));
            }
        }
    }
}
