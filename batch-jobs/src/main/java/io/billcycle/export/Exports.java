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
     * The step that exports {@code spec}'s files from the mapper statement {@code queryId}, whose rows come in
     * organization order. The run is read from the step's own job execution when the step runs, so the step needs no
     * step-scoped beans of its own.
     */
    public <T> Step step(String name, ExportSpec<T> spec, String queryId) {
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
