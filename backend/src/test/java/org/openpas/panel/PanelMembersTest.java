package org.openpas.panel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.PanelFixtures.memberJson;
import static org.openpas.testing.PanelFixtures.phn;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.PanelFixtures.TestProvider;

@QuarkusTest
class PanelMembersTest {

    @Inject
    PanelFixtures fixtures;

    private static String add(TestProvider dr, String phn, String family) {
        return dr.api().body(memberJson(phn, family, "Ada Grace", "1980-02-29"))
                .when().post(dr.panel())
                .then().statusCode(201).extract().path("patientId");
    }

    @Test
    void aProviderAddsFindsListsAndRemovesTheirPanelMembers() {
        TestProvider dr = fixtures.provider();
        String phn = phn();
        String patientId = dr.api().body(memberJson(phn, "Okafor", "Ada Grace", "1980-02-29"))
                .when().post(dr.panel())
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/providers/" + dr.id() + "/panel/members/"))
                .body("phn", equalTo(phn))
                .body("source", equalTo("MANUAL"))
                .body("since", notNullValue())
                .extract().path("patientId");
        add(dr, phn(), "Aaronson");

        dr.api().when().get(dr.panel() + "/members/" + patientId)
                .then().statusCode(200).body("familyName", equalTo("Okafor")).body("dateOfBirth", equalTo("1980-02-29"));
        // Known only from a panel, not registered: no patient record to read, even for an admin (not a 500).
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/patients/" + patientId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(patientId));
        dr.api().when().get(dr.panel())
                .then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Aaronson", "Okafor")))
                .body("totalItems", equalTo(2));
        dr.api().queryParam("q", "okaf").when().get(dr.panel())
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patientId)));
        dr.api().queryParam("q", "ada grace oka").when().get(dr.panel())
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patientId)));
        dr.api().queryParam("q", phn).when().get(dr.panel())
                .then().statusCode(200).body("items.patientId", equalTo(List.of(patientId)));
        dr.api().queryParam("source", "TELEPLAN").when().get(dr.panel())
                .then().statusCode(200).body("totalItems", equalTo(0));
        dr.api().queryParam("source", "MANUAL").queryParam("size", 1).queryParam("page", 1).when().get(dr.panel())
                .then().statusCode(200).body("items.familyName", equalTo(List.of("Okafor"))).body("totalPages", equalTo(2));

        dr.api().queryParam("reason", "PATIENT_MOVED").queryParam("returnToWaitlist", true)
                .when().delete(dr.panel() + "/members/" + patientId)
                .then().statusCode(204);
        dr.api().when().get(dr.panel() + "/members/" + patientId).then().statusCode(404);
        dr.api().queryParam("reason", "PATIENT_MOVED").when().delete(dr.panel() + "/members/" + patientId)
                .then().statusCode(404);

        Api.as(ADMIN, Roles.ADMIN).queryParam("patientId", patientId).when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("PANEL_MEMBER_ADD"))
                .body("items.action", hasItem("PANEL_MEMBER_READ"))
                .body("items.action", hasItem("PANEL_MEMBER_REMOVE"));
        Api.as(ADMIN, Roles.ADMIN).queryParam("resourceType", "PANEL").queryParam("resourceId", dr.id())
                .queryParam("action", "PANEL_READ").when().get("/api/v1/audit-events")
                .then().statusCode(200).body("items.actorSubject", hasItem(dr.subject()));

        // Removed, the patient may join a panel again: the same patient record is used.
        String again = add(dr, phn, "Okafor");
        assertEquals(patientId, again);
    }

    @Test
    void aPatientOnAnotherPanelIsAConflictNeverAMove() {
        TestProvider first = fixtures.provider();
        TestProvider second = fixtures.provider();
        String phn = phn();
        String patientId = add(first, phn, "Singh");

        second.api().body(memberJson(phn, "Singh", "Ada Grace", "1980-02-29"))
                .when().post(second.panel())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("on the panel of another provider"))
                .body("conflictingResource", equalTo("/api/v1/providers/" + first.id()));
        Api.as(ADMIN, Roles.ADMIN).body(memberJson(phn, "Singh", "Ada Grace", "1980-02-29"))
                .when().post(second.panel())
                .then().statusCode(409)
                .body("conflictingResource", equalTo("/api/v1/providers/" + first.id() + "/panel/members/" + patientId));
        first.api().when().get(first.panel() + "/members/" + patientId).then().statusCode(200);
        second.api().when().get(second.panel()).then().statusCode(200).body("totalItems", equalTo(0));

        first.api().body(memberJson(phn, "Singh", "Ada Grace", "1980-02-29"))
                .when().post(first.panel())
                .then().statusCode(409).body("detail", containsString("already on this panel"));
    }

    @Test
    void aKnownPhnUnderAnotherNameOrBirthDateIs422() {
        TestProvider dr = fixtures.provider();
        String phn = phn();
        String patientId = add(dr, phn, "Chen");
        dr.api().queryParam("reason", "ADDED_IN_ERROR").when().delete(dr.panel() + "/members/" + patientId)
                .then().statusCode(204);
        dr.api().body(memberJson(phn, "Chan", "Ada Grace", "1980-02-29")).when().post(dr.panel())
                .then().statusCode(422).body("errors[0].field", equalTo("phn"));
        dr.api().body(memberJson(phn, "Chen", "Ada Grace", "1980-03-01")).when().post(dr.panel())
                .then().statusCode(422);
        // Case and spacing do not make another person.
        dr.api().body(memberJson(phn, "CHEN", " ada  grace", "1980-02-29")).when().post(dr.panel())
                .then().statusCode(201).body("patientId", equalTo(patientId));
    }

    @Test
    void badInputIs400AndChangesNothing() {
        TestProvider dr = fixtures.provider();
        dr.api().body(memberJson("9698648215", "Okafor", "Ada", "1980-02-29")).when().post(dr.panel())
                .then().statusCode(400).body("errors[0].field", equalTo("phn"));
        dr.api().body(memberJson(phn(), "Okafor", "Ada", "2999-01-01")).when().post(dr.panel())
                .then().statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
        dr.api().body(memberJson(phn(), "Okafor", "Ada", "1980-01-01").replace("}", ", \"since\": \"1979-01-01\"}"))
                .when().post(dr.panel())
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        Api.invalidAs(dr.subject(), Roles.PROVIDER).body(memberJson("12345", "Okafor", "Ada", "1980-01-01"))
                .when().post(dr.panel())
                .then().statusCode(400);
        Api.invalidAs(dr.subject(), Roles.PROVIDER).body(memberJson(phn(), "Okafor", "Ada", "1980-02-30"))
                .when().post(dr.panel())
                .then().statusCode(400);
        Api.invalidAs(dr.subject(), Roles.PROVIDER).when().delete(dr.panel() + "/members/" + java.util.UUID.randomUUID())
                .then().statusCode(400);
        dr.api().when().get(dr.panel()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    /** Two providers add the same new patient at the same moment: the database lets exactly one win. */
    @Test
    void twoProvidersAddingOnePatientAtOnceNeverBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                TestProvider first = fixtures.provider();
                TestProvider second = fixtures.provider();
                String phn = phn();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> calls = new ArrayList<>();
                for (TestProvider dr : List.of(first, second)) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return Api.invalidAs(dr.subject(), Roles.PROVIDER)
                                .body(memberJson(phn, "Race", "Condition", "1990-01-01"))
                                .post(dr.panel()).then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> call : calls) {
                    statuses.add(call.get());
                }
                Collections.sort(statuses);
                assertEquals(List.of(201, 409), statuses);
                int onFirst = first.api().get(first.panel()).then().extract().path("totalItems");
                int onSecond = second.api().get(second.panel()).then().extract().path("totalItems");
                assertEquals(1, onFirst + onSecond);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
