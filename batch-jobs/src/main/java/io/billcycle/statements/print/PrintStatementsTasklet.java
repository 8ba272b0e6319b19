package io.billcycle.statements.print;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.billcycle.batch.BusinessRun;
import io.billcycle.export.ExportBatchMapper;
import io.billcycle.export.ExportFiles;
import io.billcycle.export.OrganizationCsvExportTasklet;
import io.billcycle.export.PublishedFile;
import io.billcycle.organizations.Organization;

/**
 * Streams the day's statements into PDF files for the organizations that print them, beside the statements' CSV:
 * {@code <export-dir>/statement-cycle/statement-cycle-<org>-<date>.pdf}, each with its manifest (statements, pages,
 * SHA-256), recorded in {@code export_batches} as kind {@value #KIND}. An organization with more statements than
 * {@link PrintSettings#statementsPerFile()} gets numbered parts instead ({@code ...-<date>-1.pdf}, {@code -2}, ...),
 * which keeps the step's memory flat.
 * <p>
 * Statements arrive in organization and account order, one at a time with their activity, so memory holds one
 * statement. An organization with no statement that day gets no PDF (a print house has nothing to print; the CSV
 * already tells "nothing today"). Like the CSV exports, the files are derived from the database, so a restarted step
 * writes them again, byte for byte the same.
 */
public class PrintStatementsTasklet implements Tasklet {

    public static final String KIND = "printed-statements";

    private final StatementPrintMapper mapper;
    private final ItemStreamReader<PrintedStatement> reader;
    private final BusinessRun run;
    private final Map<String, Organization> organizations;
    private final Path exportDir;
    private final int statementsPerFile;
    private final ExportBatchMapper exportBatches;

    public PrintStatementsTasklet(StatementPrintMapper mapper, ItemStreamReader<PrintedStatement> reader,
            BusinessRun run, List<Organization> organizations, Path exportDir, PrintSettings settings,
            ExportBatchMapper exportBatches) {
        this.mapper = mapper;
        this.reader = reader;
        this.run = run;
        this.organizations = organizations.stream()
                .collect(Collectors.toMap(Organization::code, Function.identity()));
        this.exportDir = exportDir;
        this.statementsPerFile = settings.statementsPerFile();
        this.exportBatches = exportBatches;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        String job = step.getJobExecution().getJobInstance().getJobName();
        Map<String, Long> counts = mapper.countPrintedStatements(run.sqlParameters()).stream().collect(
                Collectors.toMap(StatementPrintMapper.OrganizationCount::organization,
                        StatementPrintMapper.OrganizationCount::statements));
        List<String> written = new ArrayList<>();
        PartFile current = null;
        reader.open(new ExecutionContext());
        try {
            for (PrintedStatement statement = reader.read(); statement != null; statement = reader.read()) {
                boolean sameOrganization = current != null
                        && current.organization.code().equals(statement.organization());
                if (!sameOrganization || current.pdf.statements() == statementsPerFile) {
                    if (sameOrganization && current.part == 0) {
                        // counted at most one file's worth: never let a second file take the first one's name
                        throw new IllegalStateException("organization " + statement.organization() + " has more "
                                + "statements dated " + run.businessDate() + " than counted when printing began");
                    }
                    if (current != null) {
                        written.add(current.publish(job, contribution));
                    }
                    Organization organization = organization(statement.organization());
                    int part = sameOrganization ? current.part + 1 : 1;
                    boolean numbered = counts.getOrDefault(organization.code(), 0L) > statementsPerFile;
                    current = new PartFile(organization, job, numbered ? part : 0);
                }
                current.pdf.add(statement);
                contribution.incrementReadCount();
            }
            if (current != null) {
                written.add(current.publish(job, contribution));
            }
        } finally {
            if (current != null) {
                current.file.close(); // drops a file the step failed in; a published one stays
            }
            reader.close();
        }
        step.getExecutionContext().putString(OrganizationCsvExportTasklet.FILES_KEY, String.join("\n", written));
        return RepeatStatus.FINISHED;
    }

    private Organization organization(String code) {
        Organization organization = organizations.get(code);
        if (organization == null) {
            throw new IllegalStateException("a statement of organization " + code + ", which is not in the run's scope");
        }
        return organization;
    }

    /** One PDF, of an organization or of a numbered part of it, while it is being written. */
    private final class PartFile {
        final Organization organization;
        final int part;
        final PublishedFile file;
        final BufferedOutputStream out;
        final StatementPdf pdf;

        /** @param part 0 for an organization's only file */
        PartFile(Organization organization, String job, int part) {
            this.organization = organization;
            this.part = part;
            this.file = PublishedFile.start(ExportFiles.path(exportDir, job, job, organization.code(), run.businessDate(),
                    part, "pdf"), run.jobExecutionId());
            this.out = new BufferedOutputStream(file.out(), 1 << 16);
            this.pdf = new StatementPdf(out, "statements " + organization.code() + " " + run.businessDate()
                    + (part == 0 ? "" : " part " + part), run.businessDate());
        }

        /** Completes the file and its manifest, records it, and returns its path. */
        String publish(String job, StepContribution contribution) {
            pdf.close();
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target() + ": " + e.getMessage(), e);
            }
            String sha256 = file.seal();
            String name = file.target().getFileName().toString();
            file.writeManifest(new PrintManifest(job, KIND, organization.code(), run.businessDate().toString(), name,
                    pdf.statements(), pdf.pages(), sha256, run.jobExecutionId()));
            exportBatches.recordWrittenFile(KIND, job, organization.id(), run.businessDate(), name, pdf.statements(),
                    null, sha256, run.jobExecutionId());
            contribution.incrementWriteCount(pdf.statements());
            return file.target().toString();
        }
    }
}
