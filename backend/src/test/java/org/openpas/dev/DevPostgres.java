package org.openpas.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * For {@code make run} on a machine without a PostgreSQL server: starts an embedded PostgreSQL
 * (real binaries from Maven Central) on 127.0.0.1, keeps its data in the given directory between
 * runs, creates the {@code pas} role and database, and runs until it is stopped.
 *
 * <p>Arguments: data directory, port.
 */
public final class DevPostgres {

    public static void main(String[] args) throws Exception {
        File dataDir = new File(args.length > 0 ? args[0] : "../.cache/pgdata");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5433;
        dataDir.getParentFile().mkdirs();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = 'pas'")) {
                if (!role.next()) {
                    s.execute("create role pas login password 'pas'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = 'pas'")) {
                if (!db.next()) {
                    s.execute("create database pas owner pas");
                }
            }
        }
        System.out.println("PostgreSQL ready: jdbc:postgresql://127.0.0.1:" + port + "/pas (data in " + dataDir + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    private DevPostgres() {
    }
}
