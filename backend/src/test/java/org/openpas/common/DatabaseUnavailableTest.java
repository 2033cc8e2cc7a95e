package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A lost database connection is a retryable 503, anything else stays a 500. (make faults shows it
 * end to end: PostgreSQL restarted under load.)
 */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAreRecognisedAnywhereInTheCauseChain() {
        assertTrue(ProblemMapper.databaseUnreachable(new RuntimeException(
                new org.hibernate.exception.JDBCConnectionException("gone", new SQLException("refused", "08001")))));
        assertTrue(ProblemMapper.databaseUnreachable(new IllegalStateException(new SQLException("terminating", "57P01"))));
        assertTrue(ProblemMapper.databaseUnreachable(new java.sql.SQLTransientConnectionException("pool timeout")));
        assertFalse(ProblemMapper.databaseUnreachable(new SQLException("syntax", "42601")));
        assertFalse(ProblemMapper.databaseUnreachable(new NullPointerException()));
    }
}
