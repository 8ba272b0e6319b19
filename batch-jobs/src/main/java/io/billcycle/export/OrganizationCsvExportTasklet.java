package io.billcycle.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.billcycle.batch.BusinessRun;
import io.billcycle.organizations.Organization;

/**
 * Streams rows from a reader into one CSV file per organization and publishes them all at the end.
 * <p>
 * A tasklet rather than a chunk writer on purpose: publishing (rename, manifest, {@code export_batches}) must fail the
 * step when it fails, and Spring Batch only logs errors thrown from {@code afterStep} or {@code close}. Export files are
 * derived from the database, so a restarted export simply writes them again; memory stays flat because rows stream.
 * Every organization in scope gets a file, an empty one (header only) when it had nothing, so a scheduled import
 * can tell "nothing today" from "did not run". Build its step with {@link Exports#step}.
 *
 * @param <T> the row type
 */
public class OrganizationCsvExportTasklet<T> implements Tasklet {

    /** Step context key listing the files written, one path a line; the run summary prints them. */
    public static final String FILES_KEY = "export.files";

    private final ExportSpec<T> spec;
    private final ItemStreamReader<T> reader;
    private final BusinessRun run;
    private final List<Organization> organizations;
    private final Path exportDir;
    private final ExportBatchMapper exportBatches;

    OrganizationCsvExportTasklet(ExportSpec<T> spec, ItemStreamReader<T> reader, BusinessRun run,
            List<Organization> organizations, Path exportDir, ExportBatchMapper exportBatches) {
        this.spec = spec;
        this.reader = reader;
        this.run = run;
        this.organizations = List.copyOf(organizations);
        this.exportDir = exportDir;
        this.exportBatches = exportBatches;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
        String job = stepExecution.getJobExecution().getJobInstance().getJobName();
        Map<String, ExportFile<T>> files = new LinkedHashMap<>();
        try {
            for (Organization organization : organizations) {
                files.put(organization.code(), ExportFile.start(ExportFiles.path(exportDir, job, job,
                        organization.code(), run.businessDate()), spec.layout(), run.jobExecutionId()));
            }
            reader.open(new ExecutionContext());
            try {
                for (T row = reader.read(); row != null; row = reader.read()) {
                    String org = spec.organizationOf().apply(row);
                    ExportFile<T> file = files.get(org);
                    if (file == null) {
                        throw new IllegalStateException(spec.kind() + " export row for organization " + org
                                + ", which is not in the run's scope");
                    }
                    file.write(row, spec.hasAmounts() ? spec.amountOf().apply(row) : null);
                    contribution.incrementReadCount();
                }
            } finally {
                reader.close();
            }
            List<String> written = new ArrayList<>();
            for (Organization organization : organizations) {
                ExportedFile published = files.get(organization.code()).publish(job, spec.kind(), organization.code(),
                        run.businessDate().toString(), organization.currency(), spec.hasAmounts());
                ExportManifest manifest = published.description();
                exportBatches.recordWrittenFile(spec.kind(), job, organization.id(), run.businessDate(), manifest.file(),
                        manifest.rowCount(), manifest.amountTotal(), manifest.sha256(), run.jobExecutionId());
                contribution.incrementWriteCount(manifest.rowCount());
                written.add(published.csv().toString());
            }
            stepExecution.getExecutionContext().putString(FILES_KEY, String.join("\n", written));
            return RepeatStatus.FINISHED;
        } finally {
            files.values().forEach(ExportFile::close);
        }
    }
}
