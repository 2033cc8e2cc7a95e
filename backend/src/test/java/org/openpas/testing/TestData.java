package org.openpas.testing;

import static org.openpas.testing.Users.ADMIN;

import java.util.UUID;
import org.openpas.common.Roles;

/** Builders that seed, through the API as an admin, what a test needs; names are unique per call. */
public final class TestData {

    private TestData() {
    }

    public static String communityId(String name) {
        return Api.as(ADMIN, Roles.ADMIN).queryParam("q", name).when().get("/api/v1/communities")
                .then().statusCode(200).extract().path("items.find { it.name == '%s' }.id".formatted(name));
    }

    /** A new clinic in Vancouver, directed by {@code directorSubject} (or by no one when null). */
    public static String clinic(String directorSubject) {
        return clinicIn(communityId("Vancouver"), directorSubject);
    }

    /** A new community of its own (for tests that count what is in a community). */
    public static String newCommunity() {
        return Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": "Community %s", "healthAuthority": "NORTHERN"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/communities")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String clinicIn(String communityId, String directorSubject) {
        String director = directorSubject == null ? "" : """
                , "medicalDirector": {"subject": "%s", "name": "Dr. Director", "email": "director@test.example"}"""
                .formatted(directorSubject);
        return Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": "Clinic %s",
                         "address": {"line1": "1 Main Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                         "communityId": "%s", "phone": "604-555-0100", "email": "clinic@test.example"%s}"""
                        .formatted(UUID.randomUUID(), communityId, director))
                .when().post("/api/v1/clinics")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A new family physician linked to the user {@code subject}, speaking English and Punjabi. */
    public static String provider(String subject) {
        String msp = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        return Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"subject": %s, "name": "Dr. %s", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "%s",
                         "email": "%s@test.example", "languages": ["en", "pa"]}"""
                        .formatted(subject == null ? "null" : "\"" + subject + "\"", msp, msp, msp.toLowerCase()))
                .when().post("/api/v1/providers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Puts the provider on the clinic's staff (as an admin). */
    public static void staff(String clinicId, String providerId) {
        Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"kind": "PROVIDER", "name": "Provider", "email": "%s@staff.example", "providerId": "%s"}"""
                        .formatted(UUID.randomUUID(), providerId))
                .when().post("/api/v1/clinics/" + clinicId + "/staff")
                .then().statusCode(201);
    }

    /** A new coordinator (user subject) assigned to the community. */
    public static String coordinatorOf(String communityId) {
        String coordinator = UUID.randomUUID().toString();
        Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"subject": "%s", "name": "Casey", "email": "casey@test.example"}""".formatted(coordinator))
                .when().post("/api/v1/communities/" + communityId + "/coordinators")
                .then().statusCode(201);
        return coordinator;
    }

    /** A provider's user subject and provider id. */
    public record Doctor(String subject, String id) {
    }

    /** A new provider working at a new clinic of the community, accepting {@code monthly} patients a month. */
    public static Doctor acceptingProvider(String communityId, int monthly) {
        String subject = UUID.randomUUID().toString();
        String id = provider(subject);
        staff(clinicIn(communityId, null), id);
        Api.as(subject, Roles.PROVIDER).header("If-Match", "\"0\"")
                .body("""
                        {"acceptingNewPatients": true, "monthlyCapacity": %d, "desiredPanelSize": 1000,
                         "complexityMix": {"lowPercent": 40, "moderatePercent": 40, "highPercent": 20}}"""
                        .formatted(monthly))
                .when().put("/api/v1/providers/" + id + "/capacity")
                .then().statusCode(200);
        return new Doctor(subject, id);
    }

    /** The provider states their capacity (as themselves): accepting or not, per month, desired panel size, mix. */
    public static void capacity(Doctor doctor, boolean accepting, int monthly, int desired, int low, int moderate, int high) {
        String path = "/api/v1/providers/" + doctor.id() + "/capacity";
        Api.as(doctor.subject(), Roles.PROVIDER).header("If-Match", etag(path, doctor.subject(), Roles.PROVIDER))
                .body("""
                        {"acceptingNewPatients": %s, "monthlyCapacity": %d, "desiredPanelSize": %d,
                         "complexityMix": {"lowPercent": %d, "moderatePercent": %d, "highPercent": %d}}"""
                        .formatted(accepting, monthly, desired, low, moderate, high))
                .when().put(path).then().statusCode(200);
    }

    public static String etag(String path, String subject, String... roles) {
        return Api.as(subject, roles).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
