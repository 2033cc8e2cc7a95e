package org.openpas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.security.AuthorizationMatrixTest.providerPath;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpas.audit.AuditLog;
import org.openpas.common.Roles;
import org.openpas.security.AuthorizationMatrixTest.World;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.TestData;

/**
 * Every operation that touches patient data leaves an audit event naming who did it; events are
 * written in the transaction of the change (rolled back with it); and audit rows can be neither
 * updated nor deleted, not even by the application's own database role.
 */
@QuarkusTest
class AuditCompletenessTest {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    private interface Call {
        Response call(RequestSpecification request, World w, Map<String, String> target);
    }

    /** An operation touching patient data, the audit action it must leave, and how to call it. */
    private record Audited(String operationId, String action, Function<World, Map<String, String>> prepare, Call call) {
    }

    private static final String P = "/api/v1/patients/";
    private static final String E = "/api/v1/waitlist-entries/";
    private static final String D = "/api/v1/duplicate-candidates/";

    private static Map<String, String> nothing(World w) {
        return Map.of();
    }

    private static final List<Audited> OPERATIONS = List.of(
            new Audited("registerPatient", "PATIENT_REGISTER", AuditCompletenessTest::nothing, (r, w, t) -> r
                    .body(AuthorizationMatrixTest.someone("CHILD", w.communityOwn)).post("/api/v1/patients")),
            new Audited("listPatients", "PATIENT_LIST", AuditCompletenessTest::nothing, (r, w, t) -> r.get("/api/v1/patients")),
            new Audited("getPatient", "PATIENT_READ", AuthorizationMatrixTest::waiting, (r, w, t) -> r.get(P + t.get("patient"))),
            new Audited("updatePatient", "PATIENT_UPDATE", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .header("If-Match", TestData.etag(P + t.get("patient"), org.openpas.testing.Users.ADMIN, Roles.ADMIN))
                    .body(AuthorizationMatrixTest.fieldsOf(P + t.get("patient"), "familyName", "givenNames",
                            "dateOfBirth", "gender", "address", "communityId", "phone", "email", "preferredLanguage",
                            "consentToShare", "matchWithHousehold"))
                    .put(P + t.get("patient"))),
            new Audited("getPatientQuestionnaire", "PATIENT_QUESTIONNAIRE_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(P + t.get("patient") + "/questionnaire")),
            new Audited("replacePatientQuestionnaire", "PATIENT_QUESTIONNAIRE_UPDATE", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.header("If-Match", TestData.etag(P + t.get("patient") + "/questionnaire",
                            org.openpas.testing.Users.ADMIN, Roles.ADMIN))
                            .body("""
                                    {"chronicConditions": ["DIABETES"], "pregnant": false, "recentHospitalStay": false,
                                     "mentalHealthNeeds": false, "mobilityLimitations": false}""")
                            .put(P + t.get("patient") + "/questionnaire")),
            new Audited("getWaitEstimate", "PATIENT_WAIT_ESTIMATE_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(P + t.get("patient") + "/wait-estimate")),
            new Audited("listPatientHistory", "PATIENT_HISTORY_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(P + t.get("patient") + "/history")),
            new Audited("listWaitlistEntries", "WAITLIST_LIST", AuditCompletenessTest::nothing, (r, w, t) -> r
                    .queryParam("communityId", w.communityOwn).get("/api/v1/waitlist-entries")),
            new Audited("getWaitlistEntry", "WAITLIST_ENTRY_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(E + t.get("entry"))),
            new Audited("listWaitlistEntryTransitions", "WAITLIST_TRANSITIONS_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(E + t.get("entry") + "/transitions")),
            new Audited("proposeWaitlistEntry", "WAITLIST_PROPOSE", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/propose")),
            new Audited("attachWaitlistEntry", "WAITLIST_ATTACH", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/attach")),
            new Audited("declineWaitlistEntry", "WAITLIST_DECLINE", AuthorizationMatrixTest::proposed, (r, w, t) -> r
                    .body("{\"reason\": \"PANEL_FULL\"}").post(E + t.get("entry") + "/decline")),
            new Audited("withdrawWaitlistEntry", "WAITLIST_WITHDRAW", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .body("{\"reason\": \"MOVED_AWAY\"}").post(E + t.get("entry") + "/withdraw")),
            new Audited("reconfirmWaitlistEntry", "WAITLIST_RECONFIRM", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.post(E + t.get("entry") + "/reconfirm")),
            new Audited("listDuplicateCandidates", "DUPLICATE_LIST", AuditCompletenessTest::nothing,
                    (r, w, t) -> r.get("/api/v1/duplicate-candidates")),
            new Audited("getDuplicateCandidate", "DUPLICATE_READ", AuthorizationMatrixTest::duplicate,
                    (r, w, t) -> r.get(D + t.get("candidate"))),
            new Audited("mergeDuplicateCandidate", "PATIENT_MERGE", AuthorizationMatrixTest::duplicate, (r, w, t) -> r
                    .body("{\"survivorPatientId\": \"%s\"}".formatted(t.get("survivor"))).post(D + t.get("candidate") + "/merge")),
            new Audited("dismissDuplicateCandidate", "DUPLICATE_DISMISS", AuthorizationMatrixTest::duplicate,
                    (r, w, t) -> r.body("{}").post(D + t.get("candidate") + "/dismiss")),
            new Audited("listPanelMembers", "PANEL_READ", AuditCompletenessTest::nothing,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel")),
            new Audited("addPanelMember", "PANEL_MEMBER_ADD", AuditCompletenessTest::nothing, (r, w, t) -> r
                    .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Audit", "Add", "1960-06-06"))
                    .post(providerPath(w.providerOwn) + "/panel")),
            new Audited("getPanelMember", "PANEL_MEMBER_READ", AuthorizationMatrixTest::panelMember,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel/members/" + t.get("member"))),
            new Audited("removePanelMember", "PANEL_MEMBER_REMOVE", AuthorizationMatrixTest::panelMember, (r, w, t) -> r
                    .queryParam("reason", "NOT_SEEN").delete(providerPath(w.providerOwn) + "/panel/members/" + t.get("member"))),
            new Audited("listPanelSubmissions", "PANEL_SUBMISSION_LIST", AuditCompletenessTest::nothing,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel/submissions")),
            new Audited("getPanelSubmission", "PANEL_SUBMISSION_READ", AuthorizationMatrixTest::submission,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission"))),
            new Audited("listPanelSubmissionRows", "PANEL_SUBMISSION_READ", AuthorizationMatrixTest::submission,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission") + "/rows")));

    /** Operations on these paths read or change patient data; each must have a row above. */
    private static final Pattern PATIENT_DATA = Pattern.compile(
            "^  (/patients[^:]*|/waitlist-entries[^:]*|/duplicate-candidates[^:]*|/providers/\\{providerId}/panel[^:]*):$");

    @Test
    void everyOperationOnPatientDataIsAuditedWithItsActor() {
        World w = AuthorizationMatrixTest.world();
        List<String> missing = new ArrayList<>();
        for (Audited op : OPERATIONS) {
            String actor = UUID.randomUUID().toString();
            Map<String, String> target = op.prepare().apply(w);
            int status = op.call().call(Api.as(actor, Roles.ADMIN), w, target).statusCode();
            assertTrue(status >= 200 && status < 300, op.operationId() + " answered " + status);
            int events = Api.as(org.openpas.testing.Users.ADMIN, Roles.ADMIN).queryParam("actorSubject", actor)
                    .queryParam("action", op.action()).queryParam("outcome", "SUCCESS")
                    .get("/api/v1/audit-events").then().statusCode(200).extract().path("totalItems");
            if (events < 1) {
                missing.add(op.operationId() + " (" + op.action() + ")");
            }
        }
        // The upload is audited when received; its processing in the background is audited too.
        String actor = UUID.randomUUID().toString();
        PanelFixtures.upload(actor, Roles.ADMIN, PanelFixtures.HEADER + PanelFixtures.phn() + ",Audit,Upload,1960-06-06,F,\n",
                "APPLY_VALID_ROWS").post(providerPath(w.providerOwn) + "/panel/submissions").then().statusCode(202);
        Api.as(org.openpas.testing.Users.ADMIN, Roles.ADMIN).queryParam("actorSubject", actor)
                .queryParam("action", "PANEL_SUBMISSION_UPLOAD").get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
        System.out.println("Audit completeness: " + (OPERATIONS.size() + 1) + " operations on patient data, "
                + missing.size() + " without an audit event");
        assertTrue(missing.isEmpty(), "not audited: " + missing);
    }

    @Test
    void everyPatientDataOperationOfTheContractIsCovered() throws Exception {
        String contract = Files.readString(Path.of("..", "openapi.yaml"));
        var expected = new TreeSet<String>();
        boolean inPatientPath = false;
        for (String line : contract.split("\n")) {
            if (line.matches("^  /.*:$")) {
                inPatientPath = PATIENT_DATA.matcher(line).matches();
            }
            Matcher id = Pattern.compile("operationId: (\\w+)").matcher(line);
            if (inPatientPath && id.find()) {
                expected.add(id.group(1));
            }
        }
        expected.add("uploadPanelSubmission");
        var covered = new TreeSet<String>();
        OPERATIONS.forEach(op -> covered.add(op.operationId()));
        covered.add("uploadPanelSubmission");
        assertEquals(expected, covered);
    }

    @Test
    @ActivateRequestContext
    void anEventIsWrittenInTheTransactionOfItsChangeAndRolledBackWithIt() {
        String rolledBack = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.success("PATIENT_UPDATE", "PATIENT", rolledBack, "a change that fails after its audit");
            throw new IllegalStateException("the change fails");
        }));
        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> audit.success("PATIENT_UPDATE", "PATIENT", committed, "a change"));
        assertEquals(0L, count(rolledBack));
        assertEquals(1L, count(committed));
        // Outside a transaction an audit event cannot be written at all (it must join the change's).
        assertThrows(RuntimeException.class, () -> audit.success("PATIENT_UPDATE", "PATIENT", committed, "no tx"));
    }

    private long count(String resourceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where resource_id = :id").setParameter("id", resourceId)
                .getSingleResult()).longValue());
    }

    @Test
    void theApplicationsDatabaseRoleCannotUpdateOrDeleteAuditEvents() {
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event").getSingleResult()).longValue());
        assertTrue(before > 0);
        for (String statement : List.of("update audit_event set detail = 'rewritten'",
                "update audit_event set actor_subject = 'someone-else' where id = (select min(id::text)::uuid from audit_event)",
                "delete from audit_event where id = (select min(id::text)::uuid from audit_event)", "delete from audit_event")) {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(statement).executeUpdate()), statement);
        }
        long after = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where detail = 'rewritten'").getSingleResult()).longValue());
        assertEquals(0L, after);
    }
}
