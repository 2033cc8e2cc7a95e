package org.openpas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.statistics.StatisticsRows;
import org.openpas.testing.Api;
import org.openpas.testing.ContractOperations;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * No personal data in any public answer: with patients, providers and users of known names, PHNs,
 * emails and ids in the database and statistics stored, every operation the contract marks public
 * (found in openapi.yaml, so a new one is scanned without a change here) answers no patient's PHN, name or
 * id. The public statistics, as JSON and as CSV, answer no PHN (10 digits), no id but a community's, no
 * name and no email of anyone; the FHIR directory publishes providers' professional data by design.
 */
@QuarkusTest
class PublicAnswersPiiTest {

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{10}(?![0-9])");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void noPublicAnswerHoldsPersonalData() {
        // people with what must never appear
        String community = TestData.communityId("Prince George");
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String registrant = UUID.randomUUID().toString();
            String phn = Registrations.phn();
            String given = "Quillon" + (char) ('a' + i) + "x";
            String family = "Zarnowski" + (char) ('a' + i);
            String patient = Api.as(registrant, Roles.PATIENT)
                    .body(Registrations.body(phn, "SELF", community, "", true).replace("\"Tester\"", "\"" + family + "\"")
                            .replace("\"Pat SELF\"", "\"" + given + "\""))
                    .post("/api/v1/patients").then().statusCode(201).extract().path("id");
            String entry = AuthorizationMatrixTest.entryOf(registrant, patient);
            secrets.addAll(List.of(registrant, phn, given, family, patient, entry));
        }
        List<String> patientSecrets = List.copyOf(secrets);
        String providerSubject = UUID.randomUUID().toString();
        String provider = TestData.provider(providerSubject);
        Map<String, Object> shown = Api.as(ADMIN, Roles.ADMIN).get("/api/v1/providers/" + provider).then().statusCode(200)
                .extract().as(Map.class);
        secrets.addAll(List.of(providerSubject, provider, (String) shown.get("name"), (String) shown.get("email")));
        StatisticsRows.seed(em);

        Set<String> communityIds = new HashSet<>();
        for (int page = 0; ; page++) {
            var communities = Api.as(ADMIN, Roles.ADMIN).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/communities").then().statusCode(200).extract().jsonPath();
            if (communities.getList("items").isEmpty()) {
                break;
            }
            communityIds.addAll(communities.getList("items.id", String.class));
        }
        List<String> failures = new ArrayList<>();
        int answers = 0;
        List<ContractOperations.Operation> operations = ContractOperations.publicOperations();
        for (ContractOperations.Operation op : operations) {
            if (op.path().startsWith("/fhir")) {
                answers += scanFhirDirectory(op, patientSecrets, failures);
                continue;
            }
            String path = "/api/v1" + op.path().replace("{healthAuthority}", "NORTHERN").replace("{communityId}", community);
            assertTrue(!path.contains("{"), op.id() + ": a value for every path parameter of a public operation: " + path);
            for (String format : List.of("json", "csv")) {
                for (Map<String, Object> range : List.of(Map.<String, Object>of(),
                        Map.<String, Object>of("from", "2001-01", "to", "2001-06", "size", 100))) {
                    Response response = Api.publicly().queryParams(range).queryParam("format", format)
                            .request(op.method(), path);
                    assertEquals(200, response.statusCode(), op.id() + " " + format + " " + response.asString());
                    answers++;
                    String body = withoutAreaNames(response.asString(), format);
                    scan(op.id() + " " + format + " " + range, body, secrets, communityIds, failures);
                }
            }
        }
        System.out.println("PII scan: " + operations.size() + " public operations, " + answers + " answers, "
                + secrets.size() + " personal values looked for, " + failures.size() + " found");
        assertTrue(operations.size() >= 5, "the public operations of the contract were found");
        assertEquals(List.of(), failures);
    }

    /**
     * The FHIR directory publishes professional data (providers' names and ids, clinics' addresses and
     * contacts: docs/fhir.md), so its searches are scanned for what is patients': their PHNs, names and ids.
     * Reads by id answer the same resources as the searches.
     */
    private static int scanFhirDirectory(ContractOperations.Operation op, List<String> patientSecrets,
            List<String> failures) {
        if (op.path().contains("{")) {
            return 0;
        }
        Response response = Api.publicly().request(op.method(), "/api/v1" + op.path());
        assertEquals(200, response.statusCode(), op.id() + " " + response.asString());
        String body = response.asString();
        for (String secret : patientSecrets) {
            if (body.toLowerCase().contains(secret.toLowerCase())) {
                failures.add(op.id() + ": contains " + secret);
            }
        }
        return 1;
    }

    /** The scan finds what it looks for, so the test above can fail. */
    @Test
    void theScanFindsAPhnAnIdANameAndAnEmail() {
        List<String> failures = new ArrayList<>();
        scan("self-check", "{\"a\": \"9876543210\", \"b\": \"" + UUID.randomUUID() + "\", \"c\": \"Quillonax\", "
                + "\"d\": \"pat@example.org\"}", List.of("Quillonax"), Set.of(), failures);
        assertEquals(4, failures.size(), failures.toString());
    }

    /**
     * The answer without the areas' names: they are the community feature's public names (those of test
     * communities hold random UUIDs and digits), the one free text of a public answer.
     */
    private static String withoutAreaNames(String body, String format) {
        if (format.equals("csv")) {
            StringBuilder out = new StringBuilder();
            try {
                for (var record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(body))) {
                    var row = new java.util.LinkedHashMap<>(record.toMap());
                    row.remove("name");
                    out.append(row.values()).append('\n');
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toString();
        }
        try {
            var json = JSON.readTree(body);
            json.findParents("area").forEach(parent -> ((ObjectNode) parent.get("area")).remove("name"));
            return json.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void scan(String what, String body, List<String> secrets, Set<String> communityIds,
            List<String> failures) {
        for (String secret : secrets) {
            if (body.toLowerCase().contains(secret.toLowerCase())) {
                failures.add(what + ": contains " + secret);
            }
        }
        Matcher ids = UUID_TEXT.matcher(body);
        while (ids.find()) {
            if (!communityIds.contains(ids.group().toLowerCase())) {
                failures.add(what + ": an id that is no community's: " + ids.group());
            }
        }
        // a community id's hex may hold 10 digits in a row: the ids were checked above
        Matcher digits = TEN_DIGITS.matcher(UUID_TEXT.matcher(body).replaceAll(""));
        if (digits.find()) {
            failures.add(what + ": a 10-digit number (a PHN?) " + digits.group());
        }
        if (EMAIL.matcher(body).find()) {
            failures.add(what + ": an email address");
        }
    }
}
