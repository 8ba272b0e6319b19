package io.billcycle.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.billcycle.BillcycleApplication;
import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import picocli.CommandLine;

/**
 * Starts the application and runs one command. Every failure becomes one line on stderr and an exit code
 * ({@link ExitCodes}); {@code --verbose} adds the stack trace and the framework's own logging.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        return run(BillcycleCommand.class, Map.of(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs {@code args} against the command class {@code root} (the {@code billcycle} command, or another tool's own
     * root such as the benchmark's) with extra application properties.
     */
    public static int run(Class<?> root, Map<String, Object> properties, PrintWriter out, PrintWriter err, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            System.setProperty("logging.level.root", "INFO");
            System.setProperty("logging.level.org.springframework.batch", "INFO");
            System.setProperty("logging.level.org.springframework.boot", "INFO");
        }
        SpringApplication application = new SpringApplication(BillcycleApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // picocli owns the arguments; "--date=..." must not turn into a Spring property
        application.setAddCommandLineProperties(false);
        application.setDefaultProperties(properties);
        try (ConfigurableApplicationContext context = application.run(args)) {
            return execute(root, context, out, err, args);
        } catch (Exception e) {
            err.println("error: " + ExitCodes.message(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(e);
        }
    }

    /** Runs one {@code billcycle} command against an already started application. */
    public static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        return execute(BillcycleCommand.class, context, out, err, args);
    }

    /** Runs one command of the command class {@code root} against an already started application. */
    public static int execute(Class<?> root, ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(root, context, out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Class<?> root, ApplicationContext context, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root, context.getBean(CommandLine.IFactory.class));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // a usage error is one line and a hint, not the whole help text
        commandLine.setParameterExceptionHandler((failure, args) -> {
            CommandLine cmd = failure.getCommandLine();
            cmd.getErr().println("error: " + failure.getMessage().replaceAll("\\s+", " ").trim());
            cmd.getErr().println("try: " + cmd.getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            errors.println("error: " + ExitCodes.message(failure));
            if (failure instanceof ActionRefusedException refused) {
                refused.problems().forEach(problem -> errors.println("  " + problem));
            }
            if (failure instanceof UsageException usage) {
                usage.problems().forEach(problem -> errors.println("  " + problem));
            }
            if (parseResult.hasMatchedOption("--verbose")) {
                failure.printStackTrace(errors);
            }
            return ExitCodes.of(failure);
        });
        return commandLine;
    }
}
