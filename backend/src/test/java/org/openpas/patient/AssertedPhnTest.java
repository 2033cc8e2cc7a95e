package org.openpas.patient;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.Tokens;

/**
 * The contract (registerPatient): someone signed in through BC Services Card registering themselves gives the
 * PHN their identity asserts, else 422 naming phn; local accounts are not checked that way.
 */
@QuarkusTest
class AssertedPhnTest {

    private static final String PATIENTS = "/api/v1/patients";

    private static String bcsc(String subject, String phn) {
        return Tokens.brokered("bcsc", subject, Map.of("phn", phn, "given_name", "Pat", "family_name", "Tester",
                "birthdate", "1980-04-30"), Roles.PATIENT);
    }

    @Test
    void aBcServicesCardPatientRegistersThemselvesWithTheAssertedPhn() {
        String phn = Registrations.phn();
        Api.withToken(bcsc(UUID.randomUUID().toString(), phn))
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(201).body("phn", equalTo(phn));
    }

    @Test
    void anotherPhnThanTheAssertedOneIs422NamingPhnAndRegistersNothing() {
        String subject = UUID.randomUUID().toString();
        String other = Registrations.phn();
        Api.withToken(bcsc(subject, Registrations.phn()))
                .body(Registrations.body(other, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("phn"));
        Api.withToken(bcsc(subject, Registrations.phn())).when().get(PATIENTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aHouseholdMemberHasTheirOwnPhn() {
        String subject = UUID.randomUUID().toString();
        String child = Registrations.phn();
        Api.withToken(bcsc(subject, Registrations.phn()))
                .body(Registrations.body(child, "CHILD", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(201).body("phn", equalTo(child));
    }

    @Test
    void aLocalAccountRegistersAnyValidPhnAsBefore() {
        String phn = Registrations.phn();
        // A phn claim without idp (a local account) is nobody's assertion.
        Api.withToken(Tokens.with(UUID.randomUUID().toString(), Map.of("phn", Registrations.phn()), Roles.PATIENT))
                .body(Registrations.body(phn, "SELF", Registrations.vancouver(), "", true))
                .when().post(PATIENTS)
                .then().statusCode(201).body("phn", equalTo(phn));
    }
}
