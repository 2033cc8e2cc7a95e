package org.openpas.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The email templates: both variants render, HTML escapes what people typed, plain text keeps it. */
@QuarkusTest
class EmailsTest {

    @Test
    void htmlEscapesWhatPeopleTypedAndTextKeepsIt() {
        Email email = Emails.endorsementLink("An endorsement request", "Dr. Lee asks you to act for them.",
                "<script>alert('x')</script> & welcome", LocalDate.of(2027, 1, 31), "https://pas.example/e#token=abc");
        assertEquals("ENDORSEMENT_LINK", email.kind());
        assertTrue(email.text().contains("Their message: <script>alert('x')</script> & welcome"), email.text());
        assertTrue(email.text().contains("until 2027-01-31):\nhttps://pas.example/e#token=abc"), email.text());
        assertFalse(email.html().contains("<script>"), email.html());
        assertTrue(email.html().contains("&lt;script&gt;"), email.html());
        assertTrue(email.html().contains("<a href=\"https://pas.example/e#token=abc\">"), email.html());
    }

    @Test
    void everyEmailHasBothPartsAndTheSignature() {
        List<Email> all = List.of(
                Emails.registrationConfirmed(Locale.ENGLISH, "Ana", "Nanaimo"),
                Emails.reconfirmationDue(Locale.ENGLISH, "Ana", 30),
                Emails.returnedToList(Locale.ENGLISH, "Ana", Emails.ReturnReason.NO_ANSWER),
                Emails.proposalReceived("Dr. Lee", 3, LocalDate.of(2027, 1, 31)),
                Emails.attached(Locale.ENGLISH, "Ana", "Dr. Lee", null),
                Emails.endorsementUpdate("An endorsement changed", "It was approved.", "https://pas.example/x"),
                Emails.endorsementLink("Request", "Text", null, LocalDate.of(2027, 1, 31), "https://pas.example/y"),
                Emails.endorsementExpired("Dr. Lee", "Sam"),
                Emails.endorsementReminder("Dr. Lee", "Sam", true, LocalDate.of(2027, 1, 31)),
                Emails.identityClaimApproved("Sam", "the provider record Dr. Lee"),
                Emails.identityClaimRejected("Sam", "No such licence <b>here</b>"),
                Emails.contactConfirmationNeeded("Ana", 3),
                Emails.capacityStaleSoon("Dr. Lee", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)),
                Emails.capacityStale("Dr. Lee", LocalDate.of(2027, 1, 1)),
                Emails.proposal(Locale.ENGLISH, "Ana", "Dr. Lee", 3, LocalDate.of(2027, 1, 31)));
        for (Email email : all) {
            assertTrue(email.text().startsWith("Hello"), email.kind() + ": " + email.text());
            assertTrue(email.text().endsWith("\n\nProvincial Attachment System"), email.kind() + ": " + email.text());
            assertFalse(email.text().contains("<p>") || email.text().contains("{") || email.text().contains("\n\n\n"),
                    email.kind() + ": " + email.text());
            assertTrue(email.html().startsWith("<!DOCTYPE html>\n<html lang=\"en\">") && email.html().contains("<p>Hello"),
                    email.html());
        }
        assertTrue(all.get(3).text().contains("proposed a household of 3 from"), all.get(3).text());
        assertTrue(all.get(2).text().contains("did not answer in time. You are back"), all.get(2).text());
        assertFalse(all.get(4).text().contains("Phone"), "no clinic, no clinic lines: " + all.get(4).text());
        assertFalse(all.get(6).text().contains("Their message"), all.get(6).text());
        assertTrue(all.get(9).text().contains("now linked to the provider record Dr. Lee."), all.get(9).text());
        assertTrue(all.get(10).text().contains("No such licence <b>here</b>"), all.get(10).text());
        assertTrue(all.get(10).html().contains("No such licence &lt;b&gt;here&lt;/b&gt;"), all.get(10).html());
        assertTrue(all.get(11).text().contains("tried to reach you 3 times"), all.get(11).text());
        assertTrue(all.get(12).text().contains("confirmed on 2027-01-01. On 2027-04-01 it goes stale"), all.get(12).text());
        assertTrue(all.get(13).text().contains("is now stale"), all.get(13).text());
        assertTrue(all.get(14).text().contains("will answer by January 31, 2027"), all.get(14).text());
        assertTrue(all.get(14).text().contains("household: 3 people in all."), all.get(14).text());
    }
}
