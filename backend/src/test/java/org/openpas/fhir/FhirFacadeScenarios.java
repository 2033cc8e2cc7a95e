package org.openpas.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Handshake;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * The FHIR facade over HTTP (docs/fhir.md; contract: the FHIR operations of openapi.yaml). Every answer is recorded
 * ({@link FhirAnswers#RECORD}). Run as {@link FhirFacadeTest}, and again as {@link FhirValidationTest}, which
 * validates all of them (one class each: a Quarkus test class cannot extend another).
 */
abstract class FhirFacadeScenarios {

    @Inject
    EntityManager em;

    /** A public request (no token), its answer checked against the contract and recorded. */
    static RequestSpecification anyone() {
        return Api.anonymous().filter(FhirAnswers.RECORD);
    }

    static RequestSpecification as(String subject, String... roles) {
        return Api.as(subject, roles).filter(FhirAnswers.RECORD);
    }

    /** Capacity confirmed long ago: stale, so not accepting whatever it says (DOMAIN.md, 90 days). */
    @Transactional
    void confirmedDaysAgo(String providerId, int days) {
        em.createNativeQuery("update provider_capacity set last_confirmed_at = now() - make_interval(days => :days)"
                + " where provider_id = :id").setParameter("days", days).setParameter("id", UUID.fromString(providerId))
                .executeUpdate();
    }

    @Test
    void metadataIsACapabilityStatementAtBothBases() {
        anyone().get("/fhir/metadata").then().statusCode(200)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", hasItem("PractitionerRole"));
        anyone().get("/api/v1/fhir/metadata").then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"));
        // FHIR's own spelling, '+' unencoded (a space once decoded), and encoded.
        anyone().urlEncodingEnabled(false).get("/fhir/metadata?_format=application/fhir+json").then().statusCode(200);
        anyone().queryParam("_format", "application/fhir+json").get("/fhir/metadata").then().statusCode(200);
    }

    @Test
    void eachDirectoryResourceReadsByItsId() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        JsonPath role = anyone().queryParam("practitioner", "Practitioner/" + doctor.id()).get("/fhir/PractitionerRole")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        String roleId = role.getString("entry[0].resource.id");
        String clinic = role.getString("entry[0].resource.organization.reference").substring("Organization/".length());

        anyone().get("/fhir/PractitionerRole/" + roleId).then().statusCode(200)
                .body("resourceType", equalTo("PractitionerRole")).body("id", equalTo(roleId))
                .body("practitioner.reference", equalTo("Practitioner/" + doctor.id()))
                .body("location[0].reference", equalTo("Location/" + clinic))
                .body("extension[0].url", equalTo(FhirMapper.NEW_PATIENTS))
                .body("extension[0].extension[0].url", equalTo("acceptingPatients"))
                .body("extension[0].extension[0].valueCodeableConcept.coding[0].code", equalTo("newpt"));
        anyone().get("/fhir/Practitioner/" + doctor.id()).then().statusCode(200)
                .body("resourceType", equalTo("Practitioner")).body("active", equalTo(true))
                .body("identifier[0].system", equalTo(FhirMapper.MSP_SYSTEM))
                .body("communication.coding.code.flatten()", equalTo(List.of("en", "pa")));
        anyone().get("/fhir/Organization/" + clinic).then().statusCode(200)
                .body("resourceType", equalTo("Organization")).body("address[0].city", equalTo("Vancouver"))
                .body("telecom.system", hasItem("phone"));
        anyone().get("/fhir/Location/" + clinic).then().statusCode(200)
                .body("resourceType", equalTo("Location")).body("address.city", equalTo("Vancouver"))
                .body("managingOrganization.reference", equalTo("Organization/" + clinic));
        anyone().queryParam("name", "Clinic").queryParam("address-city", "vancouver").queryParam("type", "FMC")
                .queryParam("community", community).get("/fhir/Location").then().statusCode(200)
                .body("entry.resource.id", equalTo(List.of(clinic)))
                .body("entry.resource.address.city", everyItem(equalTo("Vancouver")));
        // FHIR string search: starts with, any case; a later part of the city does not match.
        anyone().queryParam("address-city", "VANC").queryParam("community", community).get("/fhir/Organization").then()
                .statusCode(200).body("entry.resource.id", equalTo(List.of(clinic)));
        anyone().queryParam("location.address-city", "vanc").queryParam("practitioner", doctor.id())
                .get("/fhir/PractitionerRole").then().statusCode(200).body("total", equalTo(1));
        // An empty parameter filters nothing, language included.
        anyone().queryParam("language", "").queryParam("newpatients", "").queryParam("practitioner", doctor.id())
                .get("/fhir/PractitionerRole").then().statusCode(200).body("total", equalTo(1));
        anyone().queryParam("type", "").queryParam("community", community).get("/fhir/Location").then().statusCode(200)
                .body("total", equalTo(1));
        anyone().queryParam("address-city", "couver").queryParam("community", community).get("/fhir/Location").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void searchesArePagedWithLinksThatWork() {
        String community = TestData.newCommunity();
        String clinic = TestData.clinicIn(community, null);
        for (int i = 0; i < 3; i++) {
            TestData.staff(clinic, TestData.provider(UUID.randomUUID().toString()));
        }
        JsonPath first = anyone().queryParam("community", community).queryParam("_count", 1).get("/fhir/PractitionerRole")
                .then().statusCode(200).body("type", equalTo("searchset")).body("total", equalTo(3))
                .body("entry", hasSize(1)).body("link.relation", equalTo(List.of("self", "next")))
                .extract().jsonPath();
        String next = first.getString("link.find { it.relation == 'next' }.url");
        // The base the caller used (/fhir here), not the API path it is rerouted to.
        assertTrue(next.matches("http://localhost:\\d+/fhir/PractitionerRole\\?.*") && next.contains("community=" + community),
                next);
        String fullUrl = first.getString("entry[0].fullUrl");
        assertTrue(fullUrl.matches("http://localhost:\\d+/fhir/PractitionerRole/[0-9a-f-]{36}"), fullUrl);
        JsonPath second = anyone().get(next).then().statusCode(200).body("total", equalTo(3)).body("entry", hasSize(1))
                .body("link.relation", hasItem("previous")).extract().jsonPath();
        assertNotEquals(first.getString("entry[0].resource.id"), second.getString("entry[0].resource.id"));
        String last = second.getString("link.find { it.relation == 'next' }.url");
        anyone().get(last).then().statusCode(200).body("entry", hasSize(1))
                .body("link.relation", not(hasItem("next")));
        anyone().queryParam("community", community).get("/api/v1/fhir/Location").then().statusCode(200)
                .body("total", equalTo(1)).body("link[0].url", startsWith("http://localhost"))
                .body("link[0].url", org.hamcrest.Matchers.containsString("/api/v1/fhir/Location?"));
    }

    @Test
    void newPatientsMeansAcceptingWithCurrentCapacity() {
        String community = TestData.newCommunity();
        TestData.Doctor accepting = TestData.acceptingProvider(community, 5);
        TestData.Doctor stale = TestData.acceptingProvider(community, 5);
        confirmedDaysAgo(stale.id(), 120);

        anyone().queryParam("community", community).queryParam("newpatients", "true").get("/fhir/PractitionerRole")
                .then().statusCode(200).body("total", equalTo(1))
                .body("entry.resource.practitioner.reference", equalTo(List.of("Practitioner/" + accepting.id())));
        anyone().queryParam("community", community).queryParam("newpatients", "false").get("/fhir/PractitionerRole")
                .then().statusCode(200).body("total", equalTo(1))
                .body("entry[0].resource.practitioner.reference", equalTo("Practitioner/" + stale.id()))
                .body("entry[0].resource.extension[0].extension[0].valueCodeableConcept.coding[0].code", equalTo("nopt"));
        anyone().queryParam("community", community).get("/fhir/PractitionerRole").then().statusCode(200)
                .body("total", equalTo(2));
    }

    /** The "done when": curl /fhir/PractitionerRole?newpatients=true&location.address-city=Vancouver. */
    @Test
    void acceptingProvidersInVancouver() {
        TestData.Doctor accepting = TestData.acceptingProvider(TestData.newCommunity(), 5); // its clinic is in Vancouver
        List<String> found = new ArrayList<>();
        String url = "/fhir/PractitionerRole?newpatients=true&location.address-city=Vancouver&_count=100";
        for (int page = 0; url != null && page < 50; page++) {
            JsonPath bundle = anyone().get(url).then().statusCode(200).body("resourceType", equalTo("Bundle"))
                    .body("type", equalTo("searchset"))
                    .body("entry.resource.extension.extension.valueCodeableConcept.coding.code.flatten()",
                            everyItem(equalTo("newpt")))
                    .extract().jsonPath();
            found.addAll(bundle.getList("entry.resource.practitioner.reference"));
            url = bundle.getString("link.find { it.relation == 'next' }.url");
        }
        assertTrue(found.contains("Practitioner/" + accepting.id()), "the accepting Vancouver provider is listed");
    }

    @Test
    void aPanelIsAGroupForTheProviderAndEndorsedDelegates() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String registrant = UUID.randomUUID().toString();
        String patient = attached(registrant, community, doctor);

        as(doctor.subject(), Roles.PROVIDER).get("/fhir/Group/" + doctor.id()).then().statusCode(200)
                .body("resourceType", equalTo("Group")).body("type", equalTo("person")).body("actual", equalTo(true))
                .body("quantity", equalTo(1))
                .body("characteristic[0].valueReference.reference", equalTo("Practitioner/" + doctor.id()))
                .body("member[0].entity.reference", equalTo("Patient/" + patient))
                .body("member[0].period.start", notNullValue());
        String endorsed = UUID.randomUUID().toString();
        Handshake.active(doctor.subject(), endorsed);
        as(endorsed, Roles.DELEGATE).get("/fhir/Group/" + doctor.id()).then().statusCode(200)
                .body("member.entity.reference", equalTo(List.of("Patient/" + patient)));
        as(UUID.randomUUID().toString(), Roles.DELEGATE).get("/fhir/Group/" + doctor.id()).then().statusCode(403)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"));
        as(TestData.acceptingProvider(community, 1).subject(), Roles.PROVIDER).get("/fhir/Group/" + doctor.id())
                .then().statusCode(403).body("resourceType", equalTo("OperationOutcome"));
        anyone().get("/fhir/Group/" + doctor.id()).then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("login"));
    }

    @Test
    void patientsAreReadAsTheRestApiAllows() {
        String community = TestData.newCommunity();
        TestData.Doctor doctor = TestData.acceptingProvider(community, 5);
        String registrant = UUID.randomUUID().toString();
        String patient = attached(registrant, community, doctor);

        as(registrant, Roles.PATIENT).get("/fhir/Patient/" + patient).then().statusCode(200)
                .body("resourceType", equalTo("Patient")).body("id", equalTo(patient))
                .body("identifier[0].system", equalTo(FhirMapper.PHN_SYSTEM)).body("name[0].family", equalTo("Tester"));
        as(UUID.randomUUID().toString(), Roles.PATIENT).get("/fhir/Patient/" + patient).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("not-found"));
        as(doctor.subject(), Roles.PROVIDER).get("/fhir/Patient/" + patient).then().statusCode(200)
                .body("id", equalTo(patient));
        as(registrant, Roles.PATIENT).queryParam("_id", patient + "," + UUID.randomUUID()).get("/fhir/Patient").then()
                .statusCode(200).body("type", equalTo("searchset"))
                .body("entry.resource.id", equalTo(List.of(patient)));
        as(UUID.randomUUID().toString(), Roles.PATIENT).queryParam("_id", patient).get("/fhir/Patient").then()
                .statusCode(200).body("total", equalTo(0)).body("entry", nullValue());
    }

    @Test
    void errorsAreOperationOutcomes() {
        anyone().queryParam("bogus", "1").get("/fhir/Practitioner").then().statusCode(400)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"));
        anyone().get("/fhir/Practitioner/" + UUID.randomUUID()).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        anyone().get("/fhir/Group/" + UUID.randomUUID()).then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
        given().filter(FhirAnswers.RECORD).accept("application/fhir+xml").get("/fhir/metadata").then().statusCode(406)
                .body("resourceType", equalTo("OperationOutcome"));
        as(ADMIN, Roles.ADMIN).get("/fhir/Patient/" + UUID.randomUUID()).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].diagnostics", notNullValue())
                .body("issue[0].expression", nullValue());
    }

    /** Odd input is the caller's error (an OperationOutcome with a 4xx), never a 500. */
    @Test
    void oddInputIsAnOperationOutcomeNeverA500() {
        var expected = new java.util.LinkedHashMap<String, Integer>();
        expected.put("/fhir/Practitioner/not-a-uuid", 404);
        expected.put("/fhir/Location/1-2-3", 404);
        expected.put("/fhir/Practitioner?_count=abc", 400);
        expected.put("/fhir/Practitioner?_count=0", 400);
        expected.put("/fhir/Practitioner?_count=101", 400);
        expected.put("/fhir/Practitioner?page=-1", 400);
        expected.put("/fhir/Practitioner?page=99999999999", 400);
        expected.put("/fhir/Practitioner?_format=xml", 406);
        expected.put("/fhir/Practitioner?name=a&name=b", 400);
        expected.put("/fhir/PractitionerRole?newpatients=yes", 400);
        expected.put("/fhir/PractitionerRole?practitioner=Practitioner/abc", 400);
        expected.put("/fhir/Location?address-city:exact=Vancouver", 400);
        expected.put("/fhir/Organization?community=abc", 400);
        List<String> wrong = new ArrayList<>();
        expected.forEach((url, status) -> {
            var answer = anyone().urlEncodingEnabled(false).get(url);
            if (answer.statusCode() != status || !answer.contentType().startsWith(FhirFormat.MEDIA_TYPE)) {
                wrong.add(url + " -> " + answer.statusCode() + " " + answer.contentType() + " " + answer.asString());
            }
        });
        var unknown = given().filter(FhirAnswers.RECORD).get("/fhir/Observation");
        if (unknown.statusCode() != 404 || !unknown.asString().contains("OperationOutcome")) {
            wrong.add("/fhir/Observation -> " + unknown.statusCode() + " " + unknown.asString());
        }
        var xml = given().filter(FhirAnswers.RECORD).accept("application/xml").get("/fhir/Practitioner");
        if (xml.statusCode() != 406) {
            wrong.add("Accept: application/xml -> " + xml.statusCode());
        }
        assertEquals(List.of(), wrong);
        String subject = UUID.randomUUID().toString();
        Api.invalidAs(subject, Roles.PATIENT).filter(FhirAnswers.RECORD).get("/fhir/Patient").then().statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"));
        // An id PAS cannot have made matches nothing: still a searchset, not a 404.
        Api.invalidAs(subject, Roles.PATIENT).filter(FhirAnswers.RECORD).queryParam("_id", "not-a-uuid," + UUID.randomUUID())
                .get("/fhir/Patient").then().statusCode(200).body("type", equalTo("searchset")).body("total", equalTo(0));
    }

    /** A patient registered by {@code registrant} in the community and attached by the provider: on their panel. */
    static String attached(String registrant, String community, TestData.Doctor doctor) {
        String patient = Registrations.register(registrant, community, "SELF", "");
        String entry = Api.as(registrant, Roles.PATIENT).get("/api/v1/patients/" + patient).then().statusCode(200)
                .extract().path("waitlistEntryId");
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .post("/api/v1/waitlist-entries/" + entry + "/attach").then().statusCode(200);
        return patient;
    }
}
