package io.billcycle.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.export.PublishedFile;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.statements.print.StatementReprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 240)
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Statements statement-cycle made: print one again.",
        subcommands = {StatementsCommand.Print.class})
public class StatementsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = {"Render one statement again as PDF, from the database: its pages have the very bytes of the "
                    + "pages in the run's print file (the addresses are today's).",
                    "Works whether or not the organization prints its statements."})
    public static class Print implements Callable<Integer> {

        @Option(names = "--account", required = true, paramLabel = "NUMBER", description = "The account number.")
        String account;

        @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "The statement date.")
        LocalDate date;

        @Mixin OrgOption org;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Where to write it (default: statement-<org>-<account>-<date>.pdf here).")
        Path out;

        @Spec
        CommandSpec spec;

        private final StatementReprint reprint;
        private final Organizations organizations;

        public Print(StatementReprint reprint, Organizations organizations) {
            this.reprint = reprint;
            this.organizations = organizations;
        }

        @Override
        public Integer call() throws IOException {
            Organization organization = organizations.ofAccount(org.code(), account);
            Path target = out != null ? out
                    : Path.of("statement-" + organization.code() + "-" + account + "-" + date + ".pdf");
            Path folder = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw new ActionRefusedException("--out " + target + ": the folder " + folder + " does not exist");
            }
            // a file that appears whole or not at all, as every export does: a refusal or a failure leaves none
            try (PublishedFile file = PublishedFile.start(target, 0)) {
                OutputStream stream = new BufferedOutputStream(file.out());
                int pages = reprint.print(organization.code(), account, date, stream);
                if (pages == 0) {
                    throw new ActionRefusedException("account " + account + " of " + organization.code()
                            + " has no statement dated " + date + " (see: billcycle accounts history --account "
                            + account + ")");
                }
                stream.flush();
                file.seal();
                spec.commandLine().getOut().printf("%s: statement of %s for account %s, %d page(s)%n", target, date,
                        account, pages);
                return ExitCodes.OK;
            }
        }
    }
}
