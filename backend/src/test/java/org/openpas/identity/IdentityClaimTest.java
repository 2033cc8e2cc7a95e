package org.openpas.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Mailbox;
import org.openpas.testing.TestData;
import org.openpas.testing.Tokens;

/**
 * The contract (createMyClaim, listMyClaims, listIdentityClaims, approveIdentityClaim, rejectIdentityClaim):
 * a person left unlinked claims a record; an admin approves (the record is linked) or rejects; both audited,
 * the claimant emailed. One pending claim per person and record; a linked record is 409.
 */
@QuarkusTest
class IdentityClaimTest {

    private static final String MINE = "/api/v1/me/claims";
    private static final String CLAIMS = "/api/v1/identity-claims/";

    /** A person signed in through BC Provider ID whose MSP number matched no record. */
    private static String provider(String subject) {
        return Tokens.brokered("bcprovider", subject, Map.of("msp_number", "00000"), Roles.PROVIDER);
    }

    private static String claimMsp(String token, String msp) {
        return Api.withToken(token).body("""
                {"mspPractitionerNumber": "%s", "reason": "This is my licence."}""".formatted(msp))
                .post(MINE).then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("kind", equalTo("PROVIDER"))
                .body("claimant.assertedMspNumber", equalTo("00000"))
                .body("claimant.identityProvider", equalTo("bcprovider"))
                .extract().path("id");
    }

    @Test
    void aProviderClaimsARecordAndAnAdminApprovesIt() {
        String provider = TestData.provider(null);
        String msp = IdentityLinkTest.msp(provider);
        String subject = UUID.randomUUID().toString();
        String token = provider(subject);
        Api.withToken(token).get("/api/v1/me").then().statusCode(200).body("linkNeeded", equalTo(true));

        String claim = claimMsp(token, msp);
        Api.withToken(token).body("""
                {"providerId": "%s", "reason": "Again."}""".formatted(provider))
                .post(MINE).then().statusCode(409);
        Api.withToken(token).get(MINE).then().statusCode(200)
                .body("items.id", equalTo(List.of(claim)))
                .body("items[0].providerId", equalTo(provider))
                .body("items[0].mspPractitionerNumber", equalTo(msp));
        Api.as(ADMIN, Roles.ADMIN).queryParam("status", "PENDING").queryParam("size", 100).get(CLAIMS)
                .then().statusCode(200).body("items.id", hasItem(claim));

        Api.as(ADMIN, Roles.ADMIN).body("{}").post(CLAIMS + claim + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy.subject", equalTo(ADMIN))
                .body("decidedAt", notNullValue());
        Api.withToken(token).get("/api/v1/me").then().statusCode(200)
                .body("providerId", equalTo(provider))
                .body("linkNeeded", equalTo(false));
        Api.as(ADMIN, Roles.ADMIN).body("{}").post(CLAIMS + claim + "/approve").then().statusCode(409);
        Api.as(ADMIN, Roles.ADMIN).queryParam("status", "PENDING").queryParam("size", 100).get(CLAIMS)
                .then().statusCode(200).body("items.id", not(hasItem(claim)));

        for (String action : List.of("IDENTITY_CLAIM_CREATE", "IDENTITY_CLAIM_APPROVE")) {
            Api.as(ADMIN, Roles.ADMIN).queryParam("action", action).queryParam("resourceId", claim)
                    .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
        }
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "PROVIDER_LINK").queryParam("resourceId", provider)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].actorSubject", equalTo(ADMIN))
                .body("items[0].detail", containsString("identity claim " + claim + " approved"));
        List<Mailbox.Mail> mails = Mailbox.to(subject + "@test.example");
        assertEquals(1, mails.size(), mails.toString());
        assertEquals("Your PAS account is linked", mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("linked to the provider record Dr. " + msp), mails.get(0).text());
    }

    @Test
    void aLinkedRecordOrAnUnknownOneCannotBeClaimed() {
        String token = provider(UUID.randomUUID().toString());
        String linked = TestData.provider(UUID.randomUUID().toString());
        Api.withToken(token).body("""
                {"providerId": "%s", "reason": "Mine."}""".formatted(linked)).post(MINE).then().statusCode(409);
        Api.withToken(token).body("""
                {"mspPractitionerNumber": "ZZZZ9", "reason": "Mine."}""").post(MINE).then().statusCode(422)
                .body("errors.field", hasItem("mspPractitionerNumber"));
        Api.withToken(token).body("""
                {"providerId": "%s", "clinicId": "%s", "reason": "Both."}""".formatted(linked, TestData.clinic(null)))
                .post(MINE).then().statusCode(422);
        Api.withToken(token).body("""
                {"reason": "Nothing."}""").post(MINE).then().statusCode(422);
    }

    @Test
    void aRecordLinkedWhileTheClaimWaitedIsNotTakenOver() {
        String provider = TestData.provider(null);
        String msp = IdentityLinkTest.msp(provider);
        String claim = claimMsp(provider(UUID.randomUUID().toString()), msp);
        String owner = UUID.randomUUID().toString();
        Api.withToken(Tokens.brokered("bcprovider", owner, Map.of("msp_number", msp), Roles.PROVIDER))
                .get("/api/v1/me").then().statusCode(200).body("providerId", equalTo(provider));
        Api.as(ADMIN, Roles.ADMIN).body("{}").post(CLAIMS + claim + "/approve").then().statusCode(409);
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + provider).then().body("subject", equalTo(owner));
        Api.as(ADMIN, Roles.ADMIN).queryParam("status", "PENDING").queryParam("size", 100).get(CLAIMS)
                .then().body("items.id", hasItem(claim));
    }

    @Test
    void aDelegateClaimsTheirStaffRecordAndTheAdminPicksIt() {
        String clinic = TestData.clinic(null);
        String staff = Api.as(ADMIN, Roles.ADMIN).body("""
                {"kind": "DELEGATE", "name": "Morgan MOA", "email": "%s@moa.example"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/clinics/" + clinic + "/staff").then().statusCode(201).extract().path("id");
        String subject = UUID.randomUUID().toString();
        String claim = Api.as(subject, Roles.DELEGATE).body("""
                {"clinicId": "%s", "reason": "I work at the front desk."}""".formatted(clinic))
                .post(MINE).then().statusCode(201).body("kind", equalTo("CLINIC_STAFF"))
                .body("clinicName", notNullValue()).extract().path("id");
        Api.as(ADMIN, Roles.ADMIN).body("{}").post(CLAIMS + claim + "/approve").then().statusCode(422)
                .body("errors.field", hasItem("staffId"));
        Api.as(ADMIN, Roles.ADMIN).body("{\"staffId\": \"%s\"}".formatted(UUID.randomUUID()))
                .post(CLAIMS + claim + "/approve").then().statusCode(422);
        Api.as(ADMIN, Roles.ADMIN).body("{\"staffId\": \"%s\"}".formatted(staff))
                .post(CLAIMS + claim + "/approve").then().statusCode(200).body("staffId", equalTo(staff));
        Api.as(ADMIN, Roles.ADMIN).get("/api/v1/clinics/" + clinic + "/staff/" + staff).then()
                .body("subject", equalTo(subject));
        Api.as(subject, Roles.DELEGATE).get("/api/v1/me").then().body("linkNeeded", equalTo(false));
        // Linked now: the same record cannot be claimed again.
        Api.as(subject, Roles.DELEGATE).body("""
                {"clinicId": "%s", "reason": "Again."}""".formatted(clinic)).post(MINE).then().statusCode(409);
    }

    @Test
    void anAdminRejectsWithAReasonThatIsEmailed() {
        String subject = UUID.randomUUID().toString();
        String token = provider(subject);
        String claim = claimMsp(token, IdentityLinkTest.msp(TestData.provider(null)));
        Api.as(ADMIN, Roles.ADMIN).body("{\"reason\": \"Your licence number is not this one.\"}")
                .post(CLAIMS + claim + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Your licence number is not this one."));
        Api.as(ADMIN, Roles.ADMIN).body("{\"reason\": \"Twice.\"}").post(CLAIMS + claim + "/reject").then().statusCode(409);
        Api.withToken(token).get(MINE).then().body("items[0].status", equalTo("REJECTED"));
        Api.withToken(token).get("/api/v1/me").then().body("linkNeeded", equalTo(true));
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "IDENTITY_CLAIM_REJECT").queryParam("resourceId", claim)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", equalTo(1));
        List<Mailbox.Mail> mails = Mailbox.to(subject + "@test.example");
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).text().contains("Your licence number is not this one."), mails.get(0).text());
    }

    @Test
    void whoMayClaimAndDecide() {
        String provider = TestData.provider(null);
        String patient = UUID.randomUUID().toString();
        Api.as(patient, Roles.PATIENT).body("""
                {"providerId": "%s", "reason": "Me."}""".formatted(provider)).post(MINE).then().statusCode(403);
        Api.as(patient, Roles.PATIENT).get(MINE).then().statusCode(403);
        // A delegate claims a clinic staff record, not a provider record (refused and audited).
        String delegate = UUID.randomUUID().toString();
        Api.as(delegate, Roles.DELEGATE).body("""
                {"providerId": "%s", "reason": "Me."}""".formatted(provider)).post(MINE).then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).queryParam("action", "IDENTITY_CLAIM_CREATE").queryParam("actorSubject", delegate)
                .queryParam("outcome", "DENIED").get("/api/v1/audit-events").then().body("totalItems", equalTo(1));

        String claimant = UUID.randomUUID().toString();
        String claim = claimMsp(provider(claimant), IdentityLinkTest.msp(provider));
        // Others do not see it, and only an admin lists or decides claims (the claimant included).
        Api.withToken(provider(UUID.randomUUID().toString())).get(MINE).then().statusCode(200)
                .body("items.id", not(hasItem(claim)));
        Api.withToken(provider(claimant)).get(CLAIMS).then().statusCode(403);
        Api.withToken(provider(claimant)).body("{}").post(CLAIMS + claim + "/approve").then().statusCode(403);
        Api.as(UUID.randomUUID().toString(), Roles.COORDINATOR).body("{\"reason\": \"No.\"}")
                .post(CLAIMS + claim + "/reject").then().statusCode(403);
        Api.as(ADMIN, Roles.ADMIN).body("{}").post(CLAIMS + UUID.randomUUID() + "/approve").then().statusCode(404);
        Api.withToken(provider(claimant)).get(MINE).then().body("items[0].status", equalTo("PENDING"));
    }
}
