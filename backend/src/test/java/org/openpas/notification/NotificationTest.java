package org.openpas.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Mailbox;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.waitlist.WaitlistJobs;

/** Emails reach a real SMTP server after the change commits. */
@QuarkusTest
class NotificationTest {

    @Inject
    WaitlistJobs jobs;

    @Inject
    EntityManager em;

    @Transactional
    void dueForReconfirmation(String entryId) {
        em.createNativeQuery("update waitlist_entry set reconfirm_due_at = now() - interval '1 day' where id = :id")
                .setParameter("id", UUID.fromString(entryId)).executeUpdate();
    }

    @Test
    void patientsAndProvidersAreToldWhatHappens() throws Exception {
        String community = TestData.newCommunity();
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, community, "SELF", "");
        String entry = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
        String email = registrant + "@test.example"; // the token's email claim

        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor accepting = TestData.acceptingProvider(community, 5);
        String doctor = accepting.subject();
        String provider = accepting.id();
        String providerEmail = Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/providers/" + provider)
                .then().extract().path("email");
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(provider))
                .when().post("/api/v1/waitlist-entries/" + entry + "/propose").then().statusCode(200);
        Api.as(doctor, Roles.PROVIDER).body("{\"reason\": \"COULD_NOT_CONTACT\"}")
                .when().post("/api/v1/waitlist-entries/" + entry + "/decline").then().statusCode(200);
        dueForReconfirmation(entry);
        jobs.remindToReconfirm();
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(provider))
                .when().post("/api/v1/waitlist-entries/" + entry + "/propose").then().statusCode(200);
        Api.as(doctor, Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(provider))
                .when().post("/api/v1/waitlist-entries/" + entry + "/attach").then().statusCode(200);

        assertTrue(Mailbox.latest(email, "Health Connect Registry").text().contains("We will ask you every 90 days"),
                "registration confirmed");
        assertTrue(Mailbox.latest(providerEmail, "proposed to you").text().contains("Please accept or decline in PAS"),
                "proposal received");
        assertTrue(Mailbox.latest(email, "back on the waitlist").text()
                .contains("could not take you on. You are back on the waitlist"), "returned to the list (declined)");
        assertTrue(Mailbox.latest(email, "still need a family doctor").text().contains("within 30 days"),
                "reconfirmation due, with the grace period of application.properties");
        Mailbox.Mail attached = Mailbox.latest(email, "You have a family doctor");
        assertTrue(attached.text().contains("Phone 604-555-0100"), "the clinic phone: " + attached.text());
        assertTrue(attached.text().endsWith("Provincial Attachment System"), "the signature of the layout");
        String html = attached.html();
        assertTrue(html.contains("<a href=\"tel:604-555-0100\">"), "the HTML part links the phone: " + html);
    }
}
