package io.billcycle.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.billcycle.batch.BatchSettings;
import io.billcycle.cli.Cli;
import io.billcycle.cli.ExitCodes;
import io.billcycle.database.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmark's own command line, outside the application jar: it creates and drops databases, which an operator's
 * tool has no business doing. {@code samples/benchmark/run.sh} runs it from the benchmark module's jar.
 */
@Command(name = "billcycle-benchmark", mixinStandardHelpOptions = true,
        description = "Time billcycle's jobs against the set-based SQL doing the same writes, on two identical copies "
                + "of a freshly loaded database, and check that both copies end identical: invoice-generation on "
                + "sample billing plans, or finance-charge-assessment then statement-cycle on generated accounts with "
                + "ten or eleven ledger entries each (--benchmark receivables), or collection-roster on generated "
                + "accounts with payment plans (--benchmark collections), or provider-payment-export on generated "
                + "provider payments (--benchmark providers), or frozen-prepaid-expiry-report against the club's own "
                + "report SQL (--benchmark memberships). Creates (and "
                + "drops) the databases billcycle_bench_template, billcycle_bench_sql and billcycle_bench_job on "
                + "billcycle's server. Exits 1 when the results differ. samples/benchmark/run.sh wraps it.",
        footer = {"", "Exit codes: 0 the run completed and both copies are identical; 1 they differ or the job failed;",
                "2 usage error; 3 the database cannot be reached."})
public class BenchmarkCommand implements Callable<Integer> {

    /** Which jobs to time. */
    enum Benchmark { invoicing, receivables, collections, providers, memberships, cycle }

    @Option(names = "--benchmark", paramLabel = "NAME", defaultValue = "invoicing",
            description = "invoicing, receivables, collections, providers, memberships or cycle (default ${DEFAULT-VALUE}).")
    Benchmark benchmark;

    @Option(names = "--plans", paramLabel = "N", defaultValue = "1000000", description = "invoicing: billing plans to load (default ${DEFAULT-VALUE}).")
    long plans;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "1000000", description = "receivables and collections: accounts to load; providers: payments; memberships: enrollments (default ${DEFAULT-VALUE}).")
    long accounts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Sample data seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--chunk-size", paramLabel = "N", description = "The job's chunk size (default: billcycle.chunk-size).")
    Integer chunkSize;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m", description = "The job JVM's -Xmx (default ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--keep", description = "Keep the three databases afterwards.")
    boolean keep;

    @Option(names = "--app-jar", paramLabel = "JAR",
            description = "The application jar the job runs from, as a scheduler would start it (default: this JVM's class path).")
    Path appJar;

    @Option(names = "--layouts", paramLabel = "P[xW],...",
            description = "Time the job once per layout, on fresh copies of the same data: P partitions on the job's "
                    + "threads, or PxW, P partitions on W 'billcycle worker' processes (e.g. 1,2,4,2x2; default: the "
                    + "setting billcycle.partitions, on the job's threads).")
    String layouts;

    @Option(names = "--verbose", description = "Show stack traces and framework logging.")
    boolean verbose;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the job's log, GC log and export files go (default: <billcycle.home>/benchmark).")
    Path workDir;

    @Spec
    CommandSpec spec;

    private final InvoiceRunBenchmark invoicing;
    private final ReceivablesBenchmark receivables;
    private final CollectionsBenchmark collections;
    private final ProvidersBenchmark providers;
    private final MembershipsBenchmark memberships;
    private final CycleBenchmark cycle;
    private final BatchSettings batchSettings;
    private final DatabaseSettings databaseSettings;

    public BenchmarkCommand(InvoiceRunBenchmark invoicing, ReceivablesBenchmark receivables,
            CollectionsBenchmark collections, ProvidersBenchmark providers, MembershipsBenchmark memberships,
            CycleBenchmark cycle, BatchSettings batchSettings, DatabaseSettings databaseSettings) {
        this.cycle = cycle;
        this.providers = providers;
        this.memberships = memberships;
        this.invoicing = invoicing;
        this.receivables = receivables;
        this.collections = collections;
        this.batchSettings = batchSettings;
        this.databaseSettings = databaseSettings;
    }

    @Override
    public Integer call() throws Exception {
        if (plans < 1 || plans > 30_000_000) {
            throw new ParameterException(spec.commandLine(), "--plans must be between 1 and 30000000, was " + plans);
        }
        if (accounts < 1 || accounts > 30_000_000) {
            throw new ParameterException(spec.commandLine(), "--accounts must be between 1 and 30000000, was " + accounts);
        }
        int chunk = chunkSize != null ? chunkSize : batchSettings.chunkSize();
        if (chunk < 1) {
            throw new ParameterException(spec.commandLine(), "--chunk-size must be at least 1, was " + chunk);
        }
        if (!heap.matches("\\d+[kKmMgG]")) {
            throw new ParameterException(spec.commandLine(), "--heap must look like 256m or 2g, was '" + heap + "'");
        }
        if (appJar != null && !java.nio.file.Files.isRegularFile(appJar)) {
            throw new ParameterException(spec.commandLine(), "--app-jar " + appJar + ": no such file; build it with ./mvnw package");
        }
        List<Layout> runs;
        try {
            runs = layouts == null ? List.of(Layout.DEFAULT) : Layout.parseAll(layouts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--layouts: " + e.getMessage());
        }
        if (runs.stream().anyMatch(layout -> layout.workers() > 0) && appJar == null) {
            throw new ParameterException(spec.commandLine(), "--layouts with workers needs --app-jar: workers start from the application jar");
        }
        Path work = (workDir != null ? workDir : databaseSettings.home().resolve("benchmark")).toAbsolutePath().normalize();
        var out = spec.commandLine().getOut();
        if (benchmark == Benchmark.cycle) {
            CycleBenchmark.Report report = cycle.run(new BenchmarkOptions(plans, seed, chunk, heap, work, keep, appJar,
                    List.of(Layout.DEFAULT)), batchSettings.partitions(), out);
            report.print(out);
            return report.identical() ? ExitCodes.OK : ExitCodes.FAILED;
        }
        if (benchmark != Benchmark.invoicing) {
            BenchmarkOptions options = new BenchmarkOptions(accounts, seed, chunk, heap, work, keep, appJar, runs);
            List<ContestReport> reports = switch (benchmark) {
                case receivables -> receivables.run(options, out);
                case collections -> collections.run(options, out);
                case memberships -> memberships.run(options, out);
                default -> providers.run(options, out);
            };
            reports.forEach(report -> report.print(out));
            return reports.stream().allMatch(ContestReport::identical) ? ExitCodes.OK : ExitCodes.FAILED;
        }
        List<BenchmarkReport> reports = invoicing.run(new BenchmarkOptions(plans, seed, chunk, heap, work, keep, appJar,
                runs), out);
        reports.forEach(report -> report.print(out));
        return reports.stream().allMatch(BenchmarkReport::identical) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(BenchmarkCommand.class, java.util.Map.of(), new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true), args));
    }
}
