package io.billcycle.operations;


import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.database.HeldTransaction;

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

    public HeldTransaction acquire(String job, LocalDate date, String org) {
        return acquire(job, date, java.util.Collections.singletonList(org));
    }

    /**
     * Takes the locks of {@code job} and {@code date} for every organization in {@code orgs} (null: the run over all),
     * all or none: a launch for several organizations either owns all of them or is refused, naming the busy ones, so
     * two launches at the same moment end with one running and the other refused, never each with half the work.
     */
    public HeldTransaction acquire(String job, LocalDate date, List<String> orgs) {
        String[] keys = orgs.stream().map(org -> "billcycle:" + job + ":" + date + ":" + (org == null ? "*" : org))
                .toArray(String[]::new);
        SqlSession session = sessions.openSession(false);
        try {
            List<String> busy = session.getMapper(LaunchLockMapper.class).tryLocks(keys);
            if (!busy.isEmpty()) {
                List<String> busyOrgs = busy.stream().map(key -> key.substring(key.lastIndexOf(':') + 1))
                        .filter(org -> !org.equals("*")).toList();
                throw new ActionRefusedException(job + " for " + date + (busyOrgs.isEmpty() ? ""
                        : " (org " + String.join(", ", busyOrgs) + ")") + " is already running in another process; refused");
            }
            return HeldTransaction.of(session);
        } catch (RuntimeException e) {
            HeldTransaction.release(session);
            throw e;
        }
    }
}
