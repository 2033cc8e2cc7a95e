package org.openpas.waitlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.Race;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

/**
 * Races at PostgreSQL through the API: many threads attaching overlapping sets of patients to
 * several providers, and a panel file replacing a panel while attaches to it happen. Afterwards:
 * no patient attached twice, no capacity overrun, every loser a 409, and the waitlist and the
 * panels agree.
 */
@QuarkusTest
class RaceTest {

    private static final String ENTRIES = "/api/v1/waitlist-entries";

    @Inject
    EntityManager em;

    /** A consenting patient waiting in the community: {phn, patient, entry}. */
    private static String[] waiting(String community) {
        String registrant = UUID.randomUUID().toString();
        String phn = Registrations.phn();
        String patient = Api.as(registrant, Roles.PATIENT).body(Registrations.body(phn, "SELF", community, "", true))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
        String entry = Api.as(registrant, Roles.PATIENT).get("/api/v1/patients/" + patient).then().statusCode(200)
                .extract().path("waitlistEntryId");
        return new String[] {phn, patient, entry};
    }

    private static Callable<Integer> attach(TestData.Doctor doctor, String entry) {
        String token = Tokens.bearer(doctor.subject(), Roles.PROVIDER);
        return () -> io.restassured.RestAssured.given().header("Authorization", token).contentType("application/json")
                .body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .post(ENTRIES + "/" + entry + "/attach").then().extract().statusCode();
    }

    private long number(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void manyThreadsAttachingOverlappingPatientsToSeveralProvidersNeverDoubleAttachNorOverrunCapacity() throws Exception {
        String community = TestData.newCommunity();
        List<TestData.Doctor> doctors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            doctors.add(TestData.acceptingProvider(community, 5));
        }
        List<String[]> patients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            patients.add(waiting(community));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (TestData.Doctor doctor : doctors) {
            for (String[] patient : patients) {
                calls.add(attach(doctor, patient[2]));
            }
        }
        Collections.shuffle(calls);
        List<Integer> statuses = Race.run(calls, 8);

        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        System.out.println("Attach race: " + calls.size() + " attaches by 4 providers (5 spaces each) on 12 patients: "
                + counts);
        assertEquals(Map.of(200, 12L, 409, 36L), counts, "every patient attached once; every loser 409");
        for (String[] patient : patients) {
            assertEquals(1, number("select count(*) from panel_member where patient_id = ?1", UUID.fromString(patient[1])));
            assertEquals(1, number("select count(*) from waitlist_entry where id = ?1 and status = 'ATTACHED'",
                    UUID.fromString(patient[2])));
        }
        for (TestData.Doctor doctor : doctors) {
            long attached = number("select count(*) from waitlist_entry where attached_provider_id = ?1",
                    UUID.fromString(doctor.id()));
            assertTrue(attached <= 5, "capacity overrun: " + attached);
            assertEquals(attached, number("select count(*) from panel_member where provider_id = ?1 and source = 'PAS_ATTACHMENT'",
                    UUID.fromString(doctor.id())));
        }
    }

    @Test
    void aPanelFileReplacingThePanelWhileAttachesHappenLeavesWaitlistAndPanelConsistent() throws Exception {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 100);
        List<String[]> patients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            patients.add(waiting(community));
        }
        // The file: 1 500 new patients, and three of the waiting patients (the billing system knows them too).
        StringBuilder csv = new StringBuilder(PanelFixtures.HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append(PanelFixtures.phn()).append(",Race,Row").append(i).append(",1970-01-01,F,\n");
        }
        for (int i = 0; i < 3; i++) {
            csv.append(patients.get(i)[0]).append(",Tester,Pat SELF,1980-04-30,F,\n");
        }
        String panel = "/api/v1/providers/" + doctor.id() + "/panel";
        PanelFixtures.TestProvider asProvider = new PanelFixtures.TestProvider(doctor.id(), doctor.subject());
        String[] outcome = new String[1];
        List<Callable<Integer>> calls = new ArrayList<>();
        calls.add(() -> {
            String location = PanelFixtures.upload(doctor.subject(), Roles.PROVIDER, csv.toString(), "APPLY_VALID_ROWS")
                    .post(panel + "/submissions").then().statusCode(202).extract().header("Location");
            outcome[0] = PanelFixtures.await(asProvider, location.substring(location.indexOf("/api/v1/")))
                    .extract().path("status");
            return 202;
        });
        for (String[] patient : patients) {
            calls.add(attach(doctor, patient[2]));
        }
        List<Integer> statuses = Race.run(calls, 6);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 202 || s == 409), "statuses " + statuses);

        UUID provider = UUID.fromString(doctor.id());
        // Every attached entry has exactly its one PAS_ATTACHMENT membership; nobody is on the panel twice.
        assertEquals(number("select count(*) from waitlist_entry where attached_provider_id = ?1 and status = 'ATTACHED'", provider),
                number("select count(*) from panel_member where provider_id = ?1 and source = 'PAS_ATTACHMENT'", provider));
        assertEquals(0, number("select count(*) from (select patient_id from panel_member group by patient_id having count(*) > 1) d"));
        for (String[] patient : patients) {
            UUID id = UUID.fromString(patient[1]);
            long members = number("select count(*) from panel_member where patient_id = ?1", id);
            assertTrue(members <= 1, "nobody on a panel twice");
            long attached = number("select count(*) from waitlist_entry where patient_id = ?1 and status = 'ATTACHED'", id);
            long viaAttach = number("select count(*) from panel_member where patient_id = ?1 and source = 'PAS_ATTACHMENT'", id);
            assertEquals(attached, viaAttach, "an ATTACHED entry is a PAS attachment, and only then");
        }
        // The file is applied in one transaction: all of it (COMPLETED) or, when an attach took one of its
        // patients first, none of it (FAILED, "the panel changed at the same time"); never half. When it
        // completes, each of the three waiting patients it lists is on the panel once: from the file, or
        // from an attach that came first (an attach that came after it is the 409 above).
        long fromFiles = number("select count(*) from panel_member where provider_id = ?1 and source = 'TELEPLAN'", provider);
        long listedFromFile = 0;
        for (String[] listed : patients.subList(0, 3)) {
            UUID id = UUID.fromString(listed[1]);
            listedFromFile += number("select count(*) from panel_member where patient_id = ?1 and source = 'TELEPLAN'", id);
            if (outcome[0].equals("COMPLETED")) {
                assertEquals(1, number("select count(*) from panel_member where patient_id = ?1 and provider_id = ?2",
                        id, provider), "a listed waiting patient is on the panel");
            }
        }
        System.out.println("Panel file during attaches: " + statuses + ", file " + outcome[0] + ", " + fromFiles
                + " members from the file, " + listedFromFile + " of them waiting patients");
        assertTrue(outcome[0].equals("COMPLETED") || outcome[0].equals("FAILED"), outcome[0]);
        assertEquals(outcome[0].equals("COMPLETED") ? 1500 : 0, fromFiles - listedFromFile, "the file's new patients");
        // Sent again once the attaches are done, it applies (the attached patients stay PAS attachments).
        PanelFixtures.uploadAndWait(asProvider, csv.toString(), "APPLY_VALID_ROWS")
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
        assertEquals(1500 + 10, number("select count(*) from panel_member where provider_id = ?1", provider));
        assertEquals(number("select count(*) from waitlist_entry where attached_provider_id = ?1 and status = 'ATTACHED'", provider),
                number("select count(*) from panel_member where provider_id = ?1 and source = 'PAS_ATTACHMENT'", provider));
    }
}
