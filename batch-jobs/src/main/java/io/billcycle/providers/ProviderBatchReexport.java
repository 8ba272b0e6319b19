package io.billcycle.providers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import io.billcycle.export.ExportedFile;
import io.billcycle.organizations.Organization;

/**
 * Writes an existing batch's file again from the database (finance lost it, or wants it again), changing nothing in
 * the database. The file is the same, byte for byte, as the one the export wrote: the SHA-256 recorded with the batch
 * is checked against it.
 */
@Service
public class ProviderBatchReexport {

    private final ProviderExportMapper mapper;
    private final ProviderBatchFiles files;

    public ProviderBatchReexport(ProviderExportMapper mapper, ProviderBatchFiles files) {
        this.mapper = mapper;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public ExportedFile reexport(Organization organization, long batchId) {
        ProviderExportMapper.Batch batch = mapper.batch(organization.id(), batchId);
        if (batch == null) {
            throw new UsageException("no provider payment batch " + batchId + " in organization " + organization.code());
        }
        if (batch.sha256() == null) {
            throw new ActionRefusedException("batch " + batchId + " has not been written yet: restart its "
                    + ProviderPaymentExportJobConfiguration.JOB_NAME + " run (billcycle executions --job "
                    + ProviderPaymentExportJobConfiguration.JOB_NAME + ")");
        }
        ExportedFile file = files.write(batch);
        if (!file.description().sha256().equals(batch.sha256().trim())) {
            throw new ActionRefusedException("batch " + batchId + ": the file written now (sha256 " + file.description().sha256()
                    + ") differs from the one exported (" + batch.sha256().trim() + "); its payments changed since");
        }
        return file;
    }
}
