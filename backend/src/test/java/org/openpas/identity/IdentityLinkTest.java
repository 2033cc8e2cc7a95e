package org.openpas.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

/**
 * The contract (getMe): a person signed in through BC Provider ID is linked at GET /me to the provider record
 * whose MSP number their identity asserts, unless it is linked to another account; a delegate to the unlinked
 * delegate staff records with their asserted email. Audited with what the link rests on. Local accounts are not.
 */
@QuarkusTest
class IdentityLinkTest {

    static String msp(String providerId) {
        return Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + providerId).then().statusCode(200)
                .extract().path("mspPractitionerNumber");
    }

    static String bcProvider(String subject, Map<String, Object> asserted, String... roles) {
        return Tokens.brokered("bcprovider", subject, asserted, roles);
    }

    @Test
    void aProviderIsLinkedAtFirstSignInByTheAssertedMspNumber() {
        String provider = TestData.provider(null);
        String msp = msp(provider);
        String subject = UUID.randomUUID().toString();
        String token = bcProvider(subject, Map.of("msp_number", msp), Roles.PROVIDER);
        Api.withToken(token).get("/api/v1/me").then().statusCode(200)
                .body("providerId", equalTo(provider))
                .body("linkNeeded", equalTo(false));
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + provider).then().statusCode(200)
                .body("subject", equalTo(subject));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "PROVIDER_LINK").queryParam("resourceId", provider)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actorSubject", equalTo(subject))
                .body("items[0].detail", containsString("MSP number " + msp + " asserted by BC Provider ID"));
        // Signing in again changes nothing and audits nothing more.
        Api.withToken(token).get("/api/v1/me").then().statusCode(200).body("providerId", equalTo(provider));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "PROVIDER_LINK").queryParam("resourceId", provider)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aRecordLinkedToAnotherAccountStaysTheirs() {
        String owner = UUID.randomUUID().toString();
        String provider = TestData.provider(owner);
        Api.withToken(bcProvider(UUID.randomUUID().toString(), Map.of("msp_number", msp(provider)), Roles.PROVIDER))
                .get("/api/v1/me").then().statusCode(200)
                .body("providerId", nullValue())
                .body("linkNeeded", equalTo(true));
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + provider).then().body("subject", equalTo(owner));
    }

    @Test
    void aLocalAccountOrAnotherIdentityProviderIsNotLinkedByAnMspNumberClaim() {
        String provider = TestData.provider(null);
        String msp = msp(provider);
        Api.withToken(Tokens.with(UUID.randomUUID().toString(), Map.of("msp_number", msp, "acr", "2"), Roles.PROVIDER))
                .get("/api/v1/me").then().statusCode(200).body("providerId", nullValue()).body("linkNeeded", equalTo(true));
        Api.withToken(Tokens.brokered("bcsc", UUID.randomUUID().toString(), Map.of("msp_number", msp), Roles.PROVIDER))
                .get("/api/v1/me").then().statusCode(200).body("providerId", nullValue());
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + provider).then().body("subject", nullValue());
    }

    @Test
    void aDelegateIsLinkedToTheUnlinkedDelegateRecordsWithTheAssertedEmail() {
        String clinic = TestData.clinic(null);
        String email = UUID.randomUUID() + "@moa.example";
        String staff = Api.as(ADMIN, Roles.ADMIN).body("""
                {"kind": "DELEGATE", "name": "Morgan MOA", "email": "%s"}""".formatted(email.toUpperCase()))
                .post("/api/v1/clinics/" + clinic + "/staff").then().statusCode(201).extract().path("id");
        String subject = UUID.randomUUID().toString();
        Api.as(subject, Roles.DELEGATE).get("/api/v1/me").then().statusCode(200).body("linkNeeded", equalTo(true));
        Api.withToken(bcProvider(subject, Map.of("email", email), Roles.DELEGATE))
                .get("/api/v1/me").then().statusCode(200).body("linkNeeded", equalTo(false));
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/clinics/" + clinic + "/staff/" + staff).then().statusCode(200)
                .body("subject", equalTo(subject));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "CLINIC_STAFF_LINK").queryParam("resourceId", clinic)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.detail", hasItem(containsString("email " + email + " asserted by BC Provider ID")));
    }
}
