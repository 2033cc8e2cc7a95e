package org.openpas.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.openpas.patient.Patient;

/**
 * The set-based SQL of panel files: each statement handles a whole file (or a chunk of it) in one
 * round trip, passing columns as arrays to {@code unnest}. Runs in the caller's transaction. Lists are
 * joined as {@code unnest(?)} rather than filtered with {@code = any(?)}: with a bound array the
 * planner may scan the table and search the array once per row (20 000 × 100 000 comparisons).
 */
@ApplicationScoped
public class PanelBulk {

    /** A patient already known, with the provider whose panel they are on (null when on none). */
    record Known(UUID patientId, String familyName, String givenNames, LocalDate dateOfBirth, UUID providerId) {
        boolean isSamePerson(String family, String given, LocalDate born) {
            return Patient.sameName(familyName, family) && Patient.sameName(givenNames, given)
                    && dateOfBirth.equals(born);
        }
    }

    /** A current member of a panel. */
    record Member(UUID patientId, String phn, String familyName, String source, Instant addedAt) {
    }

    /** One line of results. */
    record Result(int seq, Integer rowNumber, String phn, String familyName, String result,
            List<PanelSubmissionRow.Error> errors, UUID patientId) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    public PanelBulk(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Serialises changes to one provider's panel until the transaction ends (files, adds and removals). */
    public void lockPanel(UUID providerId) {
        execute("select pg_advisory_xact_lock(?)",
                (c, s) -> s.setLong(1, providerId.getMostSignificantBits() ^ providerId.getLeastSignificantBits()));
    }

    void storeFile(UUID submissionId, byte[] content) {
        execute("insert into panel_submission_file (submission_id, content) values (?, ?)", (c, s) -> {
            s.setObject(1, submissionId);
            s.setBytes(2, content);
        });
    }

    /** The stored file, or null when it is gone (processed already). */
    byte[] file(UUID submissionId) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select content from panel_submission_file where submission_id = ?")) {
                s.setObject(1, submissionId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
    }

    void deleteFile(UUID submissionId) {
        execute("delete from panel_submission_file where submission_id = ?", (c, s) -> s.setObject(1, submissionId));
    }

    /** The patients with these PHNs, by PHN, in one query. */
    Map<String, Known> known(List<String> phns) {
        return work(c -> {
            Map<String, Known> known = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select p.phn, p.id, p.family_name, p.given_names, p.date_of_birth, m.provider_id
                    from unnest(?::text[]) as f(phn)
                    join patient p on p.phn = f.phn
                    left join panel_member m on m.patient_id = p.id""")) {
                s.setArray(1, c.createArrayOf("text", phns.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        known.put(r.getString(1), new Known(r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                                r.getObject(5, LocalDate.class), r.getObject(6, UUID.class)));
                    }
                }
            }
            return known;
        });
    }

    /** The provider's whole panel, in one query. */
    List<Member> panel(UUID providerId) {
        return work(c -> {
            List<Member> members = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select m.patient_id, p.phn, p.family_name, m.source, m.added_at
                    from panel_member m join patient p on p.id = m.patient_id
                    where m.provider_id = ?""")) {
                s.setObject(1, providerId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        members.add(new Member(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                                r.getTimestamp(5).toInstant()));
                    }
                }
            }
            return members;
        });
    }

    void insertMembers(UUID providerId, String source, UUID submissionId, String subject, LocalDate since,
            List<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return;
        }
        execute("""
                insert into panel_member (patient_id, provider_id, since, source, submission_id, added_by_subject)
                select id, ?, ?, ?, ?, ? from unnest(?::uuid[]) as id""", (c, s) -> {
                    s.setObject(1, providerId);
                    s.setObject(2, since);
                    s.setString(3, source);
                    s.setObject(4, submissionId);
                    s.setString(5, subject);
                    s.setArray(6, text(c, patientIds, UUID::toString));
                });
    }

    /** Ends these memberships of the provider's panel and records why, in one statement; returns how many ended. */
    int removeMembers(UUID providerId, List<UUID> patientIds, String reason, UUID submissionId, String subject) {
        if (patientIds.isEmpty()) {
            return 0;
        }
        return execute("""
                with gone as (
                    delete from panel_member m using unnest(?::uuid[]) as g(id)
                    where m.provider_id = ? and m.patient_id = g.id
                    returning m.patient_id, m.provider_id, m.since, m.source, m.added_at)
                insert into panel_member_removal
                    (id, patient_id, provider_id, since, source, added_at, reason, submission_id, removed_by_subject)
                select gen_random_uuid(), patient_id, provider_id, since, source, added_at, ?, ?, ? from gone""",
                (c, s) -> {
                    s.setArray(1, text(c, patientIds, UUID::toString));
                    s.setObject(2, providerId);
                    s.setString(3, reason);
                    s.setObject(4, submissionId);
                    s.setString(5, subject);
                });
    }

    void insertResults(UUID submissionId, List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        execute("""
                insert into panel_submission_row (submission_id, seq, row_number, phn, family_name, result, errors, patient_id)
                select ?, * from unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::uuid[])""",
                (c, s) -> {
                    s.setObject(1, submissionId);
                    s.setArray(2, c.createArrayOf("int4", results.stream().map(Result::seq).toArray()));
                    s.setArray(3, c.createArrayOf("int4", results.stream().map(Result::rowNumber).toArray()));
                    s.setArray(4, text(c, results, Result::phn));
                    s.setArray(5, text(c, results, Result::familyName));
                    s.setArray(6, text(c, results, Result::result));
                    s.setArray(7, text(c, results, r -> r.errors().isEmpty() ? null : toJson(r.errors())));
                    s.setArray(8, text(c, results, r -> r.patientId() == null ? null : r.patientId().toString()));
                });
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Array text(Connection c, List<T> items, java.util.function.Function<T, String> column)
            throws SQLException {
        String[] values = new String[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(items.get(i));
        }
        return c.createArrayOf("text", values);
    }

    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    /** Runs one statement with its parameters bound; returns the update count (-1 for a query). */
    private int execute(String sql, Binder binder) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(c, s);
                return s.execute() ? -1 : s.getUpdateCount();
            }
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
