package org.openpas.patient;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * Issue 16, item 4: what a patient asks of a match (provider gender, interpreter, accessibility needs, how to
 * contact them) at registration and update, shown to the provider with a proposal and to nobody who may not see
 * the patient; and the provider's gender, which the gender preference needs.
 */
@QuarkusTest
class PatientPreferencesTest {

    private static final String PATIENTS = "/api/v1/patients";
    private static final String ENTRIES = "/api/v1/waitlist-entries";
    private static final String PREFERENCES = """
            "phone": "604-555-0101",
            "preferences": {"providerGender": "FEMALE", "interpreterNeeded": true,
                            "accessibilityNeeds": "  Wheelchair access, ground floor  ", "contactPreference": "TEXT"},
            """;

    /** A registration body with {@code preferences} (JSON members ending in a comma) added. */
    private static String withPreferences(String body, String preferences) {
        return body.replace("\"matchWithHousehold\": false,", "\"matchWithHousehold\": false, " + preferences);
    }

    private static String register(String registrant, String community, String preferences) {
        return Api.as(registrant, Roles.PATIENT)
                .body(withPreferences(Registrations.body(Registrations.phn(), "SELF", community, "", true), preferences))
                .when().post(PATIENTS).then().statusCode(201).extract().path("id");
    }

    /** The update body: the patient's current details as they are read, with or without preferences. */
    private static String update(String patient, String registrant, String preferences) {
        Map<String, Object> current = Api.as(registrant, Roles.PATIENT).when().get(PATIENTS + "/" + patient)
                .then().statusCode(200).extract().as(Map.class);
        String body = """
                {"familyName": "%s", "givenNames": "Changed Name", "dateOfBirth": "%s", "gender": "%s",
                 "address": {"line1": "5 Oak Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                 "communityId": "%s", "phone": %s, "preferredLanguage": "pa", %s "consentToShare": true,
                 "matchWithHousehold": false}"""
                .formatted(current.get("familyName"), current.get("dateOfBirth"), current.get("gender"),
                        current.get("communityId"), current.get("phone") == null ? "null" : "\"" + current.get("phone") + "\"",
                        preferences);
        return body;
    }

    @Test
    void withoutPreferencesARegistrationHasNoneAndContactByEmail() {
        String me = UUID.randomUUID().toString();
        String patient = Registrations.register(me, TestData.newCommunity(), "SELF", "");
        Api.as(me, Roles.PATIENT).when().get(PATIENTS + "/" + patient)
                .then().statusCode(200)
                .body("preferences.providerGender", equalTo("NO_PREFERENCE"))
                .body("preferences.interpreterNeeded", equalTo(false))
                .body("preferences", not(hasKey("accessibilityNeeds")))
                .body("preferences.contactPreference", equalTo("EMAIL"));
    }

    @Test
    void preferencesSentAtRegistrationAreKeptWhenAnUpdateOmitsThemAndReplacedWhenItSendsThem() {
        String me = UUID.randomUUID().toString();
        String patient = register(me, TestData.newCommunity(), PREFERENCES);
        String path = PATIENTS + "/" + patient;
        Api.as(me, Roles.PATIENT).when().get(path)
                .then().statusCode(200)
                .body("preferences.providerGender", equalTo("FEMALE"))
                .body("preferences.interpreterNeeded", equalTo(true))
                .body("preferences.accessibilityNeeds", equalTo("Wheelchair access, ground floor"))
                .body("preferences.contactPreference", equalTo("TEXT"));

        Api.as(me, Roles.PATIENT).header("If-Match", TestData.etag(path, me, Roles.PATIENT))
                .body(update(patient, me, "")).when().put(path)
                .then().statusCode(200)
                .body("givenNames", equalTo("Changed Name"))
                .body("preferences.providerGender", equalTo("FEMALE"))
                .body("preferences.interpreterNeeded", equalTo(true))
                .body("preferences.accessibilityNeeds", equalTo("Wheelchair access, ground floor"))
                .body("preferences.contactPreference", equalTo("TEXT"));

        Api.as(me, Roles.PATIENT).header("If-Match", TestData.etag(path, me, Roles.PATIENT))
                .body(update(patient, me, """
                        "preferences": {"providerGender": "NO_PREFERENCE", "interpreterNeeded": false,
                                        "accessibilityNeeds": "   ", "contactPreference": "PHONE"},"""))
                .when().put(path)
                .then().statusCode(200)
                .body("preferences.providerGender", equalTo("NO_PREFERENCE"))
                .body("preferences.interpreterNeeded", equalTo(false))
                .body("preferences", not(hasKey("accessibilityNeeds")))
                .body("preferences.contactPreference", equalTo("PHONE"));
    }

    @Test
    void accessibilityNeedsAreLimitedFreeText() {
        String community = TestData.newCommunity();
        String tooLong = "x".repeat(501);
        for (String needs : List.of(tooLong, "Ramp\\u0007please")) {
            Api.invalidAs(UUID.randomUUID().toString(), Roles.PATIENT)
                    .body(withPreferences(Registrations.body(Registrations.phn(), "SELF", community, "", true), """
                            "preferences": {"providerGender": "FEMALE", "interpreterNeeded": false,
                                            "accessibilityNeeds": "%s", "contactPreference": "EMAIL"},"""
                            .formatted(needs)))
                    .when().post(PATIENTS).then().statusCode(400);
        }
        Api.invalidAs(UUID.randomUUID().toString(), Roles.PATIENT)
                .body(withPreferences(Registrations.body(Registrations.phn(), "SELF", community, "", true), """
                        "preferences": {"providerGender": "ANY", "interpreterNeeded": false, "contactPreference": "EMAIL"},"""))
                .when().post(PATIENTS).then().statusCode(400);
        String me = UUID.randomUUID().toString();
        String patient = register(me, community, PREFERENCES);
        String path = PATIENTS + "/" + patient;
        Api.invalidAs(me, Roles.PATIENT).header("If-Match", TestData.etag(path, me, Roles.PATIENT))
                .body(update(patient, me, """
                        "preferences": {"providerGender": "MALE", "interpreterNeeded": false,
                                        "accessibilityNeeds": "%s", "contactPreference": "EMAIL"},""".formatted(tooLong)))
                .when().put(path).then().statusCode(400);
        Api.as(me, Roles.PATIENT).when().get(path).then().body("preferences.providerGender", equalTo("FEMALE"));
    }

    @Test
    void contactByPhoneOrTextNeedsAPhoneNumber() {
        String community = TestData.newCommunity();
        for (String way : List.of("PHONE", "TEXT")) {
            Api.invalidAs(UUID.randomUUID().toString(), Roles.PATIENT)
                    .body(withPreferences(Registrations.body(Registrations.phn(), "SELF", community, "", true), """
                            "preferences": {"providerGender": "NO_PREFERENCE", "interpreterNeeded": false,
                                            "contactPreference": "%s"},""".formatted(way)))
                    .when().post(PATIENTS).then().statusCode(422)
                    .body("errors[0].field", equalTo("preferences.contactPreference"));
        }
        // Registered with a phone and TEXT: an update that drops the phone but keeps the preference is refused too.
        String me = UUID.randomUUID().toString();
        String patient = register(me, community, PREFERENCES);
        String path = PATIENTS + "/" + patient;
        Api.invalidAs(me, Roles.PATIENT).header("If-Match", TestData.etag(path, me, Roles.PATIENT))
                .body(update(patient, me, "").replace("\"phone\": \"604-555-0101\"", "\"phone\": null"))
                .when().put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("preferences.contactPreference"));
        Api.as(me, Roles.PATIENT).when().get(path).then().body("preferences.contactPreference", equalTo("TEXT"))
                .body("phone", equalTo("604-555-0101"));
    }

    @Test
    void theProviderSeesThePreferencesWithAProposalAndAnotherPatientSeesNone() {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String me = UUID.randomUUID().toString();
        String patient = register(me, community, PREFERENCES);
        String entry = Api.as(me, Roles.PATIENT).when().get(PATIENTS + "/" + patient)
                .then().extract().path("waitlistEntryId");
        Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(ENTRIES + "/" + entry + "/propose").then().statusCode(200);

        Api.as(doctor.subject(), Roles.PROVIDER).queryParam("providerId", doctor.id()).queryParam("status", "PROPOSED")
                .when().get(ENTRIES)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(entry)))
                .body("items[0].preferences.providerGender", equalTo("FEMALE"))
                .body("items[0].preferences.interpreterNeeded", equalTo(true))
                .body("items[0].preferences.accessibilityNeeds", equalTo("Wheelchair access, ground floor"))
                .body("items[0].preferences.contactPreference", equalTo("TEXT"))
                .body("items[0].contactFailures", equalTo(0));
        Api.as(doctor.subject(), Roles.PROVIDER).when().get(ENTRIES + "/" + entry)
                .then().statusCode(200).body("preferences.providerGender", equalTo("FEMALE"));

        String stranger = UUID.randomUUID().toString();
        Registrations.register(stranger, community, "SELF", "");
        Api.as(stranger, Roles.PATIENT).when().get(PATIENTS + "/" + patient).then().statusCode(404);
        Api.as(stranger, Roles.PATIENT).when().get(ENTRIES + "/" + entry).then().statusCode(404);
        Api.as(stranger, Roles.PATIENT).when().get(ENTRIES)
                .then().statusCode(200).body("items.patientId", not(org.hamcrest.Matchers.hasItem(patient)));
    }

    @Test
    void aProviderStatesTheirGenderOnCreateAndOnTheirOwnProfile() {
        String subject = UUID.randomUUID().toString();
        String created = Api.as(ADMIN, Roles.ADMIN).body("""
                {"subject": "%s", "name": "Dr. Gender Test", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                 "email": "%s@doctors.example", "languages": ["en"], "gender": "X"}"""
                .formatted(subject, msp(), subject))
                .when().post("/api/v1/providers").then().statusCode(201)
                .body("gender", equalTo("X")).extract().path("id");
        String path = "/api/v1/providers/" + created;
        Map<String, Object> current = Api.as(subject, Roles.PROVIDER).when().get(path).then().statusCode(200)
                .extract().as(Map.class);
        String profile = """
                {"subject": "%s", "name": "Dr. Gender Test", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                 "email": "%s", "languages": ["en"], "status": "ACTIVE" %%s}"""
                .formatted(subject, current.get("mspPractitionerNumber"), current.get("email"));
        Api.as(subject, Roles.PROVIDER).header("If-Match", TestData.etag(path, subject, Roles.PROVIDER))
                .body(profile.formatted(", \"gender\": \"FEMALE\"")).when().put(path)
                .then().statusCode(200).body("gender", equalTo("FEMALE"));
        Api.as(subject, Roles.PROVIDER).header("If-Match", TestData.etag(path, subject, Roles.PROVIDER))
                .body(profile.formatted("")).when().put(path)
                .then().statusCode(200).body("$", not(hasKey("gender")));
        Api.invalidAs(subject, Roles.PROVIDER).header("If-Match", TestData.etag(path, subject, Roles.PROVIDER))
                .body(profile.formatted(", \"gender\": \"OTHER\"")).when().put(path).then().statusCode(400);
    }

    private static String msp() {
        return "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
    }
}
