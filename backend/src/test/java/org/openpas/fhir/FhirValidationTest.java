package org.openpas.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4: every resource and Bundle the facade answers in {@link FhirFacadeScenarios} (this class runs those
 * tests again, recording each answer) goes through the HAPI validator offline: 0 errors. The warnings are printed;
 * docs/fhir.md lists them.
 */
@QuarkusTest
class FhirValidationTest extends FhirFacadeScenarios {

    @BeforeAll
    static void forget() {
        FhirAnswers.RECORDED.clear();
    }

    /** The validator itself: it knows our extension and refuses a code outside AcceptingPatientsVS. */
    @Test
    void theValidatorKnowsTheNewPatientsExtension() {
        String role = """
                {"resourceType": "PractitionerRole", "id": "x", "extension": [{
                  "url": "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-newpatients",
                  "extension": [{"url": "acceptingPatients", "valueCodeableConcept": {"coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/accepting-patients", "code": "%s"}]}}]}]}""";
        var good = FhirAnswers.validate(List.of(new FhirAnswers.Answer("newpt", role.formatted("newpt"))));
        assertTrue(good.stream().noneMatch(FhirValidationTest::isError), good.toString());
        var bad = FhirAnswers.validate(List.of(new FhirAnswers.Answer("bogus", role.formatted("bogus"))));
        assertFalse(bad.stream().noneMatch(FhirValidationTest::isError), "a code outside the value set is an error");
    }

    @AfterAll
    static void everyAnswerIsValid() {
        var answers = List.copyOf(FhirAnswers.RECORDED);
        assertTrue(answers.size() >= 20, "the facade tests answered " + answers.size() + " FHIR resources");
        var findings = FhirAnswers.validate(answers);
        System.out.println("FHIR validation: " + answers.size() + " answers, findings (warning and above):");
        // One line per kind of finding: ids and entry positions differ from run to run.
        findings.stream().map(f -> (f.severity() + " " + f.location() + ": " + f.message())
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                        .replaceAll("entry\\[\\d+]", "entry[n]")).distinct().sorted()
                .forEach(line -> System.out.println("  " + line));
        var errors = findings.stream().filter(FhirValidationTest::isError).toList();
        assertEquals(List.of(), errors, "validation errors");
    }

    private static boolean isError(FhirAnswers.Finding finding) {
        return finding.severity().ordinal() >= ResultSeverityEnum.ERROR.ordinal();
    }
}
