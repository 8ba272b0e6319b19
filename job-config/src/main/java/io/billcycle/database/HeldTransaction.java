package io.billcycle.database;

import org.apache.ibatis.session.SqlSession;

/**
 * A transaction kept open on a connection of its own for what it holds: PostgreSQL's transaction-scoped advisory
 * locks (a launch's, a partition's). Closing it rolls back, which lets the locks go; so does the process dying, since
 * the server ends the transaction of a connection that closes.
 */
public final class HeldTransaction implements AutoCloseable {

    private final SqlSession session;

    private HeldTransaction(SqlSession session) {
        this.session = session;
    }

    /** Holds {@code session}'s transaction until closed. */
    public static HeldTransaction of(SqlSession session) {
        return new HeldTransaction(session);
    }

    /** Ends {@code session}'s transaction and gives its connection back. */
    public static void release(SqlSession session) {
        try {
            session.rollback(true);
        } finally {
            session.close();
        }
    }

    @Override
    public void close() {
        release(session);
    }
}
