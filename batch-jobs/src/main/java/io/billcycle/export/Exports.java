package io.billcycle.export;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StreamedReaders;
import io.billcycle.organizations.Organizations;

/**
 * Makes the export step of any job in one expression: {@code exports.step("export-invoices", INVOICES,
 * Mapper.SELECT_ROWS)} streams the query's rows (run with the run's date and organization) into one file of that kind
 * per organization in the run's scope under {@code billcycle.export-dir}, each with its manifest.
 */
@Component
public class Exports {

    private final BatchSettings settings;
    private final Organizations organizations;
    private final ExportBatchMapper exportBatches;
    private final StreamedReaders readers;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;

    public Exports(BatchSettings settings, Organizations organizations, ExportBatchMapper exportBatches,
            StreamedReaders readers, JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.organizations = organizations;
        this.exportBatches = exportBatches;
        this.readers = readers;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    /**
     * Writes one file of {@code spec}'s kind from {@code rows} (published whole, with its manifest) without recording
     * it; returns null, and leaves no file, when there were no rows and {@code onlyIfRows}. For exports that are not one
     * file per organization of a run: a provider payment batch, a report run for one organization.
     */
    public <T> ExportedFile write(ExportSpec<T> spec, ExportTarget target, Iterable<T> rows, boolean onlyIfRows) {
        try (ExportFile<T> file = ExportFile.start(target.path(settings.exportDir()), spec.layout(),
                target.jobExecutionId())) {
            long count = 0;
            for (T row : rows) {
                file.write(row, spec.hasAmounts() ? spec.amountOf().apply(row) : null);
                count++;
            }
            if (count == 0 && onlyIfRows) {
                return null;
            }
            return file.publish(target.job(), spec.kind(), target.org(), target.businessDate().toString(),
                    target.currency(), spec.hasAmounts(), target.manifestFields());
        }
    }

    /** Records a written file in {@code export_batches} (a rerun refreshes its row). */
    public void record(ExportSpec<?> spec, ExportTarget target, ExportedFile file) {
        ExportManifest manifest = file.description();
        exportBatches.recordWrittenFile(spec.kind(), target.job(), target.organizationId(), target.businessDate(),
                manifest.file(), manifest.rowCount(), manifest.amountTotal(), manifest.sha256(), target.jobExecutionId());
    }

    /**
     * The step that exports {@code spec}'s files from the mapper statement {@code queryId}, whose rows come in
     * organization order. The run is read from the step's own job execution when the step runs, so the step needs no
     * step-scoped beans of its own.
     */
    public <T> Step step(String name, ExportSpec<T> spec, String queryId) {
        if (spec.organizationOf() == null) {
            throw new IllegalArgumentException(spec.kind() + ": an export of one file per organization needs the "
                    + "organization of each row");
        }
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = chunkContext.getStepContext().getStepExecution();
                    BusinessRun run = BusinessRun.of(step.getJobExecution());
                    return new OrganizationCsvExportTasklet<T>(spec, readers.stream(queryId, run.sqlParameters()), run,
                            organizations.inScope(run.org()), settings.exportDir(), exportBatches)
                            .execute(contribution, chunkContext);
                }, transactionManager)
                .build();
    }
}
