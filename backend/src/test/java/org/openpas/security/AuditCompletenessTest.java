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
import org.openpas.testing.ContractOperations;
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
            new Audited("listProviderSuggestions", "WAITLIST_SUGGESTIONS_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get(E + t.get("entry") + "/provider-suggestions")),
            new Audited("requestPatients", "WAITLIST_PROPOSE", AuthorizationMatrixTest::topRanked, (r, w, t) -> r
                    .body("{\"count\": 1}").post(providerPath(w.providerOwn) + "/patient-requests")),
            new Audited("listPatientRequests", "PATIENT_REQUEST_LIST", AuditCompletenessTest::nothing,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/patient-requests")),
            new Audited("getPatientRequest", "PATIENT_REQUEST_READ", AuthorizationMatrixTest::patientRequest,
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/patient-requests/" + t.get("request"))),
            new Audited("attachWaitlistEntry", "WAITLIST_ATTACH", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/attach")),
            new Audited("declineWaitlistEntry", "WAITLIST_DECLINE", AuthorizationMatrixTest::proposed, (r, w, t) -> r
                    .body("{\"reason\": \"PANEL_FULL\"}").post(E + t.get("entry") + "/decline")),
            new Audited("withdrawWaitlistEntry", "WAITLIST_WITHDRAW", AuthorizationMatrixTest::waiting, (r, w, t) -> r
                    .body("{\"reason\": \"MOVED_AWAY\"}").post(E + t.get("entry") + "/withdraw")),
            new Audited("reconfirmWaitlistEntry", "WAITLIST_RECONFIRM", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.post(E + t.get("entry") + "/reconfirm")),
            new Audited("confirmWaitlistContact", "WAITLIST_CONTACT_CONFIRM", AuthorizationMatrixTest::paused,
                    (r, w, t) -> r.post(E + t.get("entry") + "/contact-confirmation")),
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
                    (r, w, t) -> r.get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission") + "/rows")),
            // the FHIR facade reads patient data through the same services, so with the same audit actions
            new Audited("readFhirGroup", "PANEL_READ", AuditCompletenessTest::nothing,
                    (r, w, t) -> r.get("/api/v1/fhir/Group/" + w.providerOwn)),
            new Audited("readFhirPatient", "PATIENT_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.get("/api/v1/fhir/Patient/" + t.get("patient"))),
            new Audited("searchFhirPatients", "PATIENT_READ", AuthorizationMatrixTest::waiting,
                    (r, w, t) -> r.queryParam("_id", t.get("patient")).get("/api/v1/fhir/Patient")));

    /** Operations on these paths read or change patient data; each must have a row above. */
    private static final Pattern PATIENT_DATA = Pattern.compile(
            "^  (/patients[^:]*|/waitlist-entries[^:]*|/duplicate-candidates[^:]*|/providers/\\{providerId}/panel[^:]*"
                    + "|/providers/\\{providerId}/patient-requests[^:]*|/fhir/Patient[^:]*|/fhir/Group[^:]*):$");

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

    /** A refused caller's role is the first of these the operation does not allow: the least privileged first. */
    private static final List<String> OUTSIDERS = List.of(Roles.PATIENT, Roles.COORDINATOR, Roles.DELEGATE,
            Roles.MEDICAL_DIRECTOR, Roles.PROVIDER, Roles.ADMIN);

    /**
     * Every operation the contract limits to some roles, called with a role it does not allow, is refused
     * and leaves exactly one DENIED event naming the operation and the caller: refused by role (action
     * ROLE_REFUSED) or by the feature's access rules, audited once either way.
     */
    @Test
    void everyRefusalIsAuditedOnceWithItsOperationAndCaller() {
        World w = AuthorizationMatrixTest.world();
        Map<String, String> targets = targets(w);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (ContractOperations.Operation op : ContractOperations.all()) {
            String role = !op.restricted() ? null
                    : OUTSIDERS.stream().filter(r -> !op.roles().contains(r)).findFirst().orElse(null);
            if (role == null) {
                continue;
            }
            refused++;
            String actor = UUID.randomUUID().toString();
            String path = "/api/v1" + Pattern.compile("\\{([^}]+)}").matcher(op.path()).replaceAll(parameter ->
                    targets.getOrDefault(targetKey(op.path(), parameter.group(1)), targets.get(parameter.group(1))));
            int status = wellFormed(op, actor, role).request(op.method(), path).statusCode();
            List<Map<String, Object>> events = Api.as(org.openpas.testing.Users.ADMIN, Roles.ADMIN)
                    .queryParam("actorSubject", actor).queryParam("outcome", "DENIED")
                    .get("/api/v1/audit-events").then().statusCode(200).extract().path("items");
            boolean once = events.size() == 1 && op.id().equals(events.get(0).get("operation"))
                    && Integer.valueOf(status).equals(events.get(0).get("httpStatus"));
            if (status != 403 && status != 404 || !once) {
                failures.add(op.id() + " as " + role + ": " + status + ", DENIED events " + events);
            }
        }
        System.out.println("Refusal audit: " + refused + " operations called with a role they do not allow, "
                + failures.size() + " without exactly one DENIED event naming them");
        assertTrue(refused > 50, "the contract's restricted operations were found: " + refused);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * A request the operation accepts as well formed, so that what answers is the refusal, not the
     * validation of the body (which some operations run before their access rules): an empty JSON object,
     * or for these operations what they need.
     */
    private static RequestSpecification wellFormed(ContractOperations.Operation op, String actor, String role) {
        return switch (op.id()) {
            case "uploadPanelSubmission" -> PanelFixtures.upload(actor, role,
                    PanelFixtures.HEADER + PanelFixtures.phn() + ",Refused,Upload,1960-06-06,F,\n", "APPLY_VALID_ROWS");
            case "addPanelMember" -> Api.invalidAs(actor, role)
                    .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Refused", "Add", "1960-06-06"));
            case "removePanelMember" -> Api.invalidAs(actor, role).queryParam("reason", "NOT_SEEN");
            case "withdrawWaitlistEntry" -> Api.invalidAs(actor, role).body("{\"reason\": \"MOVED_AWAY\"}");
            default -> op.method().equals("POST") || op.method().equals("PUT") ? Api.invalidAs(actor, role).body("{}")
                    : Api.invalidAs(actor, role);
        };
    }

    /**
     * Real targets for the path parameters, so that a refusal is not hidden behind a 404 for a missing
     * resource: the caller's role is refused, so none of them changes.
     */
    private static Map<String, String> targets(World w) {
        Map<String, String> waiting = AuthorizationMatrixTest.waiting(w);
        return Map.ofEntries(Map.entry("communityId", w.communityOwn), Map.entry("clinicId", w.clinicOwn),
                Map.entry("staffId", w.staffOwn), Map.entry("providerId", w.providerOwn),
                Map.entry("coordinatorId", UUID.randomUUID().toString()), Map.entry("claimId", UUID.randomUUID().toString()),
                Map.entry("patientId", waiting.get("patient")), Map.entry("entryId", waiting.get("entry")),
                Map.entry("fhir.Patient", waiting.get("patient")), Map.entry("fhir.Group", w.providerOwn),
                Map.entry("panel.patientId", AuthorizationMatrixTest.panelMember(w).get("member")),
                Map.entry("submissionId", AuthorizationMatrixTest.submission(w).get("submission")),
                Map.entry("requestId", AuthorizationMatrixTest.patientRequest(w).get("request")),
                Map.entry("candidateId", AuthorizationMatrixTest.duplicate(w).get("candidate")),
                Map.entry("endorsementId", AuthorizationMatrixTest.endorsement(w, "RECEIVED").get("endorsement")),
                Map.entry("eventId", Api.as(org.openpas.testing.Users.ADMIN, Roles.ADMIN).queryParam("size", 1)
                        .get("/api/v1/audit-events").then().statusCode(200).extract().path("items[0].id")));
    }

    /** The target of a path parameter: panel paths and the FHIR resources name theirs apart ({id} is no one thing). */
    private static String targetKey(String path, String parameter) {
        if (path.startsWith("/providers")) {
            return "panel." + parameter;
        }
        return path.startsWith("/fhir/") ? "fhir." + path.split("/")[2] : parameter;
    }

        /** A refusal by role names the refused operation's target: the resource its path names. */
    @Test
    void aRefusalByRoleNamesTheTargetAndTheCallersRoles() {
        String actor = UUID.randomUUID().toString();
        String candidate = UUID.randomUUID().toString();
        Api.as(actor, Roles.PROVIDER, Roles.DELEGATE).get("/api/v1/duplicate-candidates/" + candidate)
                .then().statusCode(403);
        var event = Api.as(org.openpas.testing.Users.ADMIN, Roles.ADMIN).queryParam("actorSubject", actor)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1))
                .extract().jsonPath();
        assertEquals("ROLE_REFUSED", event.getString("items[0].action"));
        assertEquals("getDuplicateCandidate", event.getString("items[0].operation"));
        assertEquals("DENIED", event.getString("items[0].outcome"));
        assertEquals("DUPLICATE_CANDIDATE", event.getString("items[0].resourceType"));
        assertEquals(candidate, event.getString("items[0].resourceId"));
        assertEquals(List.of(Roles.DELEGATE, Roles.PROVIDER), event.getList("items[0].actorRoles"));
        assertEquals("Refused by role: GET /duplicate-candidates/{candidateId} (candidateId=" + candidate + ").",
                event.getString("items[0].detail"));
        assertTrue(event.getString("items[0].requestId") != null);
    }

    /** No token: 401, and nothing written (a flood of anonymous requests is no flood of writes). */
    @Test
    void aRequestWithoutATokenIsNotAudited() {
        long before = totalEvents();
        Api.anonymous().get(P + UUID.randomUUID() + "/questionnaire").then().statusCode(401);
        assertEquals(before, totalEvents());
    }

    /**
     * The public operations (statistics, the FHIR directory) hold no patient data: reading them, with a token
     * or without, writes no event. FHIR reads by id are left to their searches, which answer the same resources.
     */
    @Test
    void aPublicReadIsNotAudited() {
        var world = AuthorizationMatrixTest.world();
        long before = totalEvents();
        int read = 0;
        for (ContractOperations.Operation op : ContractOperations.publicOperations()) {
            String path = "/api/v1" + op.path().replace("{healthAuthority}", "FRASER")
                    .replace("{communityId}", world.communityOwn);
            if (path.contains("{")) {
                continue;
            }
            Api.anonymous().request(op.method(), path).then().statusCode(200);
            Api.as(UUID.randomUUID().toString(), Roles.ADMIN).request(op.method(), path).then().statusCode(200);
            read++;
        }
        assertTrue(read >= 10, "the public statistics and the FHIR directory searches were read: " + read);
        assertEquals(before, totalEvents());
    }

    private long totalEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event").getSingleResult()).longValue());
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
