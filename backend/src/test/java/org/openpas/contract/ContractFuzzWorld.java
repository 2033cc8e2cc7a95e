package org.openpas.contract;

import static org.openpas.testing.Users.ADMIN;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * Records seeded through the API so that fuzzed requests reach deep code rather than 404: a community
 * with a coordinator, a clinic with a director and staff, an accepting provider with a panel member and
 * a panel submission, a delegate with an active endorsement, a registered patient with a waitlist
 * entry, a duplicate candidate. The people involved are the callers.
 */
record ContractFuzzWorld(Map<String, String> ids, Map<String, String> subjects, String phn) {

    /** Who sends a request: a person of this world, a stranger with random roles, nobody, or a broken token. */
    enum Who {
        ADMIN, COORDINATOR, PROVIDER, DIRECTOR, DELEGATE, PATIENT, STRANGER, ANONYMOUS, GARBAGE
    }

    static ContractFuzzWorld seed() {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> subjects = new LinkedHashMap<>();
        String community = TestData.newCommunity();
        ids.put("communityId", community);
        subjects.put("COORDINATOR", TestData.coordinatorOf(community));
        ids.put("coordinatorId", admin("/api/v1/communities/" + community + "/coordinators").path("items[0].id"));
        subjects.put("DIRECTOR", UUID.randomUUID().toString());
        String clinic = TestData.clinicIn(community, subjects.get("DIRECTOR"));
        ids.put("clinicId", clinic);
        TestData.Doctor doctor = TestData.acceptingProvider(community, 50);
        subjects.put("PROVIDER", doctor.subject());
        ids.put("providerId", doctor.id());
        TestData.staff(clinic, doctor.id());
        ids.put("staffId", admin("/api/v1/clinics/" + clinic + "/staff").path("items[0].id"));
        subjects.put("DELEGATE", UUID.randomUUID().toString());
        ids.put("endorsementId", Handshake.active(doctor.subject(), subjects.get("DELEGATE")));
        subjects.put("PATIENT", UUID.randomUUID().toString());
        // Names and birth dates of their own, so that no other test's patient pairs up with these as a duplicate.
        String patient = register(subjects.get("PATIENT"), community, "Fuzz " + UUID.randomUUID().toString().substring(0, 8),
                randomBirthDate());
        ids.put("patientId", patient);
        Response read = admin("/api/v1/patients/" + patient);
        ids.put("entryId", read.path("waitlistEntryId"));
        ids.put("householdId", read.path("householdId"));
        String phn = read.path("phn");

        PanelFixtures.TestProvider panelOwner = new PanelFixtures.TestProvider(doctor.id(), doctor.subject());
        ids.put("memberPatientId", panelOwner.api()
                .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Member", "Fuzz", "1975-03-03"))
                .post(panelOwner.panel()).then().statusCode(201).extract().path("patientId"));
        String submission = PanelFixtures.uploadAndWait(panelOwner,
                PanelFixtures.HEADER + PanelFixtures.phn() + ",Row,Fuzz,1975-03-03,F,\n", "APPLY_VALID_ROWS")
                .extract().path("id");
        ids.put("submissionId", submission);

        String twin = "Twin " + UUID.randomUUID().toString().substring(0, 8);
        String born = randomBirthDate();
        register(UUID.randomUUID().toString(), community, twin, born);
        register(UUID.randomUUID().toString(), community, twin, born);
        String candidate = admin("/api/v1/duplicate-candidates?communityId=" + community).path("items[0].id");
        if (candidate != null) {
            ids.put("candidateId", candidate);
        }
        ids.put("eventId", admin("/api/v1/audit-events?size=1").path("items[0].id"));
        return new ContractFuzzWorld(Map.copyOf(ids), Map.copyOf(subjects), phn);
    }

    /** Registers a patient (SELF, diabetes) for {@code registrant}; returns the patient id. */
    private static String register(String registrant, String community, String givenNames, String born) {
        String body = """
                {"phn": "%s", "familyName": "Fuzz", "givenNames": "%s", "dateOfBirth": "%s", "gender": "FEMALE",
                 "preferredLanguage": "en", "consentToShare": true, "communityId": "%s", "relationshipToRegistrant": "SELF",
                 "matchWithHousehold": false,
                 "address": {"line1": "5 Oak Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                 "questionnaire": {"chronicConditions": ["DIABETES"], "pregnant": false, "recentHospitalStay": false,
                                   "mentalHealthNeeds": false, "mobilityLimitations": false}}"""
                .formatted(Registrations.phn(), givenNames, born, community);
        return Api.as(registrant, Roles.PATIENT).body(body).post("/api/v1/patients").then().statusCode(201).extract().path("id");
    }

    private static String randomBirthDate() {
        return java.time.LocalDate.of(1930, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(25_000))
                .toString();
    }

    private static Response admin(String path) {
        Response response = Api.as(ADMIN, Roles.ADMIN).get(path);
        response.then().statusCode(200);
        return response;
    }

    /** Real ids for a parameter or property name: {@code survivorPatientId} is a patient id, and so on. */
    List<String> idsFor(String name) {
        List<String> out = new ArrayList<>();
        if (ids.containsKey(name)) {
            out.add(ids.get(name));
        }
        if (name.toLowerCase().endsWith("patientid")) {
            out.add(ids.get("patientId"));
            out.add(ids.get("memberPatientId"));
        } else if (name.toLowerCase().endsWith("providerid")) {
            out.add(ids.get("providerId"));
        }
        return out.stream().distinct().toList();
    }

    String subjectOf(Who who) {
        return who == Who.ADMIN ? ADMIN : subjects.get(who.name());
    }

    /** The roles each person holds; the director is a provider too. */
    static List<String> rolesOf(Who who) {
        return switch (who) {
            case ADMIN -> List.of(Roles.ADMIN);
            case COORDINATOR -> List.of(Roles.COORDINATOR);
            case PROVIDER -> List.of(Roles.PROVIDER);
            case DIRECTOR -> List.of(Roles.MEDICAL_DIRECTOR, Roles.PROVIDER);
            case DELEGATE -> List.of(Roles.DELEGATE);
            case PATIENT -> List.of(Roles.PATIENT);
            default -> List.of();
        };
    }

    /** Paths that read this world's records back, to prove hostile requests changed none of them. */
    List<String> readBackPaths() {
        String p = "/api/v1/providers/" + ids.get("providerId");
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/communities/" + ids.get("communityId"),
                "/api/v1/communities/" + ids.get("communityId") + "/coordinators/" + ids.get("coordinatorId"),
                "/api/v1/clinics/" + ids.get("clinicId"),
                "/api/v1/clinics/" + ids.get("clinicId") + "/hours",
                "/api/v1/clinics/" + ids.get("clinicId") + "/staff/" + ids.get("staffId"),
                p, p + "/capacity", p + "/panel/members/" + ids.get("memberPatientId"),
                p + "/panel/submissions/" + ids.get("submissionId"),
                "/api/v1/patients/" + ids.get("patientId"),
                "/api/v1/patients/" + ids.get("patientId") + "/questionnaire",
                "/api/v1/waitlist-entries/" + ids.get("entryId"),
                "/api/v1/endorsements/" + ids.get("endorsementId")));
        if (ids.containsKey("candidateId")) {
            paths.add("/api/v1/duplicate-candidates/" + ids.get("candidateId"));
        }
        return paths;
    }

    /** Every id and subject of this world, for swapping one world's for another's in a request. */
    Map<String, String> tokens() {
        Map<String, String> all = new LinkedHashMap<>(ids);
        subjects.forEach((k, v) -> all.put("subject:" + k, v));
        all.put("phn", phn);
        return all;
    }
}
