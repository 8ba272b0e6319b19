package io.billcycle.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.util.ClassUtils;

import io.billcycle.BillcycleApplication;
import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs one command in two phases. First picocli alone parses the arguments: help, version and every usage error
 * (unknown option, a value that does not convert) are answered there, in well under a second, without Spring or a
 * database. Only a command that will run starts the application. Every failure becomes one line on stderr and an exit
 * code ({@link ExitCodes}); {@code --verbose} adds the stack trace and the framework's own logging.
 */
public final class Cli {

    /** Problems listed under an error line, at most; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private Cli() {
    }

    public static int run(String... args) {
        return run(BillcycleCommand.class, Map.of(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs {@code args} against the command class {@code root} (the {@code billcycle} command, or another tool's own
     * root such as the benchmark's) with extra application properties.
     */
    public static int run(Class<?> root, Map<String, Object> properties, PrintWriter out, PrintWriter stderr, String... args) {
        PrintWriter err = CardNumberGuard.masking(stderr);
        Integer answered = answerWithoutStarting(root, out, err, args);
        if (answered != null) {
            return answered;
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            System.setProperty("logging.level.root", "INFO");
            System.setProperty("logging.level.org.springframework", "INFO");
        }
        Object logSetting = properties.getOrDefault("billcycle.log-format", System.getenv("BILLCYCLE_LOG_FORMAT"));
        String logFormat = structuredLogFormat(logSetting);
        if (logFormat == null) {
            err.println("error: setting BILLCYCLE_LOG_FORMAT must be text, json, ecs or logstash, got '" + logSetting + "'");
            return flushed(out, err, ExitCodes.USAGE);
        }
        SpringApplication application = new SpringApplication(BillcycleApplication.class);
        if (!logFormat.isEmpty()) {
            // logback-spring.xml's JSON appender, in this format
            Map<String, Object> withFormat = new java.util.HashMap<>(properties);
            withFormat.put("billcycle.log-structured-format", logFormat);
            properties = withFormat;
            application.setAdditionalProfiles("json-logs");
        }
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // picocli owns the arguments; "--date=..." must not turn into a Spring property
        application.setAddCommandLineProperties(false);
        application.setDefaultProperties(properties);
        if (managesRemoteWorkers(root, args)) {
            application.addInitializers(Cli::embedBrokerUnlessConfigured);
        }
        try (ConfigurableApplicationContext context = application.run(args)) {
            return runParsed(root, context.getBean(IFactory.class), out, err, args);
        } catch (Exception e) {
            err.println("error: " + ExitCodes.message(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(e);
        }
    }

    /**
     * Spring Boot's structured log format for {@code BILLCYCLE_LOG_FORMAT} (or the property
     * {@code billcycle.log-format}): "" for plain text lines, {@code ecs} for json (one JSON object per line, the run's
     * job, execution, organization and date on each), {@code logstash}; null for anything else.
     */
    static String structuredLogFormat(Object setting) {
        String format = setting == null ? "text" : setting.toString().strip().toLowerCase();
        return switch (format) {
            case "", "text" -> "";
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            default -> null;
        };
    }

    /**
     * Whether the command sends partitions to remote workers ({@code --workers remote}): this process is then the
     * manager, and the broker's natural home when no external one is configured.
     */
    static boolean managesRemoteWorkers(Class<?> root, String... args) {
        ParseResult leaf = commandLine(root, new UnstartedFactory(), new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter())).parseArgs(args);
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf.matchedOptionValue(WorkersOption.NAME, WorkersOption.Place.LOCAL) == WorkersOption.Place.REMOTE;
    }

    /**
     * Has Spring Boot embed Artemis in this process ({@code spring.artemis.mode=embedded}), unless
     * {@code spring.artemis.broker-url} names a broker of its own. Only a manager does: the other commands, workers
     * included, never start a broker.
     */
    private static void embedBrokerUnlessConfigured(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("spring.artemis.broker-url", "").isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("billcycle-manager-broker",
                    Map.of("spring.artemis.mode", "embedded", "spring.artemis.embedded.enabled", "true")));
        }
    }

    /** Runs one {@code billcycle} command against an already started application (tests). */
    public static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        return execute(BillcycleCommand.class, context, out, err, args);
    }

    /** Runs one command of the command class {@code root} against an already started application. */
    public static int execute(Class<?> root, ApplicationContext context, PrintWriter out, PrintWriter stderr, String... args) {
        PrintWriter err = CardNumberGuard.masking(stderr);
        Integer answered = answerWithoutStarting(root, out, err, args);
        return answered != null ? answered : runParsed(root, context.getBean(IFactory.class), out, err, args);
    }

    /**
     * Parses {@code args} with command objects made without their constructors (their dependencies do not exist yet)
     * and answers help, version, a bare group command and usage errors. Returns the exit code when it answered, null
     * when the command is to run. An argument that looks like a card number is refused first of all.
     */
    static Integer answerWithoutStarting(Class<?> root, PrintWriter out, PrintWriter err, String... args) {
        CommandLine parser = commandLine(root, new UnstartedFactory(), out, err);
        try {
            ParseResult parsed = parser.parseArgs(args);
            String cardNumber = CardNumberGuard.refusal(parsed);
            if (cardNumber != null) {
                err.println("error: " + cardNumber);
                return flushed(out, err, ExitCodes.USAGE);
            }
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return flushed(out, err, help);
            }
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            if (!leaf.commandSpec().subcommands().isEmpty()) {
                // a group such as "billcycle plans" does nothing on its own: show what it holds
                leaf.commandSpec().commandLine().usage(out);
                return flushed(out, err, ExitCodes.OK);
            }
            if (leaf.commandSpec().userObject() instanceof CheckedBeforeStart checked) {
                checked.check();
            }
            if (leaf.commandSpec().userObject() instanceof AnsweredBeforeStart answers) {
                try {
                    return flushed(out, err, answers.answer());
                } catch (ParameterException usage) {
                    throw usage;
                } catch (Exception failure) {
                    err.println("error: " + ExitCodes.message(failure));
                    return flushed(out, err, ExitCodes.of(failure));
                }
            }
            return null;
        } catch (ParameterException e) {
            String cardNumber = CardNumberGuard.refusal(parser, args);
            if (cardNumber != null) {
                err.println("error: " + cardNumber);
                return flushed(out, err, ExitCodes.USAGE);
            }
            return flushed(out, err, usageError(e));
        }
    }

    private static int runParsed(Class<?> root, IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        return flushed(out, err, commandLine(root, factory, out, err).execute(args));
    }

    private static int flushed(PrintWriter out, PrintWriter err, int code) {
        out.flush();
        err.flush();
        return code;
    }

    /** Every {@link Verb} in this package, in their order: found once, by the class files' annotations. */
    static final List<Class<?>> VERBS = verbs();

    private static List<Class<?>> verbs() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Verb.class));
        List<Class<?>> verbs = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents(Cli.class.getPackageName())) {
            verbs.add(ClassUtils.resolveClassName(found.getBeanClassName(), Cli.class.getClassLoader()));
        }
        verbs.sort(Comparator.comparingInt((Class<?> c) -> c.getAnnotation(Verb.class).order()));
        return List.copyOf(verbs);
    }

    static CommandLine commandLine(Class<?> root, IFactory factory, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root, factory);
        if (root == BillcycleCommand.class) {
            for (Class<?> verb : VERBS) {
                commandLine.addSubcommand(new CommandLine(verb, factory));
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        Converters.register(commandLine);
        commandLine.setParameterExceptionHandler((failure, args) -> usageError(failure));
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            errors.println("error: " + ExitCodes.message(failure));
            if (failure instanceof ActionRefusedException refused) {
                printProblems(refused.problems(), errors);
            }
            if (failure instanceof UsageException usage) {
                printProblems(usage.problems(), errors);
            }
            if (verbose(parseResult)) {
                failure.printStackTrace(errors);
            }
            return ExitCodes.of(failure);
        });
        return commandLine;
    }

    /** Whether {@code --verbose} was given, on whichever command level it was typed (the option is inherited). */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** One line: what was wrong, which input, and where the help is. */
    static int usageError(ParameterException failure) {
        CommandLine cmd = failure.getCommandLine();
        cmd.getErr().println("error: " + describe(failure) + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.USAGE;
    }

    static String describe(ParameterException failure) {
        ArgSpec arg = failure.getArgSpec();
        if (arg != null && failure.getValue() != null && failure.getCause() instanceof TypeConversionException why) {
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            if (why.getMessage().startsWith(Converters.InputFile.AFTER_NAME)) {
                // an input file: "--template x.sql: no such file", "file x.csv: no such file"
                return (arg instanceof OptionSpec ? name : "file") + " " + failure.getValue() + why.getMessage();
            }
            // a long value is not repeated back whole: its length is in the reason
            if (why.getMessage().contains("but was '")) {
                // picocli's own words already say what was given (an enum's choices)
                return name + " " + why.getMessage();
            }
            String value = failure.getValue().length() > 40 ? failure.getValue().substring(0, 37) + "..." : failure.getValue();
            return name + " " + why.getMessage() + ", got '" + value + "'";
        }
        return failure.getMessage().replaceAll("\\s+", " ").trim().replaceFirst("^Error: ", "");
    }

    static void printProblems(List<String> problems, PrintWriter errors) {
        problems.stream().limit(MAX_PROBLEMS).forEach(problem -> errors.println("  " + problem));
        if (problems.size() > MAX_PROBLEMS) {
            errors.println("  ... and " + (problems.size() - MAX_PROBLEMS) + " more");
        }
    }

    /**
     * Makes command objects for parsing only, before the application starts: classes with a no-argument constructor
     * (option groups, converters, collections) as picocli would, commands whose constructors take their dependencies
     * without calling those constructors. Such a command is parsed, never run.
     */
    static final class UnstartedFactory implements IFactory {
        private final ObjenesisStd objenesis = new ObjenesisStd(true);

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls.isInterface() || hasNoArgConstructor(cls)) {
                return CommandLine.defaultFactory().create(cls);
            }
            return objenesis.newInstance(cls);
        }

        private static boolean hasNoArgConstructor(Class<?> cls) {
            try {
                cls.getDeclaredConstructor();
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}
