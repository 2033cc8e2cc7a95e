package org.openpas.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.notification.NotificationSender;
import org.openpas.testing.Api;
import org.openpas.testing.MailResource;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.waitlist.WaitlistJobs;

/** Emails reach a real SMTP server after the change commits. */
@QuarkusTest
class NotificationTest {

    @Inject
    NotificationSender sender;

    @Inject
    WaitlistJobs jobs;

    @Inject
    EntityManager em;

    private static boolean received(String to, String subjectPart) {
        return Arrays.stream(MailResource.server().getReceivedMessages()).anyMatch(message -> {
            try {
                return Arrays.toString(message.getAllRecipients()).contains(to)
                        && message.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }

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

        sender.sendDue();
        assertTrue(received(email, "Health Connect Registry"), "registration confirmed");
        assertTrue(received(providerEmail, "proposed to you"), "proposal received");
        assertTrue(received(email, "back on the waitlist"), "returned to the list");
        assertTrue(received(email, "still need a family doctor"), "reconfirmation due");
        assertTrue(received(email, "You have a family doctor"), "attached");
        MimeMessage attached = Arrays.stream(MailResource.server().getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().contains("You have a family doctor")
                                && Arrays.toString(message.getAllRecipients()).contains(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertTrue(com.icegreen.greenmail.util.GreenMailUtil.getBody(attached).contains("604-555-0100"), "the clinic phone");
    }
}
