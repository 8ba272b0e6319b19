package io.billcycle.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.BusinessRunValidator;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.UsageException;
import io.billcycle.export.CsvLayout;
import io.billcycle.export.ExportFile;
import io.billcycle.export.ExportedFile;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * Runs a job's preview for each organization in scope inside a read-only transaction, so that nothing can change
 * even by mistake, and writes {@code <export-dir>/preview/<job>-<org>-<date>[-<option>...].csv} with its manifest. No job instance
 * is created and no {@code export_batches} row is written.
 */
@Service
public class Previews {

    private final Map<String, JobPreview> previews;
    private final Map<String, JobDescriptor> descriptors;
    private final Organizations organizations;
    private final BatchSettings settings;
    private final TransactionTemplate readOnly;

    public Previews(List<JobPreview> previews, List<JobDescriptor> descriptors, Organizations organizations,
            BatchSettings settings, PlatformTransactionManager transactions) {
        this.previews = previews.stream().collect(Collectors.toMap(JobPreview::jobName, Function.identity()));
        this.descriptors = descriptors.stream().collect(Collectors.toMap(JobDescriptor::name, Function.identity()));
        this.organizations = organizations;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * {@code <job>-<org>-<date>[-<option value>...].csv}: every identifying parameter is in the name, in the options'
     * name order, so previews of two service periods (say) never overwrite each other.
     */
    static String fileName(String job, String org, java.time.LocalDate date, java.util.Map<String, String> options) {
        StringBuilder name = new StringBuilder(job + "-" + org + "-" + date);
        new java.util.TreeMap<>(options).values().forEach(v -> name.append('-').append(v.replaceAll("[^A-Za-z0-9.,-]", "_")));
        return name.append(".csv").toString();
    }

    /** The jobs that can be previewed, by name. */
    public List<String> jobs() {
        return previews.keySet().stream().sorted().toList();
    }

    /**
     * @param options the job's options, as a run of it takes them (the service period of an export, say): an unknown
     *                one or one of the wrong type is refused as a run refuses it, before anything is read; a
     *                missing one is the preview's to explain
     */
    public List<ExportedFile> preview(String job, java.time.LocalDate date, String org, java.util.Map<String, String> options)
            throws InvalidJobParametersException {
        JobPreview preview = previews.get(job);
        if (preview == null) {
            throw new UsageException("job '" + job + "' has no preview: jobs that can be previewed are " + String.join(", ", jobs()));
        }
        new BusinessRunValidator(descriptors.get(job)).validateGiven(BusinessRun.parameters(date, org, options));
        List<Organization> scope = org == null ? organizations.inScope(null) : List.of(organizations.require(org));
        List<ExportedFile> files = new ArrayList<>();
        for (Organization organization : scope) {
            BusinessRun run = BusinessRun.of(BusinessRun.parameters(date, organization.code(), options), 0);
            Path target = settings.exportDir().resolve("preview").resolve(fileName(job, organization.code(), date, options));
            files.add(readOnly.execute(tx -> {
                try (ExportFile<List<String>> file = ExportFile.start(target, CsvLayout.of(preview.header(), row -> row), 0)) {
                    preview.rows(run, row -> file.write(row, null));
                    return file.publish(job + " (preview)", "preview", organization.code(), date.toString(),
                            organization.currency(), false);
                }
            }));
        }
        return files;
    }
}
