package io.billcycle.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import io.billcycle.database.DatabaseServer;
import io.billcycle.operations.Reasons;
import io.billcycle.operations.RunSummary;

/**
 * Exit codes, as documented in the README, and the one line that says why:
 * 0 success (also: already completed, nothing to do); 1 a job failed or an action was refused;
 * 2 usage error (unknown option, bad value, bad setting); 3 the database or the broker cannot be reached.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    private ExitCodes() {
    }

    public static int of(Throwable failure) {
        if (databaseUnreachable(failure) != null || brokerUnreachable(failure) != null) {
            return UNREACHABLE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a job's parameters refused by its validator (a missing or malformed job option) are the caller's mistake
            if (t instanceof UsageException || t instanceof BindException
                    || t instanceof org.springframework.batch.core.job.parameters.InvalidJobParametersException) {
                return USAGE;
            }
        }
        return FAILED;
    }

    /** The exit code of a run; one that did not complete says why on {@code err}, in one line. */
    public static int ofRun(JobExecution execution, RunSummary summary, PrintWriter err) {
        String outcome = summary.outcome(execution);
        if (outcome == null) {
            return OK;
        }
        err.println("error: " + outcome);
        return FAILED;
    }

    /** The exit code of several runs: 1 when any did not complete, each saying why in its line. */
    public static int ofRuns(List<JobExecution> executions, RunSummary summary, PrintWriter err) {
        int code = OK;
        for (JobExecution execution : executions) {
            code = Math.max(code, ofRun(execution, summary, err));
        }
        return code;
    }

    /** One line saying what went wrong, without a stack trace or a Java class name. */
    public static String message(Throwable failure) {
        Throwable unreachable = databaseUnreachable(failure);
        if (unreachable != null) {
            return "database unreachable: " + Reasons.clean(String.valueOf(unreachable.getMessage()));
        }
        Throwable noBroker = brokerUnreachable(failure);
        if (noBroker != null) {
            return Reasons.clean(String.valueOf(noBroker.getMessage()));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UsageException || t instanceof ActionRefusedException) {
                return t.getMessage();
            }
            if (t instanceof BindException bind) {
                return setting(bind);
            }
            if (t instanceof SQLException sql && "42P01".equals(sql.getSQLState())) {
                return "the database schema is not migrated (" + Reasons.clean(String.valueOf(sql.getMessage())).replaceFirst("^ERROR: ", "")
                        + "); run: billcycle db migrate";
            }
        }
        return reason(failure);
    }

    /** The most specific reason in a chain of causes, as a person reads it: no class names, one line. */
    public static String reason(Throwable failure) {
        return Reasons.of(failure);
    }

    /** "setting billcycle.chunk-size (from System Environment Property "BILLCYCLE_CHUNK_SIZE") must be ..., got 'abc'". */
    static String setting(BindException bind) {
        var property = bind.getProperty();
        String name = bind.getName().toString();
        String origin = property != null && property.getOrigin() != null ? " (from " + originOf(property.getOrigin()) + ")" : "";
        String value = property != null ? ", got '" + property.getValue() + "'" : "";
        Throwable cause = bind.getCause();
        if (cause instanceof ConversionFailedException conversion) {
            Class<?> type = conversion.getTargetType().getObjectType();
            String expected = Number.class.isAssignableFrom(type) ? "a whole number"
                    : type == Boolean.class ? "true or false" : "a " + type.getSimpleName();
            return "setting " + name + origin + " must be " + expected + value;
        }
        String why = cause == null ? "is not valid" : reason(cause);
        // a settings record's own check names the setting and the value itself
        return why.startsWith(name + ".") ? "setting " + why : "setting " + name + origin + ": " + why + value;
    }

    /** Where a setting came from, as the operator set it: an environment variable, a -D option, a file and line. */
    static String originOf(Origin origin) {
        if (origin instanceof SystemEnvironmentOrigin environment) {
            return "environment variable " + environment.getProperty();
        }
        if (origin instanceof PropertySourceOrigin source && "systemProperties".equals(source.getPropertySource().getName())) {
            return "-D" + source.getPropertyName();
        }
        // the environment's origin can come wrapped; its text still names the variable
        return origin.toString().replaceFirst("^System Environment Property \"(.+)\"$", "environment variable $1");
    }

    private static Throwable brokerUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.billcycle.workers.Broker.BrokerUnreachableException) {
                return t;
            }
        }
        return null;
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
