package io.billcycle.cli;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.database.DatabaseServer;
import io.billcycle.batch.UsageException;

/**
 * Exit codes, as documented in the README:
 * 0 success (also: already completed, nothing to do); 1 a job failed or an action was refused;
 * 2 usage error (unknown option, bad value); 3 the database cannot be reached.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE_UNREACHABLE = 3;

    private ExitCodes() {
    }

    public static int of(Throwable failure) {
        if (databaseUnreachable(failure) != null) {
            return DATABASE_UNREACHABLE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UsageException) {
                return USAGE;
            }
        }
        return FAILED;
    }

    /** One line saying what went wrong, without a stack trace. */
    public static String message(Throwable failure) {
        Throwable unreachable = databaseUnreachable(failure);
        if (unreachable != null) {
            return "database unreachable: " + unreachable.getMessage();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UsageException || t instanceof ActionRefusedException) {
                return t.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.replaceAll("\\s+", " ").trim();
    }

    private static Throwable databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseServer.EmbeddedDatabaseException) {
                return t;
            }
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || t instanceof CannotGetJdbcConnectionException) {
                return deepest(t);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return t;
            }
        }
        return null;
    }

    private static Throwable deepest(Throwable t) {
        while (t.getCause() != null && t.getCause() != t && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        return t;
    }
}
