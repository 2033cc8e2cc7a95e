package org.openpas.common;

import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * A transaction that reads, and writes nothing but its audit event: what it loads is neither copied for nor compared
 * at the commit's flush (read-only), and its queries do not look for changes to flush first (flush at commit only).
 * A fast read's profile showed both (docs/performance.md, "Per-request cost").
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** Call first in the read's transaction; the session ends with it. */
    public static void reads(Session session) {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.COMMIT);
    }
}
