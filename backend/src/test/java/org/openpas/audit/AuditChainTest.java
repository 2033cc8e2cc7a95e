package org.openpas.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Race;

/**
 * The audit trail's hash chain (migration V13.0.0, docs/security.md "The audit chain"): it verifies
 * when intact, also after concurrent writers; each hash is the documented canonical form's; and a row
 * changed, deleted or slipped in by the database owner, triggers disabled, is named as the first
 * broken link.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    EntityManager em;

    @Test
    void anIntactChainVerifiesAndCountsEveryEvent() {
        Api.as(UUID.randomUUID().toString(), Roles.PATIENT).get("/api/v1/audit-events").then().statusCode(403);
        JsonPath check = verification();
        assertTrue(check.getBoolean("verified"), check.prettify());
        assertEquals(count("select count(*) from audit_event"), check.getLong("events"));
        assertEquals(text("select hash from audit_chain_head"), check.getString("lastHash"));
        assertNull(check.get("firstBrokenEventId"));
    }

    @Test
    void concurrentWritersMakeOneChain() throws Exception {
        long before = count("select count(*) from audit_chain");
        List<Callable<Integer>> refusals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            refusals.add(() -> Api.as(UUID.randomUUID().toString(), Roles.PATIENT).get("/api/v1/audit-events").statusCode());
        }
        assertTrue(Race.run(refusals, 8).stream().allMatch(status -> status == 403));
        assertEquals(before + 40, count("select count(*) from audit_chain"));
        assertEquals(count("select max(seq) from audit_chain"), count("select count(*) from audit_chain"));
        assertTrue(verification().getBoolean("verified"));
    }

    @Test
    void eachHashIsTheDocumentedCanonicalForm() throws Exception {
        UUID id = insertEvent("two lines\nand accents: é, ✓, 中");
        AuditEvent event = QuarkusTransaction.requiringNew().call(() -> em.find(AuditEvent.class, id));
        long seq = count("select seq from audit_chain where event_id = '" + id + "'");
        String prev = text("select prev_hash from audit_chain where event_id = '" + id + "'");
        assertEquals(text("select hash from audit_chain where event_id = '" + id + "'"), documentedHash(event, seq, prev));
        assertEquals(text("select hash from audit_chain where seq = " + (seq - 1)), prev);
    }

    @Test
    void anEventChangedByTheDatabaseOwnerIsTheFirstBrokenLink() {
        UUID id = insertEvent("the original detail");
        long position = count("select seq from audit_chain where event_id = '" + id + "'");
        insertEvent("a later event, still linked");
        asOwnerWithoutTriggers("audit_event_no_update_or_delete",
                "update audit_event set detail = 'rewritten' where id = '" + id + "'");
        try {
            JsonPath check = verification();
            assertFalse(check.getBoolean("verified"));
            assertEquals(id.toString(), check.getString("firstBrokenEventId"));
            assertEquals(position, check.getLong("position"));
            assertTrue(check.getString("reason").contains("changed"), check.getString("reason"));
            assertNull(check.get("lastHash"));
        } finally {
            asOwnerWithoutTriggers("audit_event_no_update_or_delete",
                    "update audit_event set detail = 'the original detail' where id = '" + id + "'");
        }
        assertTrue(verification().getBoolean("verified"), "restored, the chain verifies again");
    }

    @Test
    void anEventDeletedOrSlippedInIsFound() {
        UUID deleted = insertEvent("to be deleted");
        long position = count("select seq from audit_chain where event_id = '" + deleted + "'");
        Object[] afterDelete = rolledBack(() -> {
            em.createNativeQuery("alter table audit_event disable trigger audit_event_no_update_or_delete").executeUpdate();
            em.createNativeQuery("delete from audit_event where id = '" + deleted + "'").executeUpdate();
            return verifyInDatabase();
        });
        assertEquals(false, afterDelete[0]);
        assertEquals(deleted, afterDelete[1]);
        assertEquals(position, ((Number) afterDelete[2]).longValue());
        assertEquals("its event was deleted", afterDelete[3]);

        UUID slipped = UUID.randomUUID();
        Object[] afterInsert = rolledBack(() -> {
            em.createNativeQuery("alter table audit_event disable trigger audit_event_chained").executeUpdate();
            em.createNativeQuery("insert into audit_event (id, action, resource_type, outcome) values ('" + slipped
                    + "', 'PATIENT_READ', 'PATIENT', 'SUCCESS')").executeUpdate();
            return verifyInDatabase();
        });
        assertEquals(false, afterInsert[0]);
        assertEquals(slipped, afterInsert[1]);
        assertNull(afterInsert[2]);
        assertTrue(((String) afterInsert[3]).contains("in no link"));

        Object[] afterTruncatedEnd = rolledBack(() -> {
            em.createNativeQuery("alter table audit_chain disable trigger audit_chain_no_update_or_delete").executeUpdate();
            em.createNativeQuery("delete from audit_chain where seq = (select max(seq) from audit_chain)").executeUpdate();
            return verifyInDatabase();
        });
        assertEquals(false, afterTruncatedEnd[0]);
        assertTrue(((String) afterTruncatedEnd[3]).contains("removed from its end"), (String) afterTruncatedEnd[3]);
        assertTrue(verification().getBoolean("verified"), "all rolled back, the chain verifies");
    }

    @Test
    void theChainIsMovedOnlyByWritingEvents() {
        for (String statement : List.of("update audit_chain set hash = repeat('0', 64)", "delete from audit_chain",
                "update audit_chain_head set seq = seq + 1", "delete from audit_chain_head")) {
            assertThrows(RuntimeException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate()), statement);
        }
        assertTrue(verification().getBoolean("verified"));
    }

    /**
     * docs/security.md, "The audit chain", written again here: each field "name=" + "<UTF-8 length>:<value>"
     * (or "-" for null) + "\n", after the line "pas-audit-v1"; SHA-256 of the UTF-8 bytes, lower-case hex.
     */
    static String documentedHash(AuditEvent e, long seq, String prevHash) throws Exception {
        String occurredAt = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC)
                .format(e.occurredAt);
        String[][] fields = {{"seq", Long.toString(seq)}, {"prev_hash", prevHash}, {"id", e.id.toString()},
                {"occurred_at", occurredAt}, {"actor_subject", e.actorSubject}, {"actor_roles", e.actorRoles},
                {"on_behalf_of_provider_id", e.onBehalfOfProviderId == null ? null : e.onBehalfOfProviderId.toString()},
                {"action", e.action}, {"operation", e.operation}, {"resource_type", e.resourceType},
                {"resource_id", e.resourceId}, {"patient_id", e.patientId == null ? null : e.patientId.toString()},
                {"outcome", e.outcome}, {"http_status", e.httpStatus == null ? null : e.httpStatus.toString()},
                {"request_id", e.requestId}, {"instance", e.instance}, {"detail", e.detail}};
        StringBuilder canonical = new StringBuilder("pas-audit-v1\n");
        for (String[] field : fields) {
            String value = field[1] == null ? "-"
                    : field[1].getBytes(StandardCharsets.UTF_8).length + ":" + field[1];
            canonical.append(field[0]).append('=').append(value).append('\n');
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static JsonPath verification() {
        return Api.as(ADMIN, Roles.ADMIN).get("/api/v1/audit-events/verification").then().statusCode(200).extract().jsonPath();
    }

    /** An event as any writer of the table makes one (the chain trigger links it at commit). */
    private UUID insertEvent(String detail) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into audit_event (id, actor_subject, actor_roles, action, resource_type, resource_id, outcome,
                    http_status, detail)
                values (:id, 'chain-test', 'admin', 'PATIENT_READ', 'PATIENT', :id, 'SUCCESS', 200, :detail)""")
                .setParameter("id", id).setParameter("detail", detail).executeUpdate());
        return id;
    }

    /** What the database owner can do: switch the guard off, change the table, switch it on again. */
    private void asOwnerWithoutTriggers(String trigger, String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table audit_event disable trigger " + trigger).executeUpdate();
            em.createNativeQuery(statement).executeUpdate();
            em.createNativeQuery("alter table audit_event enable trigger " + trigger).executeUpdate();
        });
    }

    private Object[] verifyInDatabase() {
        return (Object[]) em.createNativeQuery(
                "select verified, first_broken_event_id, broken_position, reason from audit_chain_verify()").getSingleResult();
    }

    /** Tampering that is undone: the work and its check in one transaction, rolled back. */
    private <T> T rolledBack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                result.set(work.get());
                throw new Undo();
            });
        } catch (RuntimeException e) {
            if (!(e instanceof Undo) && !(e.getCause() instanceof Undo)) {
                throw e;
            }
        }
        return result.get();
    }

    private static final class Undo extends RuntimeException {
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult().toString());
    }
}
