package org.openpas.panel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.openpas.testing.PanelFixtures.HEADER;
import static org.openpas.testing.PanelFixtures.memberJson;
import static org.openpas.testing.PanelFixtures.phn;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.PanelFixtures;
import org.openpas.testing.PanelFixtures.TestProvider;
import org.openpas.testing.Tokens;

@QuarkusTest
class PanelSubmissionTest {

    @Inject
    PanelFixtures fixtures;

    @TestHTTPResource
    URI url;

    private static String row(String phn, String family) {
        return phn + "," + family + ",\"Lee, Jr\",1975-06-01,F,v5k0a1\n";
    }

    private static int total(TestProvider dr) {
        return dr.api().get(dr.panel()).then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void aFileReplacesThePanelAndReportsEveryRow() {
        TestProvider dr = fixtures.provider();
        String a = phn();
        String b = phn();
        String c = phn();
        String manual = dr.api().body(memberJson(phn(), "Manual", "Recent", "1960-01-01")).post(dr.panel())
                .then().statusCode(201).extract().path("patientId");

        PanelFixtures.uploadAndWait(dr, HEADER + row(a, "Able") + row(b, "Baker") + "\r\n" + row(c, "Cole"), "ALL_OR_NOTHING")
                .body("status", equalTo("COMPLETED"))
                .body("applied", equalTo(true))
                .body("rowsTotal", equalTo(3)).body("rowsProcessed", equalTo(3)).body("percentComplete", equalTo(100))
                .body("added", equalTo(3)).body("unchanged", equalTo(0)).body("removed", equalTo(0))
                .body("rejected", equalTo(0))
                .body("submittedBy.subject", equalTo(dr.subject()))
                .body("completedAt", notNullValue());
        dr.api().queryParam("source", "TELEPLAN").get(dr.panel()).then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Able", "Baker", "Cole")))
                .body("items[0].givenNames", equalTo("Lee, Jr"))
                .body("items[0].postalCode", equalTo("V5K 0A1"))
                .body("items[0].gender", equalTo("FEMALE"))
                .body("items[0].submissionId", notNullValue());

        // The next file drops Cole and adds Dunn: Cole is removed, the recent manual member is kept.
        String d = phn();
        var second = PanelFixtures.uploadAndWait(dr, HEADER + row(a, "Able") + row(b, "Baker") + row(d, "Dunn"),
                "ALL_OR_NOTHING")
                .body("status", equalTo("COMPLETED"))
                .body("added", equalTo(1)).body("unchanged", equalTo(2)).body("removed", equalTo(1));
        String id = second.extract().path("id");
        dr.api().get(dr.panel() + "/submissions/" + id + "/rows").then().statusCode(200)
                .body("items.result", equalTo(List.of("UNCHANGED", "UNCHANGED", "ADDED", "REMOVED")))
                .body("items.rowNumber", equalTo(java.util.Arrays.asList(2, 3, 4, null)))
                .body("items[3].phn", equalTo(c));
        dr.api().queryParam("result", "REMOVED").get(dr.panel() + "/submissions/" + id + "/rows").then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Cole"))).body("totalItems", equalTo(1));
        dr.api().get(dr.panel()).then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Able", "Baker", "Dunn", "Manual")));
        dr.api().get(dr.panel() + "/members/" + manual).then().statusCode(200);
        dr.api().get(dr.panel() + "/submissions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].id", equalTo(id));

        Api.as(ADMIN, Roles.ADMIN).queryParam("resourceType", "PANEL_SUBMISSION").queryParam("resourceId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("PANEL_SUBMISSION_UPLOAD", "PANEL_SUBMISSION_APPLY"))
                .body("items.actorSubject", everyItem(equalTo(dr.subject())));
    }

    /** Rows with an invalid PHN, a PHN twice, a future birth date, a bad gender or postal code, missing fields. */
    private static String badRows(String good, String twice) {
        String future = LocalDate.now().plusDays(2).toString();
        return HEADER + row(good, "Good")
                + "9698648215,Wrong,Check,1980-01-01,M,\n"
                + twice + ",Twice,One,1980-01-01,M,\n"
                + twice + ",Twice,Two,1980-01-01,M,\n"
                + phn() + ",Future,Born," + future + ",F,\n"
                + phn() + ",Bad,Gender,1980-01-01,Q,\n"
                + phn() + ",Bad,Postal,1980-01-01,F,123456\n"
                + phn() + ",,,1980-02-30,,\n"
                + phn() + "," + "x".repeat(101) + ",Long,1980-01-01,F,\n";
    }

    @Test
    void allOrNothingWithRejectedRowsChangesNothingAndReportsThem() {
        TestProvider dr = fixtures.provider();
        String keep = phn();
        PanelFixtures.uploadAndWait(dr, HEADER + row(keep, "Kept"), "ALL_OR_NOTHING").body("status", equalTo("COMPLETED"));

        var rejected = PanelFixtures.uploadAndWait(dr, badRows(phn(), phn()), "ALL_OR_NOTHING")
                .body("status", equalTo("REJECTED"))
                .body("applied", equalTo(false))
                .body("rowsTotal", equalTo(9))
                .body("rejected", equalTo(8)).body("added", equalTo(0)).body("removed", equalTo(0))
                .body("rejectedRows.rowNumber", equalTo(List.of(3, 4, 5, 6, 7, 8, 9, 10)))
                .body("rejectedRows[0].errors[0].code", equalTo("INVALID_PHN"))
                .body("rejectedRows[1].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rejectedRows[2].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rejectedRows[3].errors[0].code", equalTo("FUTURE_BIRTH_DATE"))
                .body("rejectedRows[4].errors[0].code", equalTo("INVALID_GENDER"))
                .body("rejectedRows[5].errors[0].code", equalTo("INVALID_POSTAL_CODE"))
                .body("rejectedRows[6].errors.code", equalTo(List.of("MISSING_FIELD", "MISSING_FIELD", "INVALID_DATE",
                        "MISSING_FIELD")))
                .body("rejectedRows[7].errors[0].code", equalTo("TOO_LONG"));
        String id = rejected.extract().path("id");
        dr.api().get(dr.panel() + "/submissions/" + id + "/rows").then().statusCode(200)
                .body("items.result", everyItem(equalTo("REJECTED"))).body("totalItems", equalTo(8));
        dr.api().get(dr.panel()).then().statusCode(200).body("items.phn", equalTo(List.of(keep)));
    }

    @Test
    void applyValidRowsAppliesTheValidOnesAndKeepsMembersNamedInRejectedRows() {
        TestProvider dr = fixtures.provider();
        String twice = phn();
        PanelFixtures.uploadAndWait(dr, HEADER + row(twice, "Twice"), "APPLY_VALID_ROWS").body("added", equalTo(1));
        String good = phn();
        PanelFixtures.uploadAndWait(dr, badRows(good, twice), "APPLY_VALID_ROWS")
                .body("status", equalTo("COMPLETED"))
                .body("applied", equalTo(true))
                .body("added", equalTo(1)).body("rejected", equalTo(8)).body("removed", equalTo(0));
        // The member whose PHN the file lists twice stays: a rejected row never removes anyone.
        dr.api().get(dr.panel()).then().statusCode(200).body("items.phn", hasItems(good, twice)).body("totalItems", equalTo(2));
    }

    @Test
    void aPatientOnAnotherPanelOrUnderAnotherNameIsARejectedRow() {
        TestProvider first = fixtures.provider();
        TestProvider second = fixtures.provider();
        String taken = phn();
        String named = phn();
        PanelFixtures.uploadAndWait(first, HEADER + row(taken, "Taken"), "ALL_OR_NOTHING").body("added", equalTo(1));
        String removed = first.api().body(memberJson(named, "Named", "Person", "1950-01-01")).post(first.panel())
                .then().statusCode(201).extract().path("patientId");
        first.api().queryParam("reason", "PATIENT_REQUEST").delete(first.panel() + "/members/" + removed)
                .then().statusCode(204);

        PanelFixtures.uploadAndWait(second, HEADER + row(taken, "Taken") + row(named, "Renamed") + row(phn(), "New"),
                "APPLY_VALID_ROWS")
                .body("status", equalTo("COMPLETED"))
                .body("added", equalTo(1)).body("rejected", equalTo(2))
                .body("rejectedRows[0].errors[0].code", equalTo("ON_ANOTHER_PANEL"))
                .body("rejectedRows[1].errors[0].code", equalTo("NAME_MISMATCH"));
        assertEquals(1, total(first));
        assertEquals(1, total(second));
    }

    @Test
    void fatalProblemsAre422AndKeepNothing() {
        TestProvider dr = fixtures.provider();
        String keep = phn();
        PanelFixtures.uploadAndWait(dr, HEADER + row(keep, "Kept"), "ALL_OR_NOTHING");
        List<byte[]> fatal = List.of(
                new byte[0],
                HEADER.getBytes(StandardCharsets.UTF_8),
                ("PHN,Surname,Given,DOB,Sex,Postal\n" + row(phn(), "Header")).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
                (HEADER + row(phn(), "Latin")).replace("Latin", "M\u00fcller").getBytes(StandardCharsets.ISO_8859_1),
                (HEADER + phn() + ",\"Unclosed,Quote,1980-01-01,F,\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] file : fatal) {
            PanelFixtures.upload(dr.subject(), Roles.PROVIDER, file, "APPLY_VALID_ROWS")
                    .post(dr.panel() + "/submissions")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"))
                    .body("detail", containsString("Nothing was changed"));
        }
        dr.api().get(dr.panel() + "/submissions").then().statusCode(200).body("totalItems", equalTo(1));
        dr.api().get(dr.panel()).then().statusCode(200).body("items.phn", equalTo(List.of(keep)));
    }

    @Test
    void tooManyRowsIs422() {
        TestProvider dr = fixtures.provider();
        StringBuilder csv = new StringBuilder(HEADER);
        String line = row("9698658215", "Same");
        for (int i = 0; i <= PanelCsv.MAX_ROWS; i++) {
            csv.append(line);
        }
        PanelFixtures.upload(dr.subject(), Roles.PROVIDER, csv.toString(), "APPLY_VALID_ROWS")
                .post(dr.panel() + "/submissions")
                .then().statusCode(422).body("detail", containsString("more than 50000"));
    }

    @Test
    void badFormsAre400Or415() {
        TestProvider dr = fixtures.provider();
        Api.invalidAs(dr.subject(), Roles.PROVIDER).body("{\"file\": \"x\", \"mode\": \"ALL_OR_NOTHING\"}")
                .post(dr.panel() + "/submissions").then().statusCode(415);
        io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(dr.subject(), Roles.PROVIDER))
                .multiPart("file", "p.csv", (HEADER + row(phn(), "A")).getBytes(), "text/csv")
                .post(dr.panel() + "/submissions").then().statusCode(400).contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(dr.subject(), Roles.PROVIDER))
                .multiPart("file", "p.csv", (HEADER + row(phn(), "A")).getBytes(), "text/csv")
                .multiPart("mode", "SOMETIMES")
                .post(dr.panel() + "/submissions").then().statusCode(400).body("errors[0].field", equalTo("mode"));
        io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(dr.subject(), Roles.PROVIDER))
                .multiPart("mode", "ALL_OR_NOTHING")
                .post(dr.panel() + "/submissions").then().statusCode(400).body("errors[0].field", equalTo("file"));
        dr.api().get(dr.panel() + "/submissions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    /** The server refuses before reading the body (Expect: 100-continue), so no 100 MB is needed to test it. */
    @Test
    void aFileOverTheLimitIs413() throws Exception {
        TestProvider dr = fixtures.provider();
        HttpRequest request = HttpRequest.newBuilder(url.resolve(dr.panel() + "/submissions"))
                .expectContinue(true)
                .header("Authorization", Tokens.bearer(dr.subject(), Roles.PROVIDER))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1]))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        dr.api().get(dr.panel() + "/submissions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstSubmission() {
        TestProvider dr = fixtures.provider();
        String csv = HEADER + row(phn(), "Once");
        String first = PanelFixtures.upload(dr.subject(), Roles.PROVIDER, csv, "ALL_OR_NOTHING")
                .header("Idempotency-Key", "upload-0001")
                .post(dr.panel() + "/submissions").then().statusCode(202).extract().path("id");
        PanelFixtures.upload(dr.subject(), Roles.PROVIDER, csv, "ALL_OR_NOTHING")
                .header("Idempotency-Key", "upload-0001")
                .post(dr.panel() + "/submissions").then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        PanelFixtures.upload(dr.subject(), Roles.PROVIDER, HEADER + row(phn(), "Other"), "ALL_OR_NOTHING")
                .header("Idempotency-Key", "upload-0001")
                .post(dr.panel() + "/submissions").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        PanelFixtures.await(dr, dr.panel() + "/submissions/" + first).body("added", equalTo(1));
        dr.api().get(dr.panel() + "/submissions").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aLargeFileIsAppliedInBulk() {
        TestProvider dr = fixtures.provider();
        StringBuilder csv = new StringBuilder(HEADER);
        java.util.Set<String> phns = new java.util.HashSet<>();
        while (phns.size() < 12_000) {
            String phn = phn();
            if (phns.add(phn)) {
                csv.append(phn).append(",Family").append(phns.size()).append(",Given,1970-01-01,X,\n");
            }
        }
        PanelFixtures.uploadAndWait(dr, csv.toString(), "ALL_OR_NOTHING")
                .body("status", equalTo("COMPLETED")).body("added", equalTo(12_000));
        assertEquals(12_000, total(dr));
        dr.api().queryParam("result", "ADDED").queryParam("page", 119).queryParam("size", 100)
                .get(dr.panel() + "/submissions/" + dr.api().get(dr.panel() + "/submissions").then().extract()
                        .path("items[0].id") + "/rows")
                .then().statusCode(200).body("items.rowNumber", hasItem(12_001));
    }

    @Inject
    PanelSubmissionProcessor processor;

    /** A stored upload is the queue: whichever instance polls first claims it, also after a stop. */
    @Test
    void aStoredSubmissionIsClaimedAndApplied() {
        TestProvider dr = fixtures.provider();
        String id = fixtures.storedSubmission(dr, HEADER + row(phn(), "Stored"));
        PanelFixtures.await(dr, dr.panel() + "/submissions/" + id)
                .body("status", equalTo("COMPLETED")).body("added", equalTo(1)).body("source", equalTo("DR_BILL"));
        dr.api().get(dr.panel()).then().statusCode(200).body("items[0].source", equalTo("DR_BILL"));
        PanelFixtures.Lease lease = fixtures.lease(id);
        assertEquals(1, lease.attempts());
        assertFalse(lease.fileStored(), "the file is deleted once applied");
    }

    /** An instance died while applying a file: once its lease expired, another instance applies it, once. */
    @Test
    void aFileWhoseHolderDiedIsTakenOverWhenTheLeaseExpires() throws InterruptedException {
        TestProvider dr = fixtures.provider();
        String id = fixtures.storedSubmission(dr, HEADER + row(phn(), "Orphan") + row(phn(), "Orphan"),
                "api-2/dead0000", 3, 1);
        Thread.sleep(1_000); // five polls: none may take a file whose lease still runs
        assertEquals(new PanelFixtures.Lease("api-2/dead0000", "PROCESSING", 1, true), fixtures.lease(id));

        PanelFixtures.await(dr, dr.panel() + "/submissions/" + id)
                .body("status", equalTo("COMPLETED")).body("added", equalTo(2));
        PanelFixtures.Lease lease = fixtures.lease(id);
        assertNotEquals("api-2/dead0000", lease.claimedBy());
        assertEquals(2, lease.attempts());
        assertArrayEquals(new long[] {2, 1}, fixtures.resultRowsAndApplyEvents(id));
        assertEquals(2, total(dr));
    }

    /**
     * An instance that lost its lease (it stalled; another took the file over) must write nothing, or the
     * file would be applied twice: its transaction rolls back when it finds the file held by another.
     */
    @Test
    void anInstanceThatLostTheLeaseWritesNothing() {
        TestProvider dr = fixtures.provider();
        String id = fixtures.storedSubmission(dr, HEADER + row(phn(), "Taken"), "api-2/alive000", 3_600, 1);

        processor.process(new PanelSubmissionRepository.Claim(UUID.fromString(id), 1));

        assertEquals(new PanelFixtures.Lease("api-2/alive000", "PROCESSING", 1, true), fixtures.lease(id));
        assertArrayEquals(new long[] {0, 0}, fixtures.resultRowsAndApplyEvents(id));
        assertEquals(0, total(dr));

        fixtures.expireLease(id);
        PanelFixtures.await(dr, dr.panel() + "/submissions/" + id)
                .body("status", equalTo("COMPLETED")).body("added", equalTo(1));
        assertArrayEquals(new long[] {1, 1}, fixtures.resultRowsAndApplyEvents(id));
        assertEquals(1, total(dr));
    }

    /** A file during which its holder died three times (it may be what kills it) fails instead of looping. */
    @Test
    void aFileIsTriedThreeTimesAtMost() {
        TestProvider dr = fixtures.provider();
        String id = fixtures.storedSubmission(dr, HEADER + row(phn(), "Poison"), "api-2/dead0000", -1, 3);
        PanelFixtures.await(dr, dr.panel() + "/submissions/" + id)
                .body("status", equalTo("FAILED")).body("applied", equalTo(false))
                .body("failureReason", containsString("3 times"));
        assertEquals(0, total(dr));
        assertFalse(fixtures.lease(id).fileStored());
    }
}
