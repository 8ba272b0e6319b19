package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The CLI is a front hall: a command parses, calls a service of its feature and prints. Read from the sources, so that
 * a new command that reaches past the services fails here with its file and line.
 */
class CliHouseRulesTest {

    static final Path CLI = Path.of("src/main/java/io/billcycle/cli");

    /** A mapper, or a type nested in one: the SQL stays behind the feature's services. */
    static final Pattern MAPPER_IMPORT = Pattern.compile("^import io\\.billcycle\\.[\\w.]*Mapper[;.]");
    /** Settings are read by the beans that own them (the acting user is {@code Actor}), not by commands. */
    static final Pattern VALUE = Pattern.compile("@Value\\(");

    @Test
    void noCommandImportsAMapperOrReadsASettingItself() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (MAPPER_IMPORT.matcher(lines.get(i)).find() || VALUE.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theGenericCommandsSpellNoJobsOption() {
        for (Class<?> command : List.of(RunCommand.class, PreviewCommand.class)) {
            String help = new CommandLine(command, new Cli.UnstartedFactory()).getUsageMessage();
            assertThat(help).as(command.getSimpleName()).contains("--option=NAME=VALUE").doesNotContain("--period");
            // still accepted, as sugar for --option period=...
            assertThat(new CommandLine(command, new Cli.UnstartedFactory()).setCaseInsensitiveEnumValuesAllowed(true)
                    .parseArgs("provider-payment-export", "--period", "2025-01").matchedOptions())
                    .anyMatch(o -> o.longestName().equals("--period"));
        }
    }

    @Test
    void theVerbsAreFoundByTheirAnnotationInTheirOrder() {
        List<Integer> orders = Cli.VERBS.stream().map(v -> v.getAnnotation(Verb.class).order()).toList();
        assertThat(orders).doesNotHaveDuplicates().isSorted();
        assertThat(Cli.VERBS).contains(RunCommand.class, StatementsCommand.class, WorkerCommand.class).hasSize(23);
        CommandLine root = Cli.commandLine(BillcycleCommand.class, new Cli.UnstartedFactory(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(root.getSubcommands().keySet()).startsWith("run", "cycle", "preview").contains("statements", "orgs");
    }
}
