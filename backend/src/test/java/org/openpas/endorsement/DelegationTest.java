package org.openpas.endorsement;

import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.PanelFixtures.HEADER;
import static org.openpas.testing.PanelFixtures.memberJson;
import static org.openpas.testing.PanelFixtures.phn;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.testing.TestData.Doctor;

/**
 * Every operation a delegate may use for a provider: allowed with an active endorsement from that
 * provider; refused with none, a pending one, an ended or expired one, one from another provider, or
 * without the delegate role. Refusals are 403, except reads of patient data, which answer 404 as for
 * anyone who may not see the patient. The provider's own rights are unchanged.
 */
@QuarkusTest
class DelegationTest {

    @Inject
    EndorsementJobs jobs;

    @Inject
    EntityManager em;

    /** A provider working in a community with a coordinator, and what the operations act on. */
    private record World(Doctor doctor, String community, String coordinator) {
        String provider() {
            return "/api/v1/providers/" + doctor.id();
        }
    }

    /** What one call needs: a panel member, a panel file, a waiting entry and one proposed to the provider. */
    private record Fixture(String memberId, String submissionId, String waitingEntry, String proposedEntry) {
    }

    private interface Call {
        Response on(String subject, String role, World w, Fixture f);
    }

    /** {@code denied}: the status of a refusal (403, or 404 for reads of patient data). */
    private record Operation(String name, int success, int denied, Call call) {
    }

    private static final String CAPACITY = """
            {"acceptingNewPatients": true, "monthlyCapacity": 40, "desiredPanelSize": 1200,
             "complexityMix": {"lowPercent": 30, "moderatePercent": 40, "highPercent": 30}}""";

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("getCapacity", 200, 403, (s, r, w, f) -> Api.as(s, r).get(w.provider() + "/capacity")),
            new Operation("updateCapacity", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .header("If-Match", TestData.etag(w.provider() + "/capacity", ADMIN, Roles.ADMIN)).body(CAPACITY)
                    .put(w.provider() + "/capacity")),
            new Operation("confirmCapacity", 200, 403, (s, r, w, f) -> Api.as(s, r).post(w.provider() + "/capacity/confirm")),
            new Operation("listPanelMembers", 200, 403, (s, r, w, f) -> Api.as(s, r).get(w.provider() + "/panel")),
            new Operation("getPanelMember", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .get(w.provider() + "/panel/members/" + f.memberId())),
            new Operation("addPanelMember", 201, 403, (s, r, w, f) -> Api.as(s, r)
                    .body(memberJson(phn(), "Delegated", "Add", "1985-03-03")).post(w.provider() + "/panel")),
            new Operation("removePanelMember", 204, 403, (s, r, w, f) -> Api.as(s, r).queryParam("reason", "PATIENT_MOVED")
                    .delete(w.provider() + "/panel/members/" + f.memberId())),
            new Operation("uploadPanelSubmission", 202, 403, (s, r, w, f) -> PanelFixtures.upload(s, r,
                    HEADER + phn() + ",Delegated,Upload,1975-07-07,F,\n", "APPLY_VALID_ROWS")
                    .post(w.provider() + "/panel/submissions")),
            new Operation("listPanelSubmissions", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .get(w.provider() + "/panel/submissions")),
            new Operation("getPanelSubmission", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .get(w.provider() + "/panel/submissions/" + f.submissionId())),
            new Operation("listPanelSubmissionRows", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .get(w.provider() + "/panel/submissions/" + f.submissionId() + "/rows")),
            new Operation("listWaitlistEntries", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .queryParam("communityId", w.community()).get("/api/v1/waitlist-entries")),
            new Operation("listProposalsToTheProvider", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .queryParam("providerId", w.doctor().id()).get("/api/v1/waitlist-entries")),
            new Operation("getWaitlistEntry", 200, 404, (s, r, w, f) -> Api.as(s, r)
                    .get("/api/v1/waitlist-entries/" + f.waitingEntry())),
            new Operation("attachWaitlistEntry", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .body("{\"providerId\": \"%s\"}".formatted(w.doctor().id()))
                    .post("/api/v1/waitlist-entries/" + f.waitingEntry() + "/attach")),
            new Operation("attachProposedEntry", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .body("{\"providerId\": \"%s\"}".formatted(w.doctor().id()))
                    .post("/api/v1/waitlist-entries/" + f.proposedEntry() + "/attach")),
            new Operation("declineWaitlistEntry", 200, 403, (s, r, w, f) -> Api.as(s, r)
                    .body("{\"reason\": \"PANEL_FULL\"}")
                    .post("/api/v1/waitlist-entries/" + f.proposedEntry() + "/decline")));

    private static World world() {
        String community = TestData.newCommunity();
        return new World(TestData.acceptingProvider(community, 100), community, TestData.coordinatorOf(community));
    }

    private static Fixture fixture(World w) {
        String doctor = w.doctor().subject();
        String member = Api.as(doctor, Roles.PROVIDER).body(memberJson(phn(), "Fixture", "Member", "1970-05-05"))
                .post(w.provider() + "/panel").then().statusCode(201).extract().path("patientId");
        String location = PanelFixtures.upload(doctor, Roles.PROVIDER, HEADER + phn() + ",Fixture,Row,1970-05-05,M,\n",
                "APPLY_VALID_ROWS").post(w.provider() + "/panel/submissions").then().statusCode(202)
                .extract().header("Location");
        String registrant = UUID.randomUUID().toString();
        String waiting = entryOf(registrant, Registrations.register(registrant, w.community(), "SELF", ""));
        String other = UUID.randomUUID().toString();
        String proposed = entryOf(other, Registrations.register(other, w.community(), "SELF", ""));
        Api.as(w.coordinator(), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(w.doctor().id()))
                .post("/api/v1/waitlist-entries/" + proposed + "/propose").then().statusCode(200);
        return new Fixture(member, location.substring(location.lastIndexOf('/') + 1), waiting, proposed);
    }

    private static String entryOf(String registrant, String patientId) {
        return Api.as(registrant, Roles.PATIENT).get("/api/v1/patients/" + patientId).then().statusCode(200)
                .extract().path("waitlistEntryId");
    }

    /**
     * Runs every operation as {@code subject}, expecting success (each on a fresh fixture, since
     * operations consume it) or refusal (all on one fixture, which refusals leave unchanged).
     */
    private static void expectAll(String subject, String role, World w, boolean allowed) {
        Fixture shared = allowed ? null : fixture(w);
        for (Operation op : OPERATIONS) {
            Response response = op.call().on(subject, role, w, allowed ? fixture(w) : shared);
            int expected = allowed ? op.success() : op.denied();
            assertEquals(expected, response.statusCode(), op.name() + " as " + role + ": " + response.asString());
            if (!allowed) {
                assertEquals("application/problem+json", response.contentType().split(";")[0], op.name());
            }
        }
    }

    @Test
    void anActiveEndorsementLetsTheDelegateDoTheProvidersWorkAuditedWithBothIdentities() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        Handshake.active(w.doctor().subject(), staff);
        expectAll(staff, Roles.DELEGATE, w, true);

        Api.as(ADMIN, Roles.ADMIN).queryParam("actorSubject", staff).queryParam("onBehalfOfProviderId", w.doctor().id())
                .queryParam("outcome", "SUCCESS").queryParam("size", 100).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItems("CAPACITY_UPDATE", "CAPACITY_CONFIRM", "PANEL_READ", "PANEL_MEMBER_ADD",
                        "PANEL_MEMBER_REMOVE", "PANEL_SUBMISSION_UPLOAD", "WAITLIST_ATTACH", "WAITLIST_DECLINE"));
    }

    @Test
    void withoutAnEndorsementTheDelegateMayDoNothing() {
        expectAll(UUID.randomUUID().toString(), Roles.DELEGATE, world(), false);
    }

    @Test
    void aPendingEndorsementGivesNoRights() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        Handshake.approved(w.doctor().subject(), staff); // approved by the staff member, not confirmed
        expectAll(staff, Roles.DELEGATE, w, false);
    }

    @Test
    void anEndedEndorsementGivesNoRightsFromThatMoment() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        String id = Handshake.active(w.doctor().subject(), staff);
        Api.as(staff, Roles.DELEGATE).get(w.provider() + "/panel").then().statusCode(200);
        Api.as(w.doctor().subject(), Roles.PROVIDER).post("/api/v1/endorsements/" + id + "/end").then().statusCode(200);
        expectAll(staff, Roles.DELEGATE, w, false);
    }

    @Transactional
    void expireNow(String id) {
        em.createNativeQuery("update endorsement set expires_at = now() - interval '1 minute' where id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate();
    }

    @Test
    void anExpiredEndorsementGivesNoRights() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        String id = Handshake.approved(w.doctor().subject(), staff);
        expireNow(id);
        jobs.expire();
        Api.as(w.doctor().subject(), Roles.PROVIDER).post("/api/v1/endorsements/" + id + "/confirm")
                .then().statusCode(409);
        expectAll(staff, Roles.DELEGATE, w, false);
    }

    @Test
    void anEndorsementFromOneProviderGivesNoRightsForAnother() {
        World endorsing = world();
        World other = world();
        String staff = UUID.randomUUID().toString();
        Handshake.active(endorsing.doctor().subject(), staff);
        expectAll(staff, Roles.DELEGATE, other, false);
    }

    @Test
    void theEndorsementCountsOnlyWithTheDelegateRole() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        Handshake.active(w.doctor().subject(), staff);
        expectAll(staff, Roles.MEDICAL_DIRECTOR, w, false);
    }

    @Test
    void aDelegateNeverChangesTheProfileNorEndorsesInTheProvidersName() {
        World w = world();
        String staff = UUID.randomUUID().toString();
        Handshake.active(w.doctor().subject(), staff);
        var profile = Api.as(ADMIN, Roles.ADMIN).get(w.provider()).then().statusCode(200).extract().jsonPath();
        String update = """
                {"name": "Dr. Hijacked", "type": "%s", "mspPractitionerNumber": "%s", "email": "%s",
                 "languages": ["en"], "status": "%s"}""".formatted(profile.getString("type"),
                profile.getString("mspPractitionerNumber"), profile.getString("email"), profile.getString("status"));
        Api.as(staff, Roles.DELEGATE).header("If-Match", TestData.etag(w.provider(), ADMIN, Roles.ADMIN))
                .body(update).put(w.provider()).then().statusCode(403);
        Api.as(w.doctor().subject(), Roles.PROVIDER).get(w.provider()).then().body("name",
                org.hamcrest.Matchers.not("Dr. Hijacked"));
        Api.as(staff, Roles.DELEGATE)
                .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"friend@test.example\"}")
                .post("/api/v1/endorsements").then().statusCode(403);
    }

    @Test
    void theProviderKeepsTheirOwnRightsWhileADelegateActsForThem() {
        World w = world();
        Handshake.active(w.doctor().subject(), UUID.randomUUID().toString());
        expectAll(w.doctor().subject(), Roles.PROVIDER, w, true);
    }
}
