package org.openpas.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Locales;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Mailbox;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.waitlist.WaitlistJobs;

/**
 * The patients' emails arrive (GreenMail) in the patient's language, in subject, text and HTML, with the words
 * of the message bundle's files; without a chosen language, in the one they speak, else English.
 */
@QuarkusTest
class LocalizedEmailsTest {

    private static final String PATIENTS = "/api/v1/patients";
    private static final String ENTRIES = "/api/v1/waitlist-entries";

    @Inject
    WaitlistJobs jobs;

    @Inject
    EntityManager em;

    @Test
    void eachLanguageResolvesToItsOwnFile() {
        for (Locale locale : Locales.SUPPORTED) {
            String tag = Locales.tag(locale);
            assertEquals(PatientEmailCatalogue.message(tag, "registrationConfirmedSubject"),
                    Emails.messages(locale).registrationConfirmedSubject(), tag);
        }
        assertNotEquals(Emails.messages(Locale.forLanguageTag("zh-Hans")).returnedToList(),
                Emails.messages(Locale.forLanguageTag("zh-Hant")).returnedToList(), "two scripts, two files");
    }

    @Test
    void registrationIsConfirmedInTheChosenLanguage() {
        String registrant = UUID.randomUUID().toString();
        String patient = register(registrant, "fr", "\"preferredLocale\": \"fr\",");
        Api.as(registrant, Roles.PATIENT).when().get(PATIENTS + "/" + patient).then().statusCode(200)
                .body("preferredLocale", equalTo("fr"));

        Mailbox.Mail mail = latest(registrant, "fr", "registrationConfirmedSubject");
        assertWords(mail, "fr", "hello", "registrationConfirmed", "registrationConfirmedReconfirm");
        assertTrue(mail.html().contains("<html lang=\"fr\">"), mail.html());
    }

    @Test
    void withoutAChoiceTheLanguageSpokenElseEnglish() {
        String spanish = UUID.randomUUID().toString();
        String patient = register(spanish, "es", "");
        Api.as(spanish, Roles.PATIENT).when().get(PATIENTS + "/" + patient).then().statusCode(200)
                .body("preferredLocale", equalTo("en"));
        Mailbox.Mail english = latest(spanish, "en", "registrationConfirmedSubject");
        assertWords(english, "en", "registrationConfirmed");
        assertTrue(english.html().contains("<html lang=\"en\">"), english.html());

        String chinese = UUID.randomUUID().toString();
        patient = register(chinese, "zh", "");
        Api.as(chinese, Roles.PATIENT).when().get(PATIENTS + "/" + patient).then().statusCode(200)
                .body("preferredLocale", equalTo("zh-Hans"));
        assertWords(latest(chinese, "zh-Hans", "registrationConfirmedSubject"), "zh-Hans", "registrationConfirmed");
    }

    @Test
    void anUpdateWithoutTheLanguageKeepsItAndOneWithItChangesIt() {
        String registrant = UUID.randomUUID().toString();
        String patient = register(registrant, "en", "\"preferredLocale\": \"tl\",");
        String path = PATIENTS + "/" + patient;
        put(registrant, path, "").body("preferredLocale", equalTo("tl"));
        put(registrant, path, "\"preferredLocale\": \"zh-Hant\",").body("preferredLocale", equalTo("zh-Hant"));
    }

    @Test
    void proposalReturnAndAttachmentInPunjabi() {
        String community = TestData.newCommunity();
        String registrant = UUID.randomUUID().toString();
        String body = Registrations.body(Registrations.phn(), "SELF", community, "", true)
                .replace("\"matchWithHousehold\": false,", "\"matchWithHousehold\": false, \"preferredLocale\": \"pa\",");
        String patient = Api.as(registrant, Roles.PATIENT).body(body).when().post(PATIENTS).then().statusCode(201)
                .extract().path("id");
        String entry = Api.as(registrant, Roles.PATIENT).when().get(PATIENTS + "/" + patient)
                .then().extract().path("waitlistEntryId");
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String providerName = Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/providers/" + doctor.id())
                .then().extract().path("name");
        String deadline = Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(200)
                .extract().path("entries[0].proposal.deadline");
        Mailbox.Mail proposal = latest(registrant, "pa", "proposalSubject");
        assertWords(proposal, "pa", "hello", "proposal");
        String answerBy = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("pa"))
                .format(java.time.OffsetDateTime.parse(deadline).atZoneSameInstant(org.openpas.common.Province.ZONE)
                        .toLocalDate());
        assertTrue(proposal.text().contains(providerName) && proposal.text().contains(answerBy),
                "who and until when, the date in Punjabi (" + answerBy + "): " + proposal.text());
        assertTrue(proposal.html().contains("<html lang=\"pa\">"), proposal.html());

        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"reason\": \"PANEL_FULL\"}")
                .when().post(ENTRIES + "/" + entry + "/decline").then().statusCode(200);
        Mailbox.Mail returned = latest(registrant, "pa", "returnedToListSubject");
        assertWords(returned, "pa", "returnedDeclined", "returnedToList");

        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(200);
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/attach").then().statusCode(200);
        Mailbox.Mail attached = latest(registrant, "pa", "attachedSubject");
        assertWords(attached, "pa", "attached", "phone");
    }

    @Test
    void aProvidersRequestTellsEachProposedPatientInTheirLanguage() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 3);
        TestData.capacity(doctor, true, 3, 1000, 100, 0, 0);
        String tagalog = UUID.randomUUID().toString();
        String body = Registrations.body(Registrations.phn(), "SELF", community, "", true)
                .replace("\"matchWithHousehold\": false,", "\"matchWithHousehold\": false, \"preferredLocale\": \"tl\",");
        Api.as(tagalog, Roles.PATIENT).body(body).when().post(PATIENTS).then().statusCode(201);

        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"count\": 3}")
                .when().post("/api/v1/providers/" + doctor.id() + "/patient-requests").then().statusCode(201)
                .body("proposals.size()", equalTo(1));
        Mailbox.Mail proposal = latest(tagalog, "tl", "proposalSubject");
        assertWords(proposal, "tl", "hello", "proposal");
        assertTrue(proposal.html().contains("<html lang=\"tl\">"), proposal.html());
    }

    @Test
    void theReconfirmationReminderInTraditionalChinese() {
        String registrant = UUID.randomUUID().toString();
        String patient = register(registrant, "en", "\"preferredLocale\": \"zh-Hant\",");
        String entry = Api.as(registrant, Roles.PATIENT).when().get(PATIENTS + "/" + patient)
                .then().extract().path("waitlistEntryId");
        dueForReconfirmation(entry);
        jobs.remindToReconfirm();
        Mailbox.Mail mail = latest(registrant, "zh-Hant", "reconfirmationDueSubject");
        assertWords(mail, "zh-Hant", "reconfirmationDue");
        assertTrue(mail.html().contains("<html lang=\"zh-Hant\">"), mail.html());
    }

    @Transactional
    void dueForReconfirmation(String entryId) {
        em.createNativeQuery("update waitlist_entry set reconfirm_due_at = now() - interval '1 day' where id = :id")
                .setParameter("id", UUID.fromString(entryId)).executeUpdate();
    }

    /** Registers the registrant themselves, speaking {@code language}, with extra members (ending in a comma). */
    private static String register(String registrant, String language, String members) {
        String body = Registrations.body(Registrations.phn(), "SELF", Registrations.vancouver(), "", true)
                .replace("\"preferredLanguage\": \"en\"", "\"preferredLanguage\": \"" + language + "\"")
                .replace("\"matchWithHousehold\": false,", "\"matchWithHousehold\": false, " + members);
        return Api.as(registrant, Roles.PATIENT).body(body).when().post(PATIENTS).then().statusCode(201)
                .extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse put(String registrant, String path, String members) {
        String body = """
                {"familyName": "Tester", "givenNames": "Pat", "dateOfBirth": "1980-04-30", "gender": "FEMALE",
                 "address": {"line1": "5 Oak Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                 "communityId": "%s", "preferredLanguage": "en", %s "consentToShare": true, "matchWithHousehold": false}"""
                .formatted(Registrations.vancouver(), members);
        return Api.as(registrant, Roles.PATIENT).header("If-Match", TestData.etag(path, registrant, Roles.PATIENT))
                .body(body).when().put(path).then().statusCode(200);
    }

    /** The newest email to the registrant (their token's email) whose subject is {@code subjectKey} in {@code tag}. */
    private static Mailbox.Mail latest(String registrant, String tag, String subjectKey) {
        String subject = PatientEmailCatalogue.message(tag, subjectKey);
        Mailbox.Mail mail = Mailbox.latest(registrant + "@test.example", subject);
        assertEquals(subject, mail.subject());
        return mail;
    }

    /** The fixed words of each message, in the text and (escaped) in the HTML. */
    private static void assertWords(Mailbox.Mail mail, String tag, String... keys) {
        for (String key : keys) {
            for (String words : PatientEmailCatalogue.words(PatientEmailCatalogue.message(tag, key))) {
                assertTrue(mail.text().contains(words), tag + " " + key + " '" + words + "' in: " + mail.text());
                assertTrue(mail.html().contains(PatientEmailCatalogue.html(words)),
                        tag + " " + key + " '" + words + "' in: " + mail.html());
            }
        }
    }
}
