package org.openpas.fhir;

import io.quarkus.test.junit.QuarkusTest;

/** The facade's behaviour: the tests of {@link FhirFacadeScenarios}. */
@QuarkusTest
class FhirFacadeTest extends FhirFacadeScenarios {
}
