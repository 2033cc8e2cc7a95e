package org.openpas.testing;

import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

/** Registering test patients through the API. */
public final class Registrations {

    /** Registration PHNs: the upper half of the range, in sequence from a random start, never repeated in a run. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(40_000_000));

    private Registrations() {
    }

    public static String phn() {
        while (true) {
            String phn = org.openpas.common.Phn.withCheckDigit("%08d".formatted(50_000_000 + NEXT.getAndIncrement()));
            if (phn != null) {
                return phn;
            }
        }
    }

    public static String body(String phn, String relationship, String communityId, String conditions, boolean consent) {
        return """
                {"phn": "%s", "familyName": "Tester", "givenNames": "Pat %s", "dateOfBirth": "1980-04-30",
                 "gender": "FEMALE", "preferredLanguage": "en", "consentToShare": %s,
                 "address": {"line1": "5 Oak Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                 "communityId": "%s", "relationshipToRegistrant": "%s", "matchWithHousehold": false,
                 "questionnaire": {"chronicConditions": [%s], "pregnant": false, "recentHospitalStay": false,
                                   "mentalHealthNeeds": true, "mobilityLimitations": false}}"""
                .formatted(phn, relationship, consent, communityId, relationship, conditions);
    }

    /** Registers a patient for {@code registrant} in the community; returns the patient id. */
    public static String register(String registrant, String communityId, String relationship, String conditions) {
        return Api.as(registrant, Roles.PATIENT)
                .body(body(phn(), relationship, communityId, conditions, true))
                .when().post("/api/v1/patients")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String vancouver() {
        return TestData.communityId("Vancouver");
    }
}
