package org.openpas.testing;

import org.openpas.common.Roles;

/**
 * Endorsements driven through the API as the two people would: a provider ({@code providerSubject},
 * linked to a provider record) invites a staff member ({@code staffSubject}, role delegate). Test
 * tokens carry the email {@code <subject>@test.example}.
 */
public final class Handshake {

    private Handshake() {
    }

    public static String email(String subject) {
        return subject + "@test.example";
    }

    /** CREATED: the provider invited the staff member; returns the endorsement id. */
    public static String invite(String providerSubject, String staffSubject) {
        return Api.as(providerSubject, Roles.PROVIDER)
                .body("""
                        {"initiatorRole": "ENDORSER", "recipientEmail": "%s", "message": "Please help with my panel."}"""
                        .formatted(email(staffSubject)))
                .when().post("/api/v1/endorsements")
                .then().statusCode(201).extract().path("id");
    }

    /** RECEIVED: the staff member opened the emailed link. */
    public static void open(String staffSubject) {
        Api.as(staffSubject, Roles.DELEGATE)
                .body("{\"token\": \"%s\"}".formatted(Mailbox.endorsementToken(email(staffSubject))))
                .when().post("/api/v1/endorsements/tokens/open")
                .then().statusCode(200);
    }

    /** APPROVED: invited, opened and approved by the staff member, not yet confirmed. */
    public static String approved(String providerSubject, String staffSubject) {
        String id = invite(providerSubject, staffSubject);
        open(staffSubject);
        Api.as(staffSubject, Roles.DELEGATE).when().post("/api/v1/endorsements/" + id + "/approve")
                .then().statusCode(200);
        return id;
    }

    /** COMPLETED (active): the staff member may act for the provider. */
    public static String active(String providerSubject, String staffSubject) {
        String id = approved(providerSubject, staffSubject);
        Api.as(providerSubject, Roles.PROVIDER).when().post("/api/v1/endorsements/" + id + "/confirm")
                .then().statusCode(200);
        return id;
    }
}
