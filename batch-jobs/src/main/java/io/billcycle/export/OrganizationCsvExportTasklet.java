package io.billcycle.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Streams rows from a reader into one CSV file per organization and publishes them all at the end.
 * <p>
 * A tasklet rather than a chunk writer on purpose: publishing (rename, manifest, {@code export_batches}) must fail the
 * step when it fails, and Spring Batch only logs errors thrown from {@code afterStep} or {@code close}. Export files are
 * derived from the database, so a restarted export simply writes them again; memory stays flat because rows stream.
 * Every organization in scope gets a file, an empty one (header only) when it had nothing, so a scheduled import
 * can tell "nothing today" from "did not run".
 *
 * @param <T> the row type
 */
public class OrganizationCsvExportTasklet<T> implements Tasklet {

    /** Step context key listing the files written, one path a line; the run summary prints them. */
    public static final String FILES_KEY = "export.files";

    private final String job;
    private final LocalDate businessDate;
    private final Path exportDir;
    private final ItemStreamReader<T> reader;
    private final CsvLayout<T> layout;
    private final Function<T, String> organizationOf;
    private final List<ExportTarget> targets;
    private final ExportBatchMapper exportBatches;
    private final boolean hasAmounts;

    public OrganizationCsvExportTasklet(String job, LocalDate businessDate, Path exportDir, ItemStreamReader<T> reader,
            CsvLayout<T> layout, Function<T, String> organizationOf, List<ExportTarget> targets,
            ExportBatchMapper exportBatches, boolean hasAmounts) {
        this.job = job;
        this.businessDate = businessDate;
        this.exportDir = exportDir;
        this.reader = reader;
        this.layout = layout;
        this.organizationOf = organizationOf;
        this.targets = targets;
        this.exportBatches = exportBatches;
        this.hasAmounts = hasAmounts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
        Map<String, ExportFile<T>> files = new LinkedHashMap<>();
        try {
            for (ExportTarget target : targets) {
                files.put(target.code(), ExportFile.start(ExportFiles.path(exportDir, job, target.code(), businessDate), layout));
            }
            reader.open(new ExecutionContext());
            try {
                for (T row = reader.read(); row != null; row = reader.read()) {
                    String org = organizationOf.apply(row);
                    ExportFile<T> file = files.get(org);
                    if (file == null) {
                        throw new IllegalStateException("export row for organization " + org + " which is not in scope");
                    }
                    file.write(row);
                    contribution.incrementReadCount();
                }
            } finally {
                reader.close();
            }
            List<String> written = new ArrayList<>();
            for (ExportTarget target : targets) {
                ExportedFile published = files.get(target.code()).publish(job, target.code(), businessDate.toString(),
                        target.currency(), hasAmounts, stepExecution.getJobExecutionId());
                ExportManifest manifest = published.description();
                exportBatches.recordWrittenFile(job, target.organizationId(), businessDate, manifest.file(),
                        manifest.rowCount(), manifest.amountTotal(), manifest.sha256(), stepExecution.getJobExecutionId());
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
