package org.openpas.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.TestData;

/** Another API instance's change to a community reaches this instance's cache, without a restart. */
@QuarkusTest
class CommunityCacheSyncTest {

    @Inject
    AgroalDataSource dataSource;

    /**
     * What another instance's update does in the database: the new row and, with {@code announce}, the
     * notification at commit. Plain JDBC, because a native update through Hibernate here would clear this
     * instance's cache itself.
     */
    void renamedElsewhere(String id, String name, boolean announce) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update community set name = ?, version = version + 1 where id = ?");
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            connection.setAutoCommit(false);
            update.setString(1, name);
            update.setObject(2, UUID.fromString(id));
            update.executeUpdate();
            if (announce) {
                notify.setString(1, CommunityCacheSync.CHANNEL);
                notify.setString(2, id);
                notify.execute();
            }
            connection.commit();
        }
    }

    private static String nameOf(String id) {
        return Api.as(ADMIN, Roles.ADMIN).get("/api/v1/communities/" + id).then().statusCode(200)
                .extract().path("name");
    }

    @Test
    void aChangeAnnouncedByAnotherInstanceIsReadHereWithinSeconds() throws InterruptedException, SQLException {
        String id = TestData.newCommunity();
        String cached = nameOf(id);
        // Without the notification this instance keeps serving its cached copy: the cache is real.
        renamedElsewhere(id, "Renamed quietly " + UUID.randomUUID(), false);
        assertEquals(cached, nameOf(id), "served from the second-level cache");
        String announced = "Renamed elsewhere " + UUID.randomUUID();
        renamedElsewhere(id, announced, true);
        String seen = nameOf(id);
        for (int tries = 0; tries < 50 && !seen.equals(announced); tries++) {
            Thread.sleep(100);
            seen = nameOf(id);
        }
        assertEquals(announced, seen, "evicted on the notification, then read again from the database");
    }
}
