package org.openpas.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.openpas.common.Phn;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Tokens;

/**
 * What panel tests need: providers inserted straight into the database (independent of the provider
 * API), valid random PHNs, multipart uploads and polling of submissions.
 */
@ApplicationScoped
public class PanelFixtures {

    public static final String HEADER = "phn,surname,given_names,date_of_birth,gender,postal_code\n";

    /**
     * Validates uploads against the contract (path, parameters, headers, the response) except the
     * multipart body itself: the REST Assured adapter of the validator does not see multipart bodies.
     */
    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(
                    Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** A provider signed in as {@code subject}: their id and subject. */
    public record TestProvider(String id, String subject) {
        public RequestSpecification api() {
            return Api.as(subject, Roles.PROVIDER);
        }

        public String panel() {
            return "/api/v1/providers/" + id + "/panel";
        }
    }

    private final EntityManager em;

    public PanelFixtures(EntityManager em) {
        this.em = em;
    }

    /** A new provider with a fresh subject, MSP number and email. */
    @Transactional
    public TestProvider provider() {
        UUID id = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        em.createNativeQuery("""
                insert into provider (id, subject, name, type, msp_number, email)
                select ?1, ?2, ?3, 'FAMILY_PHYSICIAN',
                       lpad(cast(coalesce(max(cast(msp_number as int)), 90000) + 1 as varchar), 5, '0'), ?4
                from provider where msp_number ~ '^9[0-9]{4}$'""")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, "Dr. Panel " + id.toString().substring(0, 8))
                .setParameter(4, "panel-" + id + "@test.example")
                .executeUpdate();
        return new TestProvider(id.toString(), subject);
    }

    /** A submission stored as an upload leaves it: RECEIVED, with its file, claimed by no instance yet. */
    @Transactional
    public String storedSubmission(TestProvider provider, String csv) {
        return storedSubmission(provider, csv, null, 0, 0);
    }

    /**
     * A submission that {@code claimedBy} is applying ({@code attempts} times claimed so far), whose lease
     * ends {@code leaseSeconds} from now (negative: expired, as when its holder died).
     */
    @Transactional
    public String storedSubmission(TestProvider provider, String csv, String claimedBy, int leaseSeconds, int attempts) {
        UUID id = UUID.randomUUID();
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        em.createNativeQuery("""
                insert into panel_submission (id, provider_id, file_name, file_size_bytes, file_sha256, mode, source,
                    status, submitted_by_subject, submitted_by_roles, claimed_by, lease_until, attempts)
                values (?1, ?2, 'stored.csv', ?3, 'x', 'ALL_OR_NOTHING', 'DR_BILL', ?4, ?5, 'provider', cast(?6 as varchar),
                    case when cast(?6 as varchar) is null then null
                         else now() + make_interval(secs => cast(?7 as double precision)) end, ?8)""")
                .setParameter(1, id).setParameter(2, UUID.fromString(provider.id())).setParameter(3, file.length)
                .setParameter(4, claimedBy == null ? "RECEIVED" : "PROCESSING").setParameter(5, provider.subject())
                .setParameter(6, claimedBy).setParameter(7, (double) leaseSeconds).setParameter(8, attempts)
                .executeUpdate();
        em.createNativeQuery("insert into panel_submission_file (submission_id, content) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, file)
                .executeUpdate();
        return id.toString();
    }

    /** Ends the lease on a submission now, as when the instance holding it died long enough ago. */
    @Transactional
    public void expireLease(String submissionId) {
        em.createNativeQuery("update panel_submission set lease_until = now() - interval '1 second' where id = ?1")
                .setParameter(1, UUID.fromString(submissionId)).executeUpdate();
    }

    /** Who holds the submission, its status and how often it was claimed, as stored. */
    public record Lease(String claimedBy, String status, int attempts, boolean fileStored) {
    }

    @Transactional
    public Lease lease(String submissionId) {
        jakarta.persistence.Tuple row = (jakarta.persistence.Tuple) em.createNativeQuery("""
                select claimed_by, status, attempts,
                       exists (select 1 from panel_submission_file f where f.submission_id = s.id) as stored
                from panel_submission s where id = ?1""", jakarta.persistence.Tuple.class)
                .setParameter(1, UUID.fromString(submissionId)).getSingleResult();
        return new Lease(row.get("claimed_by", String.class), row.get("status", String.class),
                row.get("attempts", Number.class).intValue(), row.get("stored", Boolean.class));
    }

    /** How many result rows and how many apply audit events a submission has. */
    @Transactional
    public long[] resultRowsAndApplyEvents(String submissionId) {
        UUID id = UUID.fromString(submissionId);
        long rows = ((Number) em.createNativeQuery("select count(*) from panel_submission_row where submission_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        long events = ((Number) em.createNativeQuery("""
                select count(*) from audit_event
                where action = 'PANEL_SUBMISSION_APPLY' and resource_id = ?1""")
                .setParameter(1, submissionId).getSingleResult()).longValue();
        return new long[] {rows, events};
    }

    /**
     * Panel-file PHNs: the lower half of the range (registration tests use the upper half), in sequence from
     * a random start, never repeated in a run. (Random PHNs collided now and then: a row whose patient is
     * already on another provider's panel is rightly not applied, and a race test counted 1 498 of 1 500.)
     */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(40_000_000));

    public static String phn() {
        while (true) {
            String phn = Phn.withCheckDigit("%08d".formatted(NEXT.getAndIncrement()));
            if (phn != null) {
                return phn;
            }
        }
    }

    public static String memberJson(String phn, String family, String given, String born) {
        return """
                {"phn": "%s", "familyName": "%s", "givenNames": "%s", "dateOfBirth": "%s", "gender": "FEMALE",
                 "postalCode": "V5K 0A1"}""".formatted(phn, family, given, born);
    }

    /** A contract-checked multipart upload as {@code subject} (no JSON content type). */
    public static RequestSpecification upload(String subject, String role, String csv, String mode) {
        return upload(subject, role, csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    public static RequestSpecification upload(String subject, String role, byte[] file, String mode) {
        return given().filter(CONTRACT)
                .header("Authorization", Tokens.bearer(subject, role))
                .multiPart("file", "panel.csv", file, "text/csv")
                .multiPart("mode", mode)
                .multiPart("source", "TELEPLAN");
    }

    /** Uploads and waits for the submission to finish; returns its final state. */
    public static ValidatableResponse uploadAndWait(TestProvider provider, String csv, String mode) {
        String location = upload(provider.subject(), Roles.PROVIDER, csv, mode)
                .when().post(provider.panel() + "/submissions")
                .then().statusCode(202).extract().header("Location");
        return await(provider, location.substring(location.indexOf("/api/v1/")));
    }

    public static ValidatableResponse await(TestProvider provider, String path) {
        for (int i = 0; i < 200; i++) {
            ValidatableResponse response = provider.api().when().get(path).then().statusCode(200);
            String status = response.extract().path("status");
            if (!status.equals("RECEIVED") && !status.equals("PROCESSING")) {
                return response;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("The submission did not finish in 20 s: " + path);
        return null;
    }
}
