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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * of caller that matters, with the status each must get. A cell fails on an unexpected allow AND on
 * an unexpected deny. An operation of the contract without a row fails the test, so no new endpoint
 * skips it.
 *
 * <p>The callers ({@link Actor}) stand in one world: two communities, each with a clinic, its
 * medical director, a provider on its staff and a coordinator; a patient registered in each; and
 * delegates of the "own" provider with an active, a pending (approved, not confirmed), an ended and
 * no endorsement. Operations act on the "own" side (own community, clinic, provider, patient);
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

    /** One row: how to make a target, how to call, and the expected status per actor (column order). */
    private record Row(String operationId, Function<World, Map<String, String>> prepare, Call call, String expected) {
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

    static Map<String, String> proposed(World w) {
        Map<String, String> t = waiting(w);
        Api.as(w.subject(Actor.COORDINATOR_OWN), Roles.COORDINATOR).body("{\"providerId\": \"%s\"}".formatted(w.providerOwn))
                .post("/api/v1/waitlist-entries/" + t.get("entry") + "/propose").then().statusCode(200);
        return t;
    }

    static Map<String, String> panelMember(World w) {
        String member = Api.as(w.subject(Actor.PROVIDER_OWN), Roles.PROVIDER)
                .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Matrix", "Member", "1970-01-01"))
                .post(providerPath(w.providerOwn) + "/panel").then().statusCode(201).extract().path("patientId");
        return Map.of("member", member);
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
    private static final String N = "/api/v1/endorsements/";

    private static final List<Row> ROWS = List.of(
            // me
            new Row("getMe", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/me"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("listMyCommunities", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/me/communities"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            // communities
            new Row("listCommunities", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/communities"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("createCommunity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"name\": \"Matrix %s\", \"healthAuthority\": \"NORTHERN\"}".formatted(UUID.randomUUID()))
                    .post("/api/v1/communities"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 201"),
            new Row("getCommunity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(C + w.communityOwn),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("updateCommunity", w -> Map.of("community", TestData.newCommunity()), (r, a, w, t) -> r
                    .header("If-Match", etag(C + t.get("community")))
                    .body("{\"name\": \"Renamed %s\", \"healthAuthority\": \"NORTHERN\"}".formatted(UUID.randomUUID()))
                    .put(C + t.get("community")),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("getCommunityCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(C + w.communityOwn + "/capacity"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("listCommunityCoordinators", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(C + w.communityOwn + "/coordinators"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 200 200"),
            new Row("addCommunityCoordinator", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"subject\": \"%s\", \"name\": \"New\", \"email\": \"new@test.example\"}".formatted(UUID.randomUUID()))
                    .post(C + w.communityOwn + "/coordinators"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 201"),
            new Row("getCommunityCoordinator", AuthorizationMatrixTest::coordinator, (r, a, w, t) -> r
                    .get(C + w.communityOwn + "/coordinators/" + t.get("coordinator")),
                    "401 403 403 403 403 403 403 403 403 403 403 200 200 200"),
            new Row("removeCommunityCoordinator", AuthorizationMatrixTest::coordinator, (r, a, w, t) -> r
                    .delete(C + w.communityOwn + "/coordinators/" + t.get("coordinator")),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 204"),
            // clinics
            new Row("listClinics", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/clinics"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("createClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.body("""
                    {"name": "Matrix Clinic %s",
                     "address": {"line1": "1 Main Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                     "communityId": "%s", "phone": "604-555-0100"}""".formatted(UUID.randomUUID(), w.communityOwn))
                    .post("/api/v1/clinics"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 201"),
            new Row("getClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("updateClinic", AuthorizationMatrixTest::none, (r, a, w, t) -> r.header("If-Match", etag(K + w.clinicOwn))
                    .body(fieldsOf(K + w.clinicOwn, "name", "address", "communityId", "phone", "fax", "email", "status"))
                    .put(K + w.clinicOwn),
                    "401 403 403 403 403 200 403 403 403 403 403 403 403 200"),
            new Row("setClinicMedicalDirector", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(K + w.clinicOwn))
                    .body("{\"subject\": \"%s\", \"name\": \"Dr. Director\", \"email\": \"director@test.example\"}"
                            .formatted(w.subject(Actor.DIRECTOR_OWN)))
                    .put(K + w.clinicOwn + "/medical-director"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("removeClinicMedicalDirector", w -> Map.of("clinic", TestData.clinicIn(w.communityOwn, UUID.randomUUID().toString())),
                    (r, a, w, t) -> r.header("If-Match", etag(K + t.get("clinic")))
                            .delete(K + t.get("clinic") + "/medical-director"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 204"),
            new Row("getClinicHours", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn + "/hours"),
                    "401 200 200 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("replaceClinicHours", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(K + w.clinicOwn + "/hours"))
                    .body("{\"hours\": [{\"dayOfWeek\": \"MONDAY\", \"opens\": \"08:00\", \"closes\": \"16:00\"}]}")
                    .put(K + w.clinicOwn + "/hours"),
                    "401 403 403 403 403 200 403 403 403 403 403 403 403 200"),
            new Row("listClinicStaff", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(K + w.clinicOwn + "/staff"),
                    "401 403 403 200 403 200 403 200 403 403 403 200 200 200"),
            new Row("addClinicStaff", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"kind\": \"DELEGATE\", \"name\": \"New MOA\", \"email\": \"%s@test.example\"}".formatted(UUID.randomUUID()))
                    .post(K + w.clinicOwn + "/staff"),
                    "401 403 403 403 403 201 403 403 403 403 403 403 403 201"),
            new Row("getClinicStaffMember", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(K + w.clinicOwn + "/staff/" + w.staffOwn),
                    "401 403 403 200 403 200 403 200 403 403 403 200 200 200"),
            new Row("removeClinicStaff", AuthorizationMatrixTest::staffMember, (r, a, w, t) -> r
                    .delete(K + w.clinicOwn + "/staff/" + t.get("staff")),
                    "401 403 403 403 403 204 403 403 403 403 403 403 403 204"),
            // providers, capacity, panels
            new Row("listProviders", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/providers"),
                    "401 403 403 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("createProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> {
                String msp = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
                return r.body("""
                        {"name": "Dr. Matrix", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                         "email": "%s@test.example", "languages": ["en"]}""".formatted(msp, msp.toLowerCase()))
                        .post("/api/v1/providers");
            },
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 201"),
            new Row("getProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn)),
                    "401 403 403 200 200 200 200 200 200 200 200 200 200 200"),
            new Row("updateProvider", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(providerPath(w.providerOwn)))
                    .body(fieldsOf(providerPath(w.providerOwn), "subject", "name", "type", "mspPractitionerNumber", "email",
                            "phone", "languages", "status"))
                    .put(providerPath(w.providerOwn)),
                    "401 403 403 200 403 403 403 403 403 403 403 403 403 200"),
            new Row("getCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn) + "/capacity"),
                    "401 403 403 200 403 200 403 200 403 403 403 200 403 200"),
            new Row("updateCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag(providerPath(w.providerOwn) + "/capacity")).body(CAPACITY)
                    .put(providerPath(w.providerOwn) + "/capacity"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("confirmCapacity", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .post(providerPath(w.providerOwn) + "/capacity/confirm"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("listPanelMembers", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(providerPath(w.providerOwn) + "/panel"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("addPanelMember", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body(PanelFixtures.memberJson(PanelFixtures.phn(), "Matrix", "Add", "1980-02-02"))
                    .post(providerPath(w.providerOwn) + "/panel"),
                    "401 403 403 201 403 403 403 201 403 403 403 403 403 201"),
            new Row("getPanelMember", AuthorizationMatrixTest::panelMember, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/members/" + t.get("member")),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("removePanelMember", AuthorizationMatrixTest::panelMember, (r, a, w, t) -> r.queryParam("reason", "OTHER")
                    .delete(providerPath(w.providerOwn) + "/panel/members/" + t.get("member")),
                    "401 403 403 204 403 403 403 204 403 403 403 403 403 204"),
            new Row("listPanelSubmissions", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("uploadPanelSubmission", AuthorizationMatrixTest::none, (r, a, w, t) -> {
                byte[] csv = (PanelFixtures.HEADER + PanelFixtures.phn() + ",Matrix,Upload,1970-01-01,F,\n").getBytes();
                RequestSpecification upload = a == Actor.ANONYMOUS
                        ? given().multiPart("file", "p.csv", csv, "text/csv").multiPart("mode", "APPLY_VALID_ROWS")
                        : PanelFixtures.upload(w.subject(a), a.role, csv, "APPLY_VALID_ROWS");
                return upload.post(providerPath(w.providerOwn) + "/panel/submissions");
            },
                    "401 403 403 202 403 403 403 202 403 403 403 403 403 202"),
            new Row("getPanelSubmission", AuthorizationMatrixTest::submission, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission")),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("listPanelSubmissionRows", AuthorizationMatrixTest::submission, (r, a, w, t) -> r
                    .get(providerPath(w.providerOwn) + "/panel/submissions/" + t.get("submission") + "/rows"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            // patients
            new Row("listPatients", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/patients"),
                    "401 200 200 403 403 403 403 403 403 403 403 200 200 200"),
            new Row("registerPatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body(someone("CHILD", w.communityOwn)).post("/api/v1/patients"),
                    "401 201 201 403 403 403 403 403 403 403 403 403 403 201"),
            new Row("getPatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/patients/" + w.patientOwn),
                    "401 200 404 200 404 404 404 200 404 404 404 200 404 200"),
            new Row("updatePatient", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag("/api/v1/patients/" + w.patientOwn))
                    .body(fieldsOf("/api/v1/patients/" + w.patientOwn, "familyName", "givenNames", "dateOfBirth", "gender",
                            "address", "communityId", "phone", "email", "preferredLanguage", "consentToShare",
                            "matchWithHousehold"))
                    .put("/api/v1/patients/" + w.patientOwn),
                    "401 200 404 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("getPatientQuestionnaire", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/questionnaire"),
                    "401 200 404 403 403 403 403 403 403 403 403 200 404 200"),
            new Row("replacePatientQuestionnaire", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .header("If-Match", etag("/api/v1/patients/" + w.patientOwn + "/questionnaire"))
                    .body("""
                            {"chronicConditions": [], "pregnant": false, "recentHospitalStay": false,
                             "mentalHealthNeeds": true, "mobilityLimitations": false}""")
                    .put("/api/v1/patients/" + w.patientOwn + "/questionnaire"),
                    "401 200 404 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("getWaitEstimate", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/wait-estimate"),
                    "401 200 404 403 403 403 403 403 403 403 403 200 404 200"),
            new Row("listPatientHistory", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get("/api/v1/patients/" + w.patientOwn + "/history"),
                    "401 200 404 403 403 403 403 403 403 403 403 200 404 200"),
            // duplicates
            new Row("listDuplicateCandidates", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/duplicate-candidates"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 200 200"),
            new Row("getDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r
                    .get("/api/v1/duplicate-candidates/" + t.get("candidate")),
                    "401 403 403 403 403 403 403 403 403 403 403 200 404 200"),
            new Row("mergeDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r
                    .body("{\"survivorPatientId\": \"%s\"}".formatted(t.get("survivor")))
                    .post("/api/v1/duplicate-candidates/" + t.get("candidate") + "/merge"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 404 200"),
            new Row("dismissDuplicateCandidate", AuthorizationMatrixTest::duplicate, (r, a, w, t) -> r.body("{}")
                    .post("/api/v1/duplicate-candidates/" + t.get("candidate") + "/dismiss"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 404 200"),
            // waitlist
            new Row("listWaitlistEntries", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("communityId", w.communityOwn).get("/api/v1/waitlist-entries"),
                    "401 200 200 200 403 403 403 200 403 403 403 200 403 200"),
            new Row("getWaitlistEntry", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get(E + w.entryOwn),
                    "401 200 404 200 404 404 404 200 404 404 404 200 404 200"),
            new Row("listWaitlistEntryTransitions", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .get(E + w.entryOwn + "/transitions"),
                    "401 200 404 200 404 404 404 200 404 404 404 200 404 200"),
            new Row("proposeWaitlistEntry", AuthorizationMatrixTest::waiting, (r, a, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/propose"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 403 200"),
            new Row("attachWaitlistEntry", AuthorizationMatrixTest::waiting, (r, a, w, t) -> r
                    .body("{\"providerId\": \"%s\"}".formatted(w.providerOwn)).post(E + t.get("entry") + "/attach"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("declineWaitlistEntry", AuthorizationMatrixTest::proposed, (r, a, w, t) -> r
                    .body("{\"reason\": \"PANEL_FULL\"}").post(E + t.get("entry") + "/decline"),
                    "401 403 403 200 403 403 403 200 403 403 403 403 403 200"),
            new Row("withdrawWaitlistEntry", AuthorizationMatrixTest::household, (r, a, w, t) -> r
                    .body("{\"reason\": \"FOUND_PROVIDER\"}").post(E + t.get("entry") + "/withdraw"),
                    "401 200 404 403 404 404 404 403 404 404 404 403 404 200"),
            new Row("reconfirmWaitlistEntry", AuthorizationMatrixTest::household, (r, a, w, t) -> r
                    .post(E + t.get("entry") + "/reconfirm"),
                    "401 200 404 403 404 404 404 403 404 404 404 403 404 200"),
            new Row("getFairnessReport", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .queryParam("communityId", w.communityOwn).get("/api/v1/reports/fairness"),
                    "401 403 403 403 403 403 403 403 403 403 403 200 403 200"),
            // endorsements
            new Row("listEndorsements", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/endorsements"),
                    "401 403 403 200 200 200 200 200 200 200 200 403 403 200"),
            new Row("createEndorsement", AuthorizationMatrixTest::none, (r, a, w, t) -> r
                    .body("{\"initiatorRole\": \"ENDORSER\", \"recipientEmail\": \"%s@test.example\"}".formatted(UUID.randomUUID()))
                    .post("/api/v1/endorsements"),
                    "401 403 403 201 201 403 403 403 403 403 403 403 403 403"),
            new Row("openEndorsementToken", w -> endorsement(w, "CREATED"), (r, a, w, t) -> r
                    .body("{\"token\": \"%s\"}".formatted(t.get("token"))).post(N + "tokens/open"),
                    "401 403 403 403 403 403 403 403 403 403 200 403 403 403"),
            new Row("getEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r.get(N + t.get("endorsement")),
                    "401 403 403 404 200 404 404 404 404 404 200 403 403 200"),
            new Row("approveEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/approve"),
                    "401 403 403 404 403 404 404 404 404 404 200 403 403 403"),
            new Row("confirmEndorsement", w -> endorsement(w, "APPROVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/confirm"),
                    "401 403 403 404 200 404 404 404 404 404 403 403 403 403"),
            new Row("declineEndorsement", w -> endorsement(w, "RECEIVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/decline"),
                    "401 403 403 404 403 404 404 404 404 404 200 403 403 403"),
            new Row("cancelEndorsement", w -> endorsement(w, "APPROVED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/cancel"),
                    "401 403 403 404 200 404 404 404 404 404 403 403 403 403"),
            new Row("endEndorsement", w -> endorsement(w, "COMPLETED"), (r, a, w, t) -> r
                    .post(N + t.get("endorsement") + "/end"),
                    "401 403 403 404 200 404 404 404 404 404 200 403 403 200"),
            // audit
            new Row("listAuditEvents", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("getAuditEvent", w -> Map.of("event", Api.as(ADMIN, Roles.ADMIN).queryParam("size", 1)
                    .get("/api/v1/audit-events").then().statusCode(200).extract().path("items[0].id")),
                    (r, a, w, t) -> r.get("/api/v1/audit-events/" + t.get("event")),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("summarizeAuditEvents", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events/summary"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"),
            new Row("verifyAuditChain", AuthorizationMatrixTest::none, (r, a, w, t) -> r.get("/api/v1/audit-events/verification"),
                    "401 403 403 403 403 403 403 403 403 403 403 403 403 200"));

    private static RequestSpecification request(World w, Actor actor) {
        return actor == Actor.ANONYMOUS ? Api.anonymous() : Api.as(w.subject(actor), actor.role);
    }

    @Test
    void everyOperationAnswersEveryCallerAsExpected() {
        World w = world();
        List<String> failures = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        int cells = 0;
        for (Row row : ROWS) {
            String[] expected = row.expected() == null ? null : row.expected().trim().split("\\s+");
            if (expected != null) {
                assertEquals(Actor.values().length, expected.length, row.operationId() + ": one status per actor");
            }
            Map<String, String> target = null;
            StringBuilder got = new StringBuilder();
            for (Actor actor : Actor.values()) {
                if (target == null) {
                    target = row.prepare().apply(w);
                }
                Response response = row.call().call(request(w, actor), actor, w, target);
                int status = response.statusCode();
                got.append(status).append(' ');
                cells++;
                if (status >= 200 && status < 300 && !row.operationId().startsWith("get")
                        && !row.operationId().startsWith("list")) {
                    target = null; // the call changed it: the next caller gets a fresh one
                }
                if (expected != null && Integer.parseInt(expected[actor.ordinal()]) != status) {
                    failures.add(row.operationId() + " as " + actor + ": expected " + expected[actor.ordinal()] + ", got "
                            + status + " " + response.asString());
                }
                if (status >= 400 && actor != Actor.ANONYMOUS) {
                    assertEquals("application/problem+json", response.contentType().split(";")[0],
                            row.operationId() + " as " + actor);
                }
            }
            actual.append("            ").append(row.operationId()).append(": \"").append(got.toString().trim()).append("\"\n");
        }
        System.out.println("Authorization matrix: " + cells + " cells, " + ROWS.size() + " operations x "
                + Actor.values().length + " callers; " + failures.size() + " unexpected"
                + (failures.isEmpty() ? "" : "\nWhat each caller got:\n" + actual));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(ROWS.stream().allMatch(row -> row.expected() != null), "every row states its expectations");
    }

    @Test
    void everyOperationOfTheContractHasARow() throws Exception {
        var contract = new TreeSet<String>();
        Matcher matcher = Pattern.compile("operationId: (\\w+)").matcher(Files.readString(Path.of("..", "openapi.yaml")));
        while (matcher.find()) {
            contract.add(matcher.group(1));
        }
        var rows = new TreeSet<String>();
        ROWS.forEach(row -> rows.add(row.operationId()));
        assertEquals(contract, rows, "operations of openapi.yaml without a row, or rows without an operation");
        assertTrue(ROWS.size() * Actor.values().length >= 600, "at least 600 cells");
    }
}
