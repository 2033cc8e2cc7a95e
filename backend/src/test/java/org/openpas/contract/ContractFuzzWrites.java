package org.openpas.contract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Notes, while the fuzzer runs, every committed row written to the domain tables (row triggers into an
 * unlogged log table), so that each answer can be checked: a refused request wrote nothing. The audit
 * trail and the notification outbox are left out: refused attempts are audited by design. The
 * triggers are dropped again at the end, so the other tests never see them.
 */
final class ContractFuzzWrites implements AutoCloseable {

    static final List<String> DOMAIN_TABLES = List.of("community", "community_coordinator", "clinic", "clinic_hours",
            "clinic_staff", "provider", "provider_capacity", "patient", "panel_member", "panel_member_removal",
            "panel_submission", "panel_submission_row", "waitlist_entry", "waitlist_transition", "duplicate_candidate",
            "endorsement");

    private final DataSource db;
    private final List<String> watched = new ArrayList<>();

    ContractFuzzWrites(DataSource db) throws SQLException {
        this.db = db;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create unlogged table if not exists fuzz_write (id bigserial primary key, tbl text not null, op text not null)");
            s.execute("""
                    create or replace function fuzz_note_write() returns trigger language plpgsql as $$
                    begin insert into fuzz_write (tbl, op) values (TG_TABLE_NAME, TG_OP); return null; end $$""");
            for (String table : DOMAIN_TABLES) {
                try (ResultSet exists = s.executeQuery("select to_regclass('" + table + "') is not null")) {
                    exists.next();
                    if (!exists.getBoolean(1)) {
                        continue;
                    }
                }
                s.execute("drop trigger if exists fuzz_write on " + table);
                s.execute("create trigger fuzz_write after insert or update or delete on " + table
                        + " for each row execute function fuzz_note_write()");
                watched.add(table);
            }
        }
    }

    /** Where the log stands now. */
    long mark() {
        return query("select coalesce(max(id), 0) from fuzz_write", -1, rs -> rs.getLong(1)).get(0);
    }

    /** What was written since {@code mark}, e.g. {@code [patient UPDATE x1]}; empty when nothing. */
    List<String> since(long mark) {
        return query("select tbl || ' ' || op || ' x' || count(*) from fuzz_write where id > ? group by tbl, op order by 1", mark,
                rs -> rs.getString(1));
    }

    /** Status of a panel submission (processing continues after the 202), or null when there is none. */
    String submissionStatus(String id) {
        List<String> status = query("select status from panel_submission where id = cast(? as uuid)", id, rs -> rs.getString(1));
        return status.isEmpty() ? null : status.get(0);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Row<T> row) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (!(parameter instanceof Integer i && i == -1)) {
                s.setObject(1, parameter);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : watched) {
                s.execute("drop trigger if exists fuzz_write on " + table);
            }
            s.execute("drop function if exists fuzz_note_write()");
            s.execute("drop table if exists fuzz_write");
        }
    }
}
