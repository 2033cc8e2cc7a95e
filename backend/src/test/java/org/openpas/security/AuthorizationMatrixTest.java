package org.openpas.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.Mailbox;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * The authorization matrix (OWASP API1/API5): every operation of openapi.yaml, called by every kind
 * of caller that matters. The status each must get is derived from the operation's {@code x-pas-access}
 * line in the contract ({@link #expected}), never written here, so the test cannot agree with the
 * server against the written rule. A cell fails on an unexpected allow AND on an unexpected deny. An
 * operation of the contract without a row, or without an access rule the matrix understands, fails
 * the test, so no new endpoint skips it.
 *
 * <p>The callers ({@link Actor}) stand in one world: two communities, each with a clinic, its
 * medical director (the own one also a provider record), a provider on its staff and a coordinator;
 * a patient registered in each; and
 * delegates of the "own" provider with an active, a pending (approved, not confirmed), an ended and
 * no endorsement (the active one is also endorsed by the own clinic's medical director). Operations act on the "own" side (own community, clinic, provider, patient);
 * endorsement operations act on an endorsement between the OTHER provider (starter) and
 * DELEGATE_NONE (recipient), so "party" and "not a party" both appear. A cell that succeeds on a
 * changing operation is followed by a fresh target for the next caller.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who calls; the columns of the matrix, in this order. */
    enum Actor {
        ANONYMOUS(null), PATIENT_OWN(Roles.PATIENT), PATIENT_OTHER(Roles.PATIENT), PROVIDER_OWN(Roles.PROVIDER),
        PROVIDER_OTHER(Roles.PROVIDER), DIRECTOR_OWN(Roles.MEDICAL_DIRECTOR), DIRECTOR_OTHER(Roles.MEDICAL_DIRECTOR),
        DELEGATE_ACTIVE(Roles.DELEGATE), DELEGATE_PENDING(Roles.DELEGATE), DELEGATE_ENDED(Roles.DELEGATE),
        DELEGATE_NONE(Roles.DELEGATE), COORDINATOR_OWN(Roles.COORDINATOR), COORDINATOR_OTHER(Roles.COORDINATOR),
        ADMIN(Roles.ADMIN);

        final String role;

        Actor(String role) {
            this.role = role;
        }
    }

    /** The world the callers live in (built once). */
    static final class World {
        final Map<Actor, String> subjects = new LinkedHashMap<>();
        String communityOwn;
        String communityOther;
        String clinicOwn;
        String clinicOther;
        String providerOwn;
        String providerOther;
        String patientOwn;
        String entryOwn;
        String staffOwn;
        String lastEndorsement;

        String subject(Actor actor) {
            return subjects.get(actor);
        }
    }

    private interface Call {
        Response call(RequestSpecification request, Actor actor, World w, Map<String, String> target);
    }

    /** One row: how to make a target and how to call; the expected statuses come from the contract. */
    private record Row(String operationId, Function<World, Map<String, String>> prepare, Call call) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static World world;

    // ---------------------------------------------------------------- the world

    static World world() {
        if (world != null) {
            return world;
        }
        World w = new World();
        for (Actor actor : Actor.values()) {
            w.subjects.put(actor, actor == Actor.ADMIN ? ADMIN : actor == Actor.ANONYMOUS ? null : UUID.randomUUID().toString());
        }
        w.communityOwn = TestData.newCommunity();
        w.communityOther = TestData.newCommunity();
        w.clinicOwn = TestData.clinicIn(w.communityOwn, w.subject(Actor.DIRECTOR_OWN));
        w.clinicOther = TestData.clinicIn(w.communityOther, w.subject(Actor.DIRECTOR_OTHER));
        w.providerOwn = TestData.provider(w.subject(Actor.PROVIDER_OWN));
        w.providerOther = TestData.provider(w.subject(Actor.PROVIDER_OTHER));
        // A medical director is a provider who directs a clinic: the own one is linked to a provider
        // record (so they may start endorsements as the endorser), the other is not.
        TestData.provider(w.subject(Actor.DIRECTOR_OWN));
        TestData.staff(w.clinicOwn, w.providerOwn);
        TestData.staff(w.clinicOther, w.providerOther);
        for (String provider : List.of(w.providerOwn, w.providerOther)) {
            Api.as(ADMIN, Roles.ADMIN).header("If-Match", TestData.etag(providerPath(provider) + "/capacity", ADMIN, Roles.ADMIN))
                    .body(CAPACITY).put(providerPath(provider) + "/capacity").then().statusCode(200);
        }
        addCoordinator(w.communityOwn, w.subject(Actor.COORDINATOR_OWN));
        addCoordinator(w.communityOther, w.subject(Actor.COORDINATOR_OTHER));
        Map<String, String> own = registered(w.subject(Actor.PATIENT_OWN), "SELF", w.communityOwn);
        w.patientOwn = own.get("patient");
        w.entryOwn = own.get("entry");
        registered(w.subject(Actor.PATIENT_OTHER), "SELF", w.communityOther);
        String doctor = w.subject(Actor.PROVIDER_OWN);
        Handshake.active(doctor, w.subject(Actor.DELEGATE_ACTIVE));
        Handshake.approved(doctor, w.subject(Actor.DELEGATE_PENDING));
        String ended = Handshake.active(doctor, w.subject(Actor.DELEGATE_ENDED));
        Api.as(doctor, Roles.PROVIDER).post("/api/v1/endorsements/" + ended + "/end").then().statusCode(200);
        // The active delegate is endorsed by the own clinic's medical director too: they may edit that clinic.
        Handshake.active(w.subject(Actor.DIRECTOR_OWN), w.subject(Actor.DELEGATE_ACTIVE));
        // The active delegate works at the own clinic (clinic staff reads are for staff of the clinic).
        w.staffOwn = Api.as(ADMIN, Roles.ADMIN).body("""
                {"kind": "DELEGATE", "name": "Morgan MOA", "email": "%s", "subject": "%s"}"""
                .formatted(Handshake.email(w.subject(Actor.DELEGATE_ACTIVE)), w.subject(Actor.DELEGATE_ACTIVE)))
                .post("/api/v1/clinics/" + w.clinicOwn + "/staff").then().statusCode(201).extract().path("id");
        world = w;
        return w;
    }

    private static void addCoordinator(String community, String subject) {
        Api.as(ADMIN, Roles.ADMIN).body("{\"subject\": \"%s\", \"name\": \"Casey\", \"email\": \"%s\"}"
                .formatted(subject, Handshake.email(subject)))
                .post("/api/v1/communities/" + community + "/coordinators").then().statusCode(201);
    }

    static String entryOf(String registrant, String patient) {
        return Api.as(registrant, Roles.PATIENT).get("/api/v1/patients/" + patient).then().statusCode(200)
                .extract().path("waitlistEntryId");
    }

    static String providerPath(String id) {
        return "/api/v1/providers/" + id;
    }

    // ---------------------------------------------------------------- targets and bodies

    private static final String CAPACITY = """
            {"acceptingNewPatients": true, "monthlyCapacity": 500, "desiredPanelSize": 3000,
             "complexityMix": {"lowPercent": 30, "moderatePercent": 40, "highPercent": 30}}""";

    private static Map<String, String> none(World w) {
        return Map.of();
    }

    /** A pending claim of a new medical director (no provider record) to a new provider record. */
    private static Map<String, String> identityClaim(World w) {
        String claim = Api.as(UUID.randomUUID().toString(), Roles.MEDICAL_DIRECTOR)
                .body("{\"providerId\": \"%s\", \"reason\": \"Mine.\"}".formatted(TestData.provider(null)))
                .post("/api/v1/me/claims").then().statusCode(201).extract().path("id");
        return Map.of("claim", claim);
    }

    private static String etag(String path) {
        return TestData.etag(path, ADMIN, Roles.ADMIN);
    }

    /** A body made of some fields of what GET {@code path} answers (for full-replacement PUTs). */
    static String fieldsOf(String path, String... fields) {
        Map<String, Object> current = Api.as(ADMIN, Roles.ADMIN).get(path).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            if (current.get(field) != null) {
                body.put(field, current.get(field));
            }
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A registration body for a person of their own (a random name and birth date), so that the
     * many registrations here are not flagged as duplicates of each other.
     */
    static String someone(String relationship, String community) {
        String born = java.time.LocalDate.of(1940, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(25_000)).toString();
        return Registrations.body(Registrations.phn(), relationship, community, "", true)
                .replace("\"Pat " + relationship + "\"", "\"P" + UUID.randomUUID().toString().substring(0, 13) + "\"")
                .replace("1980-04-30", born);
    }

    private static Map<String, String> registered(String registrant, String relationship, String community) {
        String patient = Api.as(registrant, Roles.PATIENT).body(someone(relationship, community)).post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        return Map.of("patient", patient, "entry", entryOf(registrant, patient));
    }

    /** A new waiting patient (consenting) in the own community, registered by a stranger: {patient, entry}. */
    static Map<String, String> waiting(World w) {
        return registered(UUID.randomUUID().toString(), "SELF", w.communityOwn);
    }

    /** A new household member of PATIENT_OWN: {patient, entry}. */
    static Map<String, String> household(World w) {
        return registered(w.subject(Actor.PATIENT_OWN), "CHILD", w.communityOwn);
    }

    /**
     * A new waiting patient of the own community ranked ahead of every other (the most priority points), so
     * that a request for one patient proposes them and leaves the entries other rows use waiting.
     */
    static Map<String, String> topRanked(World w) {
        String registrant = UUID.randomUUID().toString();
        String patient = Api.as(registrant, Roles.PATIENT).body(someone("SELF", w.communityOwn)
                        .replace("\"chronicConditions\": []", "\"chronicConditions\": [\"DIABETES\", \"CANCER\", \"HEART_DISEASE\"]")
                        .replace("\"pregnant\": false", "\"pregnant\": true").replace("\"recentHospitalStay\": false",
                                "\"recentHospitalStay\": true").replace("\"mobilityLimitations\": false", "\"mobilityLimitations\": true"))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
        return Map.of("patient", patient, "entry", entryOf(registrant, patient));
    }

    static Map<String, String> proposed(World w) {
        Map<String, String> t = waiting(w);
        Api.as(w.subject(Actor.COORDINATOR_OWN), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(w.providerOwn))
                .post("/api/v1/waitlist-entries/" + t.get("entry") + "/propose").then().statusCode(200);
        return t;
    }

    /**
     * A new household member of PATIENT_OWN whose entry is PAUSED: proposed to the own provider and declined as
     * COULD_NOT_CONTACT three times.
     */
    static Map<String, String> paused(World w) {
        Map<String, String> t = household(w);
        for (int i = 0; i < 3; i++) {
            Api.as(w.subject(Actor.COORDINATOR_OWN), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(w.providerOwn))
                    .post("/api/v1/waitlist-entries/" + t.get("entry") + "/propose").then().statusCode(200);
            Api.as(w.subject(Actor.PROVIDER_OWN), Roles.PROVIDER).body("{\"reason\": \"COULD_NOT_CONTACT\"}")
                    .post("/api/v1/waitlist-entries/" + t.get("entry") + "/decline").then().statusCode(200);
        }
        return t;
    }

    static Map<String, String> panelMember(World w) {
        String member = Api.as(w.subject(Actor.PROVIDER_OWN), Roles.PROVIDER)
                .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Matrix", "Member", "1970-01-01"))
                .post(providerPath(w.providerOwn) + "/panel").then().statusCode(201).extract().path("patientId");
        return Map.of("member", member);
    }

    /** A request for one patient, made by an admin for the own provider. */
    static Map<String, String> patientRequest(World w) {
        topRanked(w);
        String request = Api.as(ADMIN, Roles.ADMIN).body("{\"count\": 1}").post(providerPath(w.providerOwn) + "/patient-requests")
                .then().statusCode(201).extract().path("id");
        return Map.of("request", request);
    }

    static Map<String, String> submission(World w) {
        String location = PanelFixtures.upload(w.subject(Actor.PROVIDER_OWN), Roles.PROVIDER,
                PanelFixtures.HEADER + PanelFixtures.phn() + ",Matrix,Row,1970-01-01,F,\n", "APPLY_VALID_ROWS")
                .post(providerPath(w.providerOwn) + "/panel/submissions").then().statusCode(202).extract().header("Location");
        return Map.of("submission", location.substring(location.lastIndexOf('/') + 1));
    }

    private static Map<String, String> coordinator(World w) {
        String subject = UUID.randomUUID().toString();
        String id = Api.as(ADMIN, Roles.ADMIN).body("{\"subject\": \"%s\", \"name\": \"Temp\", \"email\": \"t@test.example\"}"
                .formatted(subject)).post("/api/v1/communities/" + w.communityOwn + "/coordinators")
                .then().statusCode(201).extract().path("id");
        return Map.of("coordinator", id);
    }

    private static Map<String, String> staffMember(World w) {
        String id = Api.as(ADMIN, Roles.ADMIN).body("{\"kind\": \"DELEGATE\", \"name\": \"Temp\", \"email\": \"%s@test.example\"}"
                .formatted(UUID.randomUUID())).post("/api/v1/clinics/" + w.clinicOwn + "/staff")
                .then().statusCode(201).extract().path("id");
        return Map.of("staff", id);
    }

    /** A duplicate pair in the own community: {candidate, survivor}. */
    static Map<String, String> duplicate(World w) {
        String given = "Dup " + UUID.randomUUID().toString().substring(0, 8);
        String born = java.time.LocalDate.of(1930, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000)).toString();
        String survivor = null;
        for (int i = 0; i < 2; i++) {
            String body = Registrations.body(Registrations.phn(), "SELF", w.communityOwn, "", true)
                    .replace("\"Pat SELF\"", "\"" + given + "\"").replace("1980-04-30", born);
            survivor = Api.as(UUID.randomUUID().toString(), Roles.PATIENT).body(body).post("/api/v1/patients")
                    .then().statusCode(201).extract().path("id");
        }
        String candidate = Api.as(ADMIN, Roles.ADMIN).queryParam("communityId", w.communityOwn).queryParam("status", "OPEN")
                .queryParam("size", 100).get("/api/v1/duplicate-candidates").then().statusCode(200)
                .extract().path("items.find { it.patientA.id == '%s' || it.patientB.id == '%s' }.id"
                        .formatted(survivor, survivor));
        return Map.of("candidate", candidate, "survivor", survivor);
    }

    /**
     * An endorsement between PROVIDER_OTHER (starter) and DELEGATE_NONE (recipient) in {@code state}
     * (CREATED, RECEIVED, APPROVED or COMPLETED); the previous one between them is closed first.
     */
    static Map<String, String> endorsement(World w, String state) {
        String starter = w.subject(Actor.PROVIDER_OTHER);
        String recipient = w.subject(Actor.DELEGATE_NONE);
        if (w.lastEndorsement != null) {
            Api.as(starter, Roles.PROVIDER).post("/api/v1/endorsements/" + w.lastEndorsement + "/cancel");
            Api.as(starter, Roles.PROVIDER).post("/api/v1/endorsements/" + w.lastEndorsement + "/end");
        }
        String id = Handshake.invite(starter, recipient);
        w.lastEndorsement = id;
        String token = Mailbox.endorsementToken(Handshake.email(recipient));
        if (!state.equals("CREATED")) {
            Handshake.open(recipient);
        }
        if (state.equals("APPROVED") || state.equals("COMPLETED")) {
            Api.as(recipient, Roles.DELEGATE).post("/api/v1/endorsements/" + id + "/approve").then().statusCode(200);
        }
        if (state.equals("COMPLETED")) {
            Api.as(starter, Roles.PROVIDER).post("/api/v1/endorsements/" + id + "/confirm").then().statusCode(200);
        }
        return Map.of("endorsement", id, "token", token);
    }

    // ---------------------------------------------------------------- the matrix

    /*
     * Columns: ANONYMOUS, PATIENT_OWN, PATIENT_OTHER, PROVIDER_OWN, PROVIDER_OTHER, DIRECTOR_OWN,
     * DIRECTOR_OTHER, DELEGATE_ACTIVE, DELEGATE_PENDING, DELEGATE_ENDED, DELEGATE_NONE,
     * COORDINATOR_OWN, COORDINATOR_OTHER, ADMIN.
     */
    private static final String C = "/api/v1/communities/";
    private static final String K = "/api/v1/clinics/";
    private static final String E = "/api/v1/waitlist-entries/";
    private static final String S = "/api/v1/public/statistics";
    private static final String N = "/api/v1/endorsements/";
    private static final String F = "/api/v1/fhir/";

    private static final List<Row> ROWS = List.of(
            // me
            new Row("getMe", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/me")),
            new Row("listMyCommunities", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/me/communities")),
            new Row("listMyClaims", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/me/claims")),
            // a provider record: providers (linked already) and delegates (they claim staff records) may not
            new Row("createMyClaim", w -> Map.of("provider", TestData.provider(null)), (r, a, w, t) -> r
                    .body("{\"providerId\": \"%s\", \"reason\": \"Mine.\"}".formatted(t.get("provider")))
                    .post("/api/v1/me/claims")),
            // communities
            new Row("listCommunities", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/communities")),
            new Row("createCommunity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"name\": \"Matrix %s\", \"healthAuthority\": \"NORTHERN\"}".formatted(UUID.randomUUID()))
                    .post("/api/v1/communities")),
            new Row("getCommunity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(C + w.communityOwn)),
            new Row("updateCommunity", w -> Map.of("community", TestData.newCommunity()), (r, a, w, t) -> r
                    .header("If-Match", etag(C + t.get("community")))
                    .body("{\"name\": \"Renamed %s\", \"healthAuthority\": \"NORTHERN\"}".formatted(UUID.randomUUID()))
                    .put(C + t.get("community"))),
            new Row("getCommunityCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(C + w.communityOwn + "/capacity")),
            new Row("listCommunityCoordinators", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(C + w.communityOwn + "/coordinators")),
            new Row("addCommunityCoordinator", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"subject\": \"%s\", \"name\": \"New\", \"email\": \"new@test.example\"}".formatted(UUID.randomUUID()))
                    .post(C + w.communityOwn + "/coordinators")),
            new Row("getCommunityCoordinator", AuthorizationMatrixTest::coordinator, (r, a, w, t) -> r
                    .get(C + w.communityOwn + "/coordinators/" + t.get("coordinator"))),
            new Row("removeCommunityCoordinator", AuthorizationMatrixTest::coordinator, (r, a, w, t) -> r
                    .delete(C + w.communityOwn + "/coordinators/" + t.get("coordinator"))),
            // clinics
            new Row("listClinics", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/clinics")),
            new Row("createClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.body("""
                    {"name": "Matrix Clinic %s",
                     "address": {"line1": "1 Main Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                     "communityId": "%s", "phone": "604-555-0100"}""".formatted(UUID.randomUUID(), w.communityOwn))
                    .post("/api/v1/clinics")),
            new Row("getClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn)),
            new Row("updateClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.header("If-Match", etag(K + w.clinicOwn))
                    .body(fieldsOf(K + w.clinicOwn, "name", "address", "communityId", "phone", "fax", "email", "status"))
                    .put(K + w.clinicOwn)),
            new Row("verifyClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.post(K + w.clinicOwn + "/verification")),
            new Row("setClinicMedicalDirector", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(K + w.clinicOwn))
                    .body("{\"subject\": \"%s\", \"name\": \"Dr. Director\", \"email\": \"director@test.example\"}"
                            .formatted(w.subject(Actor.DIRECTOR_OWN)))
                    .put(K + w.clinicOwn + "/medical-director")),
            new Row("removeClinicMedicalDirector", w -> Map.of("clinic", TestData.clinicIn(w.communityOwn, UUID.randomUUID().toString())),
                    (r, a, w, t) -> r.header("If-Match", etag(K + t.get("clinic")))
                            .delete(K + t.get("clinic") + "/medical-director")),
            new Row("getClinicHours", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn + "/hours")),
            new Row("replaceClinicHours", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(K + w.clinicOwn + "/hours"))
                    .body("{\"hours\": [{\"dayOfWeek\": \"MONDAY\", \"opens\": \"08:00\", \"closes\": \"16:00\"}]}")
                    .put(K + w.clinicOwn + "/hours")),
            new Row("listClinicStaff", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn + "/staff")),
            new Row("addClinicStaff", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"kind\": \"DELEGATE\", \"name\": \"New MOA\", \"email\": \"%s@test.example\"}".formatted(UUID.randomUUID()))
                    .post(K + w.clinicOwn + "/staff")),
            new Row("getClinicStaffMember", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(K + w.clinicOwn + "/staff/" + w.staffOwn)),
            new Row("removeClinicStaff", AuthorizationMatrixTest::staffMember, (r, a, w, t) -> r
                    .delete(K + w.clinicOwn + "/staff/" + t.get("staff"))),
            // providers, capacity, panels
            new Row("listProviders", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/providers")),
            new Row("createProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> {
                String msp = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
                return r.body("""
                        {"name": "Dr. Matrix", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                         "email": "%s@test.example", "languages": ["en"]}""".formatted(msp, msp.toLowerCase()))
                        .post("/api/v1/providers");
            }),
            new Row("getProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn))),
            new Row("updateProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(providerPath(w.providerOwn)))
                    .body(fieldsOf(providerPath(w.providerOwn), "subject", "name", "type", "mspPractitionerNumber", "email",
                            "phone", "languages", "status"))
                    .put(providerPath(w.providerOwn))),
            new Row("getCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn) + "/capacity")),
            new Row("updateCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(providerPath(w.providerOwn) + "/capacity")).body(CAPACITY)
                    .put(providerPath(w.providerOwn) + "/capacity")),
            new Row("confirmCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .post(providerPath(w.providerOwn) + "/capacity/confirm")),
            // a request for one patient: a fresh, best-ranked entry (many priority points) is prepared for it
            new Row("requestPatients", AuthorizationMatrixTest::topRanked, (r, a, w, t) -> r.body("{\"count\": 1}")
                    .post(providerPath(w.providerOwn) + "/patient-requests")),
            new Row("listPatientRequests", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/patient-requests")),
            new Row("getPatientRequest", AuthorizationMatrixTest::patientRequest, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/patient-requests/" + t.get("request"))),
            new Row("listPanelMembers", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn) + "/panel")),
            new Row("addPanelMember", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Matrix", "Add", "1980-02-02"))
                    .post(providerPath(w.providerOwn) + "/panel")),
            new Row("getPanelMember", AuthorizationMatrixTest::panelMember, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/members/" + t.get("member"))),
            new Row("removePanelMember", AuthorizationMatrixTest::panelMember, (r, a, w, t) -> r.queryParam("reason", "OTHER")
                    .delete(providerPath(w.providerOwn) + "/panel/members/" + t.get("member"))),
            new Row("listPanelSubmissions", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions")),
            new Row("uploadPanelSubmission", AuthorizationMatrixTest::none, (r, a, w, t) -> {
                byte[] csv = (PanelFixtures.HEADER + PanelFixtures.phn() + ",Matrix,Upload,1970-01-01,F,\n").getBytes();
                RequestSpecification upload = a == Actor.ANONYMOUS
                        ? given().multiPart("file", "p.csv", csv, "text/csv").multiPart("mode", "APPLY_VALID_ROWS")
                        : PanelFixtures.upload(w.subject(a), a.role, csv, "APPLY_VALID_ROWS");
                return upload.post(providerPath(w.providerOwn) + "/panel/submissions");
            }),
            new Row("getPanelSubmission", AuthorizationMatrixTest::submission, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission"))),
            new Row("listPanelSubmissionRows", AuthorizationMatrixTest::submission, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission") + "/rows")),
            // patients
            new Row("listPatients", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/patients")),
            new Row("registerPatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body(someone("CHILD", w.communityOwn)).post("/api/v1/patients")),
            new Row("getPatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/patients/" + w.patientOwn)),
            new Row("updatePatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag("/api/v1/patients/" + w.patientOwn))
                    .body(fieldsOf("/api/v1/patients/" + w.patientOwn, "familyName", "givenNames", "dateOfBirth", "gender",
                            "address", "communityId", "phone", "email", "preferredLanguage", "consentToShare",
                            "matchWithHousehold"))
                    .put("/api/v1/patients/" + w.patientOwn)),
            new Row("getPatientQuestionnaire", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/questionnaire")),
            new Row("replacePatientQuestionnaire", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag("/api/v1/patients/" + w.patientOwn + "/questionnaire"))
                    .body("""
                            {"chronicConditions": [], "pregnant": false, "recentHospitalStay": false,
                             "mentalHealthNeeds": true, "mobilityLimitations": false}""")
                    .put("/api/v1/patients/" + w.patientOwn + "/questionnaire")),
            new Row("getWaitEstimate", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/wait-estimate")),
            new Row("listPatientHistory", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/history")),
            // duplicates
            new Row("listDuplicateCandidates", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/duplicate-candidates")),
            new Row("getDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r
                    .get("/api/v1/duplicate-candidates/" + t.get("candidate"))),
            new Row("mergeDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r
                    .body("{\"survivorPatientId\": \"%s\"}".formatted(t.get("survivor")))
                    .post("/api/v1/duplicate-candidates/" + t.get("candidate") + "/merge")),
            new Row("dismissDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r.body("{}")
                    .post("/api/v1/duplicate-candidates/" + t.get("candidate") + "/dismiss")),
            // waitlist
            new Row("listWaitlistEntries", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("communityId", w.communityOwn).get("/api/v1/waitlist-entries")),
            new Row("getWaitlistEntry", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(E + w.entryOwn)),
            new Row("listWaitlistEntryTransitions", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(E + w.entryOwn + "/transitions")),
            new Row("proposeWaitlistEntry", AuthorizationMatrixTest::waiting, (r, a, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/propose")),
            new Row("listProviderSuggestions", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(E + w.entryOwn + "/provider-suggestions")),
            new Row("attachWaitlistEntry", AuthorizationMatrixTest::waiting, (r, a, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/attach")),
            new Row("declineWaitlistEntry", AuthorizationMatrixTest::proposed, (r, a, w, t) -> r
                    .body("{\"reason\": \"PANEL_FULL\"}").post(E + t.get("entry") + "/decline")),
            new Row("withdrawWaitlistEntry", AuthorizationMatrixTest::household, (r, a, w, t) -> r
                    .body("{\"reason\": \"FOUND_PROVIDER\"}").post(E + t.get("entry") + "/withdraw")),
            new Row("reconfirmWaitlistEntry", AuthorizationMatrixTest::household, (r, a, w, t) -> r
                    .post(E + t.get("entry") + "/reconfirm")),
            new Row("confirmWaitlistContact", AuthorizationMatrixTest::paused, (r, a, w, t) -> r
                    .post(E + t.get("entry") + "/contact-confirmation")),
            new Row("getFairnessReport", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("communityId", w.communityOwn).get("/api/v1/reports/fairness")),
            // endorsements
            new Row("listEndorsements", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/endorsements")),
            new Row("createEndorsement", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"initiatorRole\": \"%s\", \"recipientEmail\": \"%s@test.example\"}"
                            .formatted(Roles.DELEGATE.equals(a.role) ? "ENDORSEE" : "ENDORSER", UUID.randomUUID()))
                    .post("/api/v1/endorsements")),
            new Row("openEndorsementToken", w -> endorsement(w, "CREATED"), (r, a, w, t) -> r
                    .body("{\"token\": \"%s\"}".formatted(t.get("token"))).post(N + "tokens/open")),
            new Row("getEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r.get(N + t.get("endorsement"))),
            new Row("approveEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/approve")),
            new Row("confirmEndorsement", w -> endorsement(w, "APPROVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/confirm")),
            new Row("declineEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/decline")),
            new Row("cancelEndorsement", w -> endorsement(w, "APPROVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/cancel")),
            new Row("endEndorsement", w -> endorsement(w, "COMPLETED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/end")),
            // identity claims
            new Row("listIdentityClaims", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/identity-claims")),
            new Row("approveIdentityClaim", AuthorizationMatrixTest::identityClaim, (r, a, w, t) -> r.body("{}")
                    .post("/api/v1/identity-claims/" + t.get("claim") + "/approve")),
            new Row("rejectIdentityClaim", AuthorizationMatrixTest::identityClaim, (r, a, w, t) -> r
                    .body("{\"reason\": \"Not yours.\"}").post("/api/v1/identity-claims/" + t.get("claim") + "/reject")),
            // audit
            new Row("listAuditEvents", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events")),
            new Row("getAuditEvent", w -> Map.of("event", Api.as(ADMIN, Roles.ADMIN).queryParam("size", 1)
                    .get("/api/v1/audit-events").then().statusCode(200).extract().path("items[0].id")),
                    (r, a, w, t) -> r.get("/api/v1/audit-events/" + t.get("event"))),
            new Row("summarizeAuditEvents", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events/summary")),
            new Row("verifyAuditChain", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events/verification")),
            // public statistics: no token needed, the same answer with any token
            new Row("getProvinceStatistics", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(S)),
            new Row("listHealthAuthorityStatistics", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(S + "/health-authorities")),
            new Row("getHealthAuthorityStatistics", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(S + "/health-authorities/NORTHERN")),
            new Row("listCommunityStatistics", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("healthAuthority", "NORTHERN").get(S + "/communities")),
            new Row("getCommunityStatistics", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(S + "/communities/" + w.communityOwn)),
            // the FHIR facade: the directory is public, Group and Patient follow the REST rules
            new Row("getFhirCapabilities", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "metadata")),
            new Row("searchFhirPractitioners", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Practitioner")),
            new Row("readFhirPractitioner", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(F + "Practitioner/" + w.providerOwn)),
            new Row("searchFhirPractitionerRoles", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("community", w.communityOwn).get(F + "PractitionerRole")),
            new Row("readFhirPractitionerRole", w -> Map.of("role", Api.anonymous().queryParam("practitioner", w.providerOwn)
                    .get(F + "PractitionerRole").then().statusCode(200).extract().path("entry[0].resource.id")),
                    (r, a, w, t) -> r.get(F + "PractitionerRole/" + t.get("role"))),
            new Row("searchFhirOrganizations", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Organization")),
            new Row("readFhirOrganization", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Organization/" + w.clinicOwn)),
            new Row("searchFhirLocations", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Location")),
            new Row("readFhirLocation", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Location/" + w.clinicOwn)),
            new Row("readFhirGroup", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Group/" + w.providerOwn)),
            new Row("searchFhirPatients", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("_id", w.patientOwn).get(F + "Patient")),
            new Row("readFhirPatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(F + "Patient/" + w.patientOwn)));

    /** Errors are problem+json, except on the FHIR facade, where FHIR clients expect an OperationOutcome. */
    static String errorMediaType(String operationId) {
        return operationId.contains("Fhir") ? "application/fhir+json" : "application/problem+json";
    }

    private static RequestSpecification request(World w, Actor actor) {
        return actor == Actor.ANONYMOUS ? Api.anonymous() : Api.as(w.subject(actor), actor.role);
    }

    // ---------------------------------------------------------------- the rules, from openapi.yaml

    private static final Map<String, AccessRule> RULES = AccessRule.fromContract();

    /**
     * Who holds each relationship of docs/security.md in this world, towards the target of the row: the
     * own community, clinic, provider and patient (or a household member of PATIENT_OWN), and for
     * endorsement operations the endorsement between PROVIDER_OTHER (starter) and DELEGATE_NONE
     * (recipient). Admins hold every relationship. The world above sets each of them up.
     */
    static final Map<String, Set<Actor>> HOLDERS = Map.ofEntries(
            Map.entry("registrant", EnumSet.of(Actor.PATIENT_OWN)),
            Map.entry("registrant-or-coordinator", EnumSet.of(Actor.PATIENT_OWN, Actor.COORDINATOR_OWN)),
            Map.entry("sees-patient", EnumSet.of(Actor.PATIENT_OWN, Actor.PROVIDER_OWN, Actor.DELEGATE_ACTIVE,
                    Actor.COORDINATOR_OWN)),
            Map.entry("community-coordinator", EnumSet.of(Actor.COORDINATOR_OWN)),
            Map.entry("works-in-community", EnumSet.of(Actor.PATIENT_OWN, Actor.PATIENT_OTHER, Actor.PROVIDER_OWN,
                    Actor.DELEGATE_ACTIVE, Actor.COORDINATOR_OWN)),
            Map.entry("acting-for-provider", EnumSet.of(Actor.PROVIDER_OWN, Actor.DELEGATE_ACTIVE)),
            Map.entry("own-provider", EnumSet.of(Actor.PROVIDER_OWN)),
            Map.entry("sees-capacity", EnumSet.of(Actor.PROVIDER_OWN, Actor.DELEGATE_ACTIVE, Actor.DIRECTOR_OWN,
                    Actor.COORDINATOR_OWN)),
            Map.entry("clinic-editor", EnumSet.of(Actor.DIRECTOR_OWN, Actor.DELEGATE_ACTIVE)),
            Map.entry("verifies-clinic", EnumSet.of(Actor.PROVIDER_OWN, Actor.DIRECTOR_OWN, Actor.DELEGATE_ACTIVE)),
            Map.entry("sees-clinic-staff", EnumSet.of(Actor.PROVIDER_OWN, Actor.DIRECTOR_OWN, Actor.DELEGATE_ACTIVE,
                    Actor.COORDINATOR_OWN, Actor.COORDINATOR_OTHER)),
            Map.entry("starts-endorsement", EnumSet.of(Actor.PROVIDER_OWN, Actor.PROVIDER_OTHER, Actor.DIRECTOR_OWN,
                    Actor.DELEGATE_ACTIVE, Actor.DELEGATE_PENDING, Actor.DELEGATE_ENDED, Actor.DELEGATE_NONE)),
            Map.entry("link-recipient", EnumSet.of(Actor.DELEGATE_NONE)),
            Map.entry("endorsement-party", EnumSet.of(Actor.PROVIDER_OTHER, Actor.DELEGATE_NONE)),
            Map.entry("endorsement-recipient", EnumSet.of(Actor.DELEGATE_NONE)),
            Map.entry("endorsement-starter", EnumSet.of(Actor.PROVIDER_OTHER)),
            // the claim names an unlinked provider record; only the director without a provider record may claim it
            Map.entry("claims-unlinked", EnumSet.of(Actor.DIRECTOR_OTHER)));

    /**
     * Relationships whose holders are fewer than those who can see the target: a refusal hides the target
     * (404) only from the callers who cannot see it; the others get 403.
     */
    static final Map<String, String> SEEN_THROUGH = Map.of("registrant", "sees-patient",
            "registrant-or-coordinator", "sees-patient",
            "endorsement-recipient", "endorsement-party", "endorsement-starter", "endorsement-party");

    static boolean holds(Actor actor, String relationship) {
        return actor == Actor.ADMIN || HOLDERS.get(relationship).contains(actor);
    }

    static boolean sees(Actor actor, String relationship) {
        return holds(actor, SEEN_THROUGH.getOrDefault(relationship, relationship));
    }

    /** The status the operation's {@code x-pas-access} gives this caller (the derivation of docs/security.md). */
    static int expected(AccessRule rule, Actor actor) {
        if (rule.isPublic()) {
            return rule.success();
        }
        if (actor == Actor.ANONYMOUS) {
            return 401;
        }
        String relationship = rule.relationship();
        if (rule.hidden() && !sees(actor, relationship)) {
            return 404;
        }
        if (!rule.roles().contains(actor.role)) {
            return 403;
        }
        if (relationship == null || holds(actor, relationship)) {
            return rule.success();
        }
        return rule.refused() == 404 && !sees(actor, relationship) ? 404 : 403;
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsAccessRuleSays() {
        World w = world();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int cells = 0;
        for (Row row : ROWS) {
            AccessRule rule = RULES.get(row.operationId());
            Map<String, String> target = null;
            StringBuilder got = new StringBuilder();
            StringBuilder wanted = new StringBuilder();
            for (Actor actor : Actor.values()) {
                if (target == null) {
                    target = row.prepare().apply(w);
                }
                Response response = row.call().call(request(w, actor), actor, w, target);
                int status = response.statusCode();
                int expected = expected(rule, actor);
                got.append(status).append(' ');
                wanted.append(expected).append(' ');
                cells++;
                if (status >= 200 && status < 300 && !row.operationId().startsWith("get")
                        && !row.operationId().startsWith("list")) {
                    target = null; // the call changed it: the next caller gets a fresh one
                }
                if (status != expected) {
                    failures.add(row.operationId() + " as " + actor + ": x-pas-access says " + expected + ", got "
                            + status + " " + response.asString());
                }
                if (status >= 400 && actor != Actor.ANONYMOUS) {
                    assertEquals(errorMediaType(row.operationId()), response.contentType().split(";")[0],
                            row.operationId() + " as " + actor);
                }
            }
            table.append(String.format("%-30s %s%n%-30s %s%n", row.operationId(), wanted.toString().trim(),
                    "  got", got.toString().trim()));
        }
        System.out.println("Authorization matrix: " + cells + " cells, " + ROWS.size() + " operations x "
                + Actor.values().length + " callers (" + Arrays.toString(Actor.values()) + "); " + failures.size()
                + " unexpected" + (failures.isEmpty() ? "" : "\nExpected by x-pas-access, and got:\n" + table));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyOperationOfTheContractHasARow() {
        var rows = new TreeSet<String>();
        ROWS.forEach(row -> rows.add(row.operationId()));
        assertEquals(new TreeSet<>(RULES.keySet()), rows, "operations of openapi.yaml without a row, or rows without an operation");
        assertTrue(ROWS.size() * Actor.values().length >= 600, "at least 600 cells");
    }

    /** So that a new operation cannot skip the rules: each states them, with names the matrix knows. */
    @Test
    void everyOperationStatesItsAccessRule() throws Exception {
        String security = Files.readString(Path.of("..", "docs", "security.md"));
        List<String> problems = new ArrayList<>();
        for (AccessRule rule : RULES.values()) {
            String op = rule.operationId();
            if (rule.block() == null) {
                problems.add(op + ": no x-pas-access");
                continue;
            }
            var keys = new TreeSet<String>();
            rule.block().fieldNames().forEachRemaining(keys::add);
            if (rule.isPublic()) {
                if (!keys.equals(Set.of("public"))) {
                    problems.add(op + ": public: true stands alone, got " + keys);
                }
                continue;
            }
            if (!Set.of("roles", "relationship", "refused", "hidden").containsAll(keys) || rule.roles().isEmpty()
                    || !Roles.ALL.containsAll(rule.roles())) {
                problems.add(op + ": roles (of " + Roles.ALL + ") and only relationship, refused, hidden; got " + rule.block());
            }
            String relationship = rule.relationship();
            if (relationship != null && !HOLDERS.containsKey(relationship)) {
                problems.add(op + ": unknown relationship " + relationship + " (known: " + HOLDERS.keySet() + ")");
            }
            if ((relationship != null) != keys.contains("refused") || !Set.of(403, 404).contains(rule.refused())) {
                problems.add(op + ": refused (403 or 404) goes with a relationship, got " + rule.block());
            }
            if (rule.hidden() && (relationship == null || rule.refused() != 404)) {
                problems.add(op + ": hidden needs a relationship and refused: 404");
            }
            for (int status : List.of(401, 403, rule.refused())) {
                if (!rule.responses().contains(status)) {
                    problems.add(op + ": its rule answers " + status + ", which it does not declare");
                }
            }
            if (rule.responses().stream().filter(status -> status >= 200 && status < 300).count() != 1) {
                problems.add(op + ": one 2xx expected");
            }
        }
        for (String relationship : HOLDERS.keySet()) {
            if (!security.contains("`" + relationship + "`")) {
                problems.add("docs/security.md does not define the relationship " + relationship);
            }
        }
        assertEquals(List.of(), problems);
    }
}
