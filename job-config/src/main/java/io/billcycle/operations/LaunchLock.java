package io.billcycle.operations;

import java.time.LocalDate;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.billcycle.batch.ActionRefusedException;

/**
 * One launch at a time per (job, date, organization), whichever process launches it. The lock is a PostgreSQL
 * advisory lock held in an open transaction on a connection of its own for the whole run; it goes away with that
 * transaction, so a crashed process can never leave it behind. Holding it also proves that an execution the
 * repository still shows as running belongs to a process that is gone.
 */
@Component
public class LaunchLock {

    private final SqlSessionFactory sessions;

    public LaunchLock(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    public Held acquire(String job, LocalDate date, String org) {
        String key = "billcycle:" + job + ":" + date + ":" + (org == null ? "*" : org);
        SqlSession session = sessions.openSession(false);
        try {
            if (!session.getMapper(LaunchLockMapper.class).tryLock(key)) {
                throw new ActionRefusedException(job + " for " + date + (org == null ? "" : " (org " + org + ")")
                        + " is already running in another process; refused");
            }
            return new Held(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A held lock; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final SqlSession session;

        private Held(SqlSession session) {
            this.session = session;
        }

        @Override
        public void close() {
            try {
                session.rollback(true);
            } finally {
                session.close();
            }
        }
    }
}
