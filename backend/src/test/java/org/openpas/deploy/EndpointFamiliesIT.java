package org.openpas.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.RealKeycloak.as;
import static org.openpas.testing.RealKeycloak.login;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Registrations;

/**
 * One journey through every endpoint family of the packaged API (prod profile), with real Keycloak tokens: me,
 * communities, clinics, providers and their capacity, patients, the waitlist, propose and attach, the panel (read and
 * a CSV submission), patient requests, endorsements, the audit trail, public statistics and FHIR. It checks what the
 * contract states, and it is also the training run of the JDK AOT cache (`./mvnw verify
 * -Dquarkus.package.jar.aot.enabled=true` writes target/quarkus-app/app.aot while the integration tests run): the
 * code paths it walks are the ones a start then finds ready. Needs a database of its own (the embedded one by
 * default): dr.lee becomes a provider in it.
 */
@QuarkusIntegrationTest
class EndpointFamiliesIT {

    private static final String V1 = "/api/v1";

    @Test
    void everyEndpointFamilyAnswersWithRealTokens() {
        String admin = login("admin");
        String coordinator = login("coordinator");
        String lee = login("dr.lee");
        String patient = login("pat.jones");

        String leeSubject = as(lee).get(V1 + "/me").then().statusCode(200)
                .body("username", equalTo("dr.lee")).body("roles", hasItem("provider")).extract().path("subject");
        String coordinatorSubject = as(coordinator).get(V1 + "/me").then().statusCode(200)
                .body("roles", hasItem("coordinator")).extract().path("subject");

        // A community of this run, so that what its waitlist and capacity count is this journey's.
        String name = "Training " + UUID.randomUUID();
        String community = as(admin).body("""
                {"name": "%s", "healthAuthority": "NORTHERN"}""".formatted(name))
                .post(V1 + "/communities").then().statusCode(201).body("name", equalTo(name)).extract().path("id");
        as(admin).get(V1 + "/communities/" + community).then().statusCode(200).body("healthAuthority", equalTo("NORTHERN"));
        as(admin).body("""
                {"subject": "%s", "name": "Coordinator", "email": "coordinator@training.example"}""".formatted(coordinatorSubject))
                .post(V1 + "/communities/" + community + "/coordinators").then().statusCode(201);

        String clinic = as(admin).body("""
                {"name": "Clinic %s",
                 "address": {"line1": "1 Main Street", "city": "Prince George", "province": "BC", "postalCode": "V2L 1A1"},
                 "communityId": "%s", "phone": "250-555-0100", "email": "clinic@training.example"}"""
                .formatted(UUID.randomUUID(), community))
                .post(V1 + "/clinics").then().statusCode(201).extract().path("id");
        as(admin).get(V1 + "/clinics/" + clinic).then().statusCode(200).body("communityId", equalTo(community));

        String provider = as(admin).body("""
                {"subject": "%s", "name": "Dr. Lee", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "T%04d",
                 "email": "lee@training.example", "languages": ["en"]}""".formatted(leeSubject, (int) (Math.random() * 10_000)))
                .post(V1 + "/providers").then().statusCode(201).extract().path("id");
        as(admin).body("""
                {"kind": "PROVIDER", "name": "Dr. Lee", "email": "lee@training.example", "providerId": "%s"}""".formatted(provider))
                .post(V1 + "/clinics/" + clinic + "/staff").then().statusCode(201);
        String capacity = V1 + "/providers/" + provider + "/capacity";
        String etag = as(lee).get(capacity).then().statusCode(200).extract().header("ETag");
        as(lee).header("If-Match", etag).body("""
                {"acceptingNewPatients": true, "monthlyCapacity": 5, "desiredPanelSize": 1000,
                 "complexityMix": {"lowPercent": 40, "moderatePercent": 40, "highPercent": 20}}""")
                .put(capacity).then().statusCode(200).body("acceptingNewPatients", equalTo(true)).body("monthlyCapacity", equalTo(5));
        as(lee).get(V1 + "/providers/" + provider).then().statusCode(200).body("subject", equalTo(leeSubject));
        // The community's only provider now accepts, with a capacity confirmed just now.
        as(coordinator).get(V1 + "/communities/" + community + "/capacity").then().statusCode(200)
                .body("providersTotal", equalTo(1)).body("providersAccepting", equalTo(1));

        String phn = Registrations.phn();
        String patientId = as(patient).body(Registrations.body(phn, "CHILD", community, "", true))
                .post(V1 + "/patients").then().statusCode(201).extract().path("id");
        String entry = as(patient).get(V1 + "/patients/" + patientId).then().statusCode(200)
                .body("phn", equalTo(phn)).body("communityId", equalTo(community)).extract().path("waitlistEntryId");

        as(coordinator).queryParam("communityId", community).queryParam("status", "WAITING")
                .get(V1 + "/waitlist-entries").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(entry)).body("items[0].patientId", equalTo(patientId));
        as(coordinator).body("{\"providerId\": \"%s\"}".formatted(provider))
                .post(V1 + "/waitlist-entries/" + entry + "/propose").then().statusCode(200)
                .body("entries[0].status", equalTo("PROPOSED"));
        as(lee).body("{\"providerId\": \"%s\"}".formatted(provider))
                .post(V1 + "/waitlist-entries/" + entry + "/attach").then().statusCode(200)
                .body("entries[0].status", equalTo("ATTACHED"));

        String panel = V1 + "/providers/" + provider + "/panel";
        as(lee).get(panel).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].patientId", equalTo(patientId));
        uploadAPanelFile(lee, panel);

        // The only waiting patient is attached: the request is recorded, for the count asked.
        as(lee).body("{\"count\": 1}").post(V1 + "/providers/" + provider + "/patient-requests")
                .then().statusCode(201).body("providerId", equalTo(provider)).body("count", equalTo(1));
        as(lee).get(V1 + "/endorsements").then().statusCode(200).body("page", equalTo(0));
        // Every read of a patient is audited.
        as(admin).get(V1 + "/audit-events").then().statusCode(200).body("totalItems", greaterThan(0));

        given().get(V1 + "/public/statistics").then().statusCode(200);
        given().get(V1 + "/fhir/metadata").then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"));
        given().get(V1 + "/fhir/Practitioner/" + provider).then().statusCode(200)
                .body("resourceType", equalTo("Practitioner")).body("id", equalTo(provider));
    }

    /** A one-row panel file (a patient new to PAS), processed in the background until a final status. */
    private static void uploadAPanelFile(String token, String panel) {
        String csv = "phn,surname,given_names,date_of_birth,gender,postal_code\n"
                + Registrations.phn() + ",Tester,Robin,1975-02-01,F,V2L 1A1\n";
        String location = given().auth().oauth2(token)
                .multiPart("file", "panel.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("mode", "APPLY_VALID_ROWS").multiPart("source", "TELEPLAN")
                .post(panel + "/submissions").then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf(V1));
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        String status;
        do {
            status = as(token).get(path).then().statusCode(200).extract().path("status");
        } while (Set.of("RECEIVED", "PROCESSING").contains(status) && Instant.now().isBefore(giveUp) && pause());
        assertEquals("COMPLETED", status);
        as(token).get(path).then().statusCode(200).body("rowsTotal", equalTo(1)).body("applied", equalTo(true));
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
