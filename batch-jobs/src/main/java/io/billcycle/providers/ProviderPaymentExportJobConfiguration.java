package io.billcycle.providers;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.BusinessRunValidator;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.StepCounters;
import io.billcycle.export.ExportedFile;
import io.billcycle.export.OrganizationCsvExportTasklet;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * {@code provider-payment-export}, for a service period P (option {@code period}) at business date D, for one agency:
 * <ol>
 * <li>{@code assign-batch}: one statement records a new export batch and marks every AUTHORIZED payment and adjustment
 * of P PAID in it with {@code exported_on = D}. It commits with the step, so a crash leaves either no batch and no
 * payment paid, or both. Nothing authorized: no batch.</li>
 * <li>{@code write-batch}: the batch's file and manifest, written from the database (the batch's PAID payments in id
 * order). A restart rewrites it whole, to the same bytes.</li>
 * </ol>
 * The batch belongs to the job instance, so a restart finds it; a rerun of a completed instance does nothing, and a
 * forced one finds nothing left to pay. Not in the daily cycle: it is run per service period.
 */
@Configuration(proxyBeanMethods = false)
public class ProviderPaymentExportJobConfiguration {

    public static final String JOB_NAME = "provider-payment-export";
    public static final String PERIOD = "period";
    /** Step counters: payments marked PAID, and runs that found nothing authorized. */
    public static final String PAID = "paid";
    public static final String NOTHING = "nothing authorized";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Every AUTHORIZED provider payment and adjustment of a service period into one new export "
                    + "batch, marked PAID in the same transaction, and the batch's CSV for finance with its manifest.")
            .requiredOption(PERIOD, JobDescriptor.OptionType.MONTH, "the service period, a month like 2025-01 (--period)")
            .step("assign-batch", "batches")
            .step("write-batch", "payments exported")
            .counter(PAID)
            .counter(NOTHING, "no AUTHORIZED payment in the period: no batch, no file")
            .build();

    @Bean
    public JobDescriptor providerPaymentExportDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job providerPaymentExportJob(JobRepository jobRepository, Step assignBatchStep, Step writeBatchStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(assignBatchStep)
                .next(writeBatchStep)
                .build();
    }

    @Bean
    public Step assignBatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet assignBatchTasklet) {
        return new StepBuilder("assign-batch", jobRepository).tasklet(assignBatchTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    public Tasklet assignBatchTasklet(ProviderExportMapper mapper, Organizations organizations, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return (contribution, chunkContext) -> {
            long instance = step.getJobExecution().getJobInstance().getInstanceId();
            if (mapper.batchOfInstance(instance) == null) {
                Organization organization = agency(organizations, run);
                int paid = mapper.assignBatch(organization.id(), run.option(PERIOD), run.businessDate(), JOB_NAME,
                        instance, run.jobExecutionId());
                StepCounters.add(step, paid > 0 ? PAID : NOTHING, paid > 0 ? paid : 1);
                contribution.incrementWriteCount(paid > 0 ? 1 : 0);
            }
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step writeBatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet writeBatchTasklet) {
        return new StepBuilder("write-batch", jobRepository).tasklet(writeBatchTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    public Tasklet writeBatchTasklet(ProviderExportMapper mapper, ProviderBatchFiles files,
            @Value("#{stepExecution}") StepExecution step) {
        return (contribution, chunkContext) -> {
            ProviderExportMapper.Batch batch = mapper.batchOfInstance(step.getJobExecution().getJobInstance().getInstanceId());
            if (batch != null) {
                ExportedFile file = files.writeAndRecord(batch);
                contribution.incrementWriteCount(file.description().rowCount());
                step.getExecutionContext().putString(OrganizationCsvExportTasklet.FILES_KEY, file.csv().toString());
            }
            return RepeatStatus.FINISHED;
        };
    }

    /** The run's agency: the job pays one agency's providers per run, as the launcher runs each organization. */
    private static Organization agency(Organizations organizations, BusinessRun run) {
        if (run.org() == null) {
            throw new IllegalStateException(JOB_NAME + " runs for one organization at a time");
        }
        return organizations.require(run.org());
    }
}
