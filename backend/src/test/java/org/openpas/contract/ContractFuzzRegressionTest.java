package org.openpas.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

/** One check per bug the contract fuzzer found; every answer is also validated against openapi.yaml. */
@QuarkusTest
class ContractFuzzRegressionTest {

    @Inject
    PanelFixtures fixtures;

    /** Was 500 (no community, no questionnaire to map), and an admin's update was committed before the 500. */
    @Test
    void aPatientKnownOnlyFromAPanelFileIsNotARegisteredPatient() {
        PanelFixtures.TestProvider dr = fixtures.provider();
        String patient = dr.api().body(PanelFixtures.memberJson(PanelFixtures.phn(), "Panel", "Only", "1970-01-01"))
                .post(dr.panel()).then().statusCode(201).extract().path("patientId");
        for (String path : new String[] {"", "/questionnaire", "/wait-estimate", "/history"}) {
            Api.as(ADMIN, Roles.ADMIN).get("/api/v1/patients/" + patient + path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", "\"0\"")
                .body("""
                        {"chronicConditions": [], "pregnant": false, "recentHospitalStay": false, "mentalHealthNeeds": false,
                         "mobilityLimitations": false}""")
                .put("/api/v1/patients/" + patient + "/questionnaire")
                .then().statusCode(404);
        dr.api().get(dr.panel() + "/members/" + patient).then().statusCode(200).body("familyName", equalTo("Panel"));
    }

    /** Was 500: a date that matches YYYY-MM-DD but is no calendar date. */
    @Test
    void aDateParameterThatIsNoCalendarDateIsA400() {
        Api.invalidAs(ADMIN, Roles.ADMIN).queryParam("from", "2024-02-30").get("/api/v1/reports/fairness")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    /** Was 500: a Content-Type that is not a media type at all. */
    @Test
    void aContentTypeThatIsNoMediaTypeIsA415() {
        for (String type : new String[] {"application/", "json"}) {
            given().header("Authorization", Tokens.bearer(ADMIN, Roles.ADMIN)).contentType(type)
                    .body("{\"name\": \"x\", \"healthAuthority\": \"NORTHERN\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/communities")
                    .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        }
    }

    /** Was off-contract: the unknown field's name, control characters and all, was echoed in detail and errors[]. */
    @Test
    void anUnknownFieldIsNamedWithoutItsControlCharacters() {
        Api.invalidAs(ADMIN, Roles.ADMIN).body("{\"name\": \"x\", \"healthAuthority\": \"NORTHERN\", \"na\\u0000me\\r\\n\": 1}")
                .post("/api/v1/communities")
                .then().statusCode(400).body("errors[0].field", equalTo("na\uFFFDme\uFFFD\uFFFD"))
                .body("detail", not(containsString("\u0000")));
    }

    /** Was accepted (Hibernate Validator's @Email lets "" through): an endorsement to nobody, listed off-contract. */
    @Test
    void anEmptyEmailIsNoAddress() {
        Api.invalidAs(java.util.UUID.randomUUID().toString(), Roles.DELEGATE)
                .body("{\"initiatorRole\": \"ENDORSEE\", \"recipientEmail\": \"\"}")
                .post("/api/v1/endorsements")
                .then().statusCode(400).body("errors[0].field", equalTo("recipientEmail"));
    }

    /** Was off-contract: a required name of spaces alone was trimmed and stored (and answered) empty. */
    @Test
    void aRequiredTextOfSpacesAloneIsA400() {
        Api.invalidAs(ADMIN, Roles.ADMIN).body("{\"name\": \"   \", \"healthAuthority\": \"NORTHERN\"}")
                .post("/api/v1/communities")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    /** Was 500 (a code longer than the column) or stored off-contract: the items of languages were not checked. */
    @Test
    void aLanguageThatIsNoIso639CodeIsA400() {
        for (String language : new String[] {"\"english\"", "1.5", "\"EN\""}) {
            Api.invalidAs(ADMIN, Roles.ADMIN)
                    .body("""
                            {"name": "Dr. Lang", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "L4NG1",
                             "email": "lang@test.example", "languages": [%s]}""".formatted(language))
                    .post("/api/v1/providers")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("languages"));
        }
    }

    /** Was accepted and truncated: 0.5 (or -0.0) where the contract says integer became 0. */
    @Test
    void aFractionWhereTheContractSaysIntegerIsA400() {
        for (String spaces : new String[] {"0.5", "-0.0"}) {
            Api.invalidAs(ADMIN, Roles.ADMIN).header("If-Match", "\"1\"")
                    .body("""
                            {"acceptingNewPatients": true, "monthlyCapacity": %s, "desiredPanelSize": 10,
                             "complexityMix": {"lowPercent": 40, "moderatePercent": 40, "highPercent": 20}}""".formatted(spaces))
                    .put("/api/v1/providers/" + java.util.UUID.randomUUID() + "/capacity")
                    .then().statusCode(400).body("errors[0].field", equalTo("monthlyCapacity"));
        }
    }

    /** Was accepted: a number, text or a boolean of another JSON type than the contract's ("10" for an integer, 5 for a string). */
    @Test
    void aValueOfAnotherJsonTypeIsA400NotCoerced() {
        String capacity = """
                {"acceptingNewPatients": %s, "monthlyCapacity": %s, "desiredPanelSize": 10,
                 "complexityMix": {"lowPercent": 40, "moderatePercent": 40, "highPercent": 20}}""";
        String[][] cases = {{"true", "\"10\"", "monthlyCapacity"}, {"1", "10", "acceptingNewPatients"},
            {"\"true\"", "10", "acceptingNewPatients"}};
        for (String[] bad : cases) {
            Api.invalidAs(ADMIN, Roles.ADMIN).header("If-Match", "\"1\"")
                    .body(capacity.formatted(bad[0], bad[1]))
                    .put("/api/v1/providers/" + java.util.UUID.randomUUID() + "/capacity")
                    .then().statusCode(400).body("errors[0].field", equalTo(bad[2]));
        }
        Api.invalidAs(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": 42, "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "N4MB3",
                         "email": "number@test.example", "languages": ["en"]}""")
                .post("/api/v1/providers")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    /** Was undeclared: a provider asking for the waitlist of a provider that does not exist gets 404 (now in the contract). */
    @Test
    void theWaitlistOfAnUnknownProviderIsADeclared404() {
        Api.as(fixtures.provider().subject(), Roles.PROVIDER).queryParam("providerId", java.util.UUID.randomUUID().toString())
                .get("/api/v1/waitlist-entries")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Was 500: a null inside an array (bean validation does not look inside; the services failed on it). */
    @Test
    void aNullInsideAnArrayIsA400NamingTheItem() {
        Api.invalidAs(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": "Dr. Null", "type": "FAMILY_PHYSICIAN", "mspPractitionerNumber": "N0LL1",
                         "email": "null@test.example", "languages": ["en", null]}""")
                .post("/api/v1/providers")
                .then().statusCode(400).body("errors[0].field", equalTo("languages[1]"));
    }

    /**
     * Was off-contract: errors[] listed every invalid item of a huge array (the contract allows 100) and the
     * detail named them all (the contract allows 2000 characters).
     */
    @Test
    void errorsListAtMostAHundredFields() {
        String clinic = TestData.clinic(null);
        String hours = String.join(",", java.util.Collections.nCopies(150,
                "{\"dayOfWeek\": \"MONDAY\", \"opens\": \"99:99\", \"closes\": \"xx\"}"));
        Api.invalidAs(ADMIN, Roles.ADMIN).header("If-Match", "\"0\"").body("{\"hours\": [" + hours + "]}")
                .put("/api/v1/clinics/" + clinic + "/hours")
                .then().statusCode(400).body("errors", hasSize(100)).body("detail", containsString("more"));
    }
}
