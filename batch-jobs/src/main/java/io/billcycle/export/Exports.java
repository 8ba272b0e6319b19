package io.billcycle.export;

import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.BusinessRun;
import io.billcycle.organizations.Organizations;

/**
 * Makes the export step of any job: {@code exports.tasklet(SPEC, reader, run)} writes one file of that kind per
 * organization in the run's scope under {@code billcycle.export-dir}.
 */
@Component
public class Exports {

    private final BatchSettings settings;
    private final Organizations organizations;
    private final ExportBatchMapper exportBatches;

    public Exports(BatchSettings settings, Organizations organizations, ExportBatchMapper exportBatches) {
        this.settings = settings;
        this.organizations = organizations;
        this.exportBatches = exportBatches;
    }

    public <T> Tasklet tasklet(ExportSpec<T> spec, ItemStreamReader<T> reader, BusinessRun run) {
        return new OrganizationCsvExportTasklet<>(spec, reader, run, organizations.inScope(run.org()),
                settings.exportDir(), exportBatches);
    }
}
