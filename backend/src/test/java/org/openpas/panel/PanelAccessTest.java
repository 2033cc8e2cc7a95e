package org.openpas.panel;

import static org.openpas.testing.PanelFixtures.HEADER;
import static org.openpas.testing.PanelFixtures.memberJson;
import static org.openpas.testing.PanelFixtures.phn;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.COORDINATOR;
import static org.openpas.testing.Users.PATIENT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.PanelFixtures.TestProvider;

/**
 * Every panel operation, for every kind of caller: the provider themselves and admins may; another
 * provider, a patient and a coordinator get 403 (audited); no token is 401; an unknown provider 404.
 */
@QuarkusTest
class PanelAccessTest {

    @Inject
    PanelFixtures fixtures;

    /** One operation: how to call it as {@code subject} with {@code role} on {@code provider}, and its success status. */
    private record Operation(String name, int success, Call call) {
    }

    private interface Call {
        Response on(String subject, String role, String providerId, Fixture f);
    }

    /** What the operations need on the provider's panel. */
    private record Fixture(String patientId, String submissionId) {
    }

    private static RequestSpecification as(String subject, String role) {
        return subject == null ? Api.anonymous() : Api.as(subject, role);
    }

    private static String panel(String providerId) {
        return "/api/v1/providers/" + providerId + "/panel";
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("listPanelMembers", 200, (s, r, p, f) -> as(s, r).get(panel(p))),
            new Operation("getPanelMember", 200, (s, r, p, f) -> as(s, r).get(panel(p) + "/members/" + f.patientId())),
            new Operation("addPanelMember", 201, (s, r, p, f) -> as(s, r)
                    .body(memberJson(phn(), "Access", "Test", "1990-01-01")).post(panel(p))),
            new Operation("removePanelMember", 204, (s, r, p, f) -> as(s, r).queryParam("reason", "OTHER")
                    .delete(panel(p) + "/members/" + f.patientId())),
            new Operation("listPanelSubmissions", 200, (s, r, p, f) -> as(s, r).get(panel(p) + "/submissions")),
            new Operation("uploadPanelSubmission", 202, (s, r, p, f) -> (s == null
                    ? io.restassured.RestAssured.given().multiPart("file", "p.csv", (HEADER + phn() + ",A,B,1990-01-01,F,\n").getBytes(), "text/csv").multiPart("mode", "APPLY_VALID_ROWS")
                    : PanelFixtures.upload(s, r, HEADER + phn() + ",A,B,1990-01-01,F,\n", "APPLY_VALID_ROWS"))
                    .post(panel(p) + "/submissions")),
            new Operation("getPanelSubmission", 200, (s, r, p, f) -> as(s, r)
                    .get(panel(p) + "/submissions/" + f.submissionId())),
            new Operation("listPanelSubmissionRows", 200, (s, r, p, f) -> as(s, r)
                    .get(panel(p) + "/submissions/" + f.submissionId() + "/rows")));

    private Fixture fixture(TestProvider dr) {
        String patientId = dr.api().body(memberJson(phn(), "Fixture", "Member", "1970-05-05")).post(dr.panel())
                .then().statusCode(201).extract().path("patientId");
        String location = PanelFixtures.upload(dr.subject(), Roles.PROVIDER,
                HEADER + phn() + ",Fixture,Row,1970-05-05,M,\n", "APPLY_VALID_ROWS")
                .post(dr.panel() + "/submissions").then().statusCode(202).extract().header("Location");
        PanelFixtures.await(dr, location.substring(location.indexOf("/api/v1/")));
        return new Fixture(patientId, location.substring(location.lastIndexOf('/') + 1));
    }

    private void expect(Operation op, int status, String subject, String role, String providerId, Fixture f) {
        int actual = op.call().on(subject, role, providerId, f).then().extract().statusCode();
        Assertions.assertEquals(status, actual, op.name() + " as " + role + " on " + providerId);
    }

    @Test
    void theProviderThemselvesMay() {
        for (Operation op : OPERATIONS) {
            TestProvider dr = fixtures.provider();
            expect(op, op.success(), dr.subject(), Roles.PROVIDER, dr.id(), fixture(dr));
        }
    }

    @Test
    void adminsMay() {
        for (Operation op : OPERATIONS) {
            TestProvider dr = fixtures.provider();
            expect(op, op.success(), ADMIN, Roles.ADMIN, dr.id(), fixture(dr));
        }
    }

    @Test
    void anotherProviderAPatientAndACoordinatorMayNotAndAreAudited() {
        TestProvider dr = fixtures.provider();
        TestProvider other = fixtures.provider();
        Fixture f = fixture(dr);
        for (Operation op : OPERATIONS) {
            expect(op, 403, other.subject(), Roles.PROVIDER, dr.id(), f);
            expect(op, 403, PATIENT, Roles.PATIENT, dr.id(), f);
            expect(op, 403, COORDINATOR, Roles.COORDINATOR, dr.id(), f);
            // A provider's medical-director role does not open another provider's panel either.
            expect(op, 403, other.subject(), Roles.MEDICAL_DIRECTOR, dr.id(), f);
        }
        Api.as(ADMIN, Roles.ADMIN).queryParam("outcome", "DENIED").queryParam("actorSubject", other.subject())
                .queryParam("size", 100)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("PANEL_READ", "PANEL_MEMBER_READ",
                        "PANEL_MEMBER_ADD", "PANEL_MEMBER_REMOVE", "PANEL_SUBMISSION_READ", "PANEL_SUBMISSION_UPLOAD"))
                .body("items.resourceId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(dr.id())));
        // Nothing changed.
        dr.api().get(dr.panel()).then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void withoutATokenIs401() {
        TestProvider dr = fixtures.provider();
        Fixture f = fixture(dr);
        for (Operation op : OPERATIONS) {
            expect(op, 401, null, null, dr.id(), f);
        }
    }

    @Test
    void anUnknownProviderIs404() {
        TestProvider dr = fixtures.provider();
        Fixture f = fixture(dr);
        String unknown = UUID.randomUUID().toString();
        for (Operation op : OPERATIONS) {
            expect(op, 404, ADMIN, Roles.ADMIN, unknown, f);
            expect(op, 404, dr.subject(), Roles.PROVIDER, unknown, f);
        }
    }
}
