package io.billcycle.invoicing;

import java.util.List;

import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.BusinessRunValidator;
import io.billcycle.batch.GrowingTableStatistics;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.ProgressSink;
import io.billcycle.batch.RunsOn;
import io.billcycle.batch.StatisticsMapper;
import io.billcycle.batch.StepProgressListener;
import io.billcycle.batch.StreamedReaders;
import io.billcycle.export.ExportSpec;
import io.billcycle.export.Exports;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * {@code invoice-generation}: four steps.
 * <ol>
 * <li>{@code invoice-due-plans} (chunks, partitioned by plan id): stream active plans with something due, let
 * {@link InvoicePlanner} decide, write draft invoices and the plans' new next period start.</li>
 * <li>{@code number-invoices}: per organization, one statement numbers the drafts gapless in (plan, period) order and
 * posts their CHARGE entries, so the numbers are the same however the invoicing was split.</li>
 * <li>{@code deactivate-ended-plans}: one set-based statement makes plans past their end date INACTIVE (parked plans
 * excepted) with a history row each.</li>
 * <li>{@code export-invoices}: the day's invoices to one CSV file and manifest per organization.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class InvoiceGenerationJobConfiguration {

    public static final String JOB_NAME = "invoice-generation";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Recurring invoices from active billing plans, missed periods caught up; ended plans become INACTIVE.")
            .inCycle(10, RunsOn.EVERY_DAY)
            .step("invoice-due-plans", "plans")
            .step("number-invoices", "invoices issued")
            .step("deactivate-ended-plans", "plans ended")
            .step("export-invoices", "invoices exported")
            .counter(InvoiceWriter.PARKED, "{count} plan(s) parked: more periods due than their organization allows in "
                    + "one run; list them with: billcycle plans list --org {org} --parked-on {date}")
            .build();

    /** The invoice file finance imports. */
    static final ExportSpec<InvoiceExportRow> INVOICES = ExportSpec.<InvoiceExportRow>kind("invoices")
            .layout(new InvoiceCsvLayout())
            .organization(InvoiceExportRow::organization)
            .amount(InvoiceExportRow::amount)
            .build();

    @Bean
    public JobDescriptor invoiceGenerationDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job invoiceGenerationJob(JobRepository jobRepository, Step invoiceDuePlansStep, Step numberInvoicesStep,
            Step deactivateEndedPlansStep, Step exportInvoicesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(invoiceDuePlansStep)
                .next(numberInvoicesStep)
                .next(deactivateEndedPlansStep)
                .next(exportInvoicesStep)
                .build();
    }

    /** The invoicing, split by plan id into the run's partitions. */
    @Bean
    public Step invoiceDuePlansStep(PartitionedSteps partitioned, Step invoiceDuePlansWorkerStep,
            InvoiceGenerationMapper mapper) {
        return partitioned.of("invoice-due-plans", invoiceDuePlansWorkerStep, mapper::duePlanQuantiles);
    }

    /**
     * Issues the drafts the partitions wrote: per organization, one statement numbers them in (plan, period) order
     * and posts their CHARGE entries, all in the step's transaction. A restart numbers what is still a draft.
     */
    @Bean
    public Step numberInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet numberInvoicesTasklet) {
        return new StepBuilder("number-invoices", jobRepository)
                .tasklet(numberInvoicesTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet numberInvoicesTasklet(InvoiceGenerationMapper mapper, Organizations organizations, BusinessRun run) {
        return (contribution, chunkContext) -> {
            for (Organization organization : organizations.inScope(run.org())) {
                contribution.incrementWriteCount(mapper.numberDrafts(organization.id(), run.jobExecutionId()));
            }
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step invoiceDuePlansWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<DuePlan> duePlanReader,
            InvoicePlanProcessor invoicePlanProcessor, InvoiceWriter invoiceWriter,
            StepProgressListener duePlanProgress, GrowingTableStatistics invoiceTableStatistics) {
        return new StepBuilder(PartitionedSteps.workerName("invoice-due-plans"), jobRepository)
                .<DuePlan, PlanInvoicing>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(duePlanReader)
                .processor(invoicePlanProcessor)
                .writer(invoiceWriter)
                .listener(duePlanProgress)
                .listener(invoiceTableStatistics)
                .listener(PartitionedSteps.RECORD_WORKER)
                .build();
    }

    /** Every ledger entry checks its invoice: see GrowingTableStatistics for why a fresh invoices table needs this. */
    @Bean
    @StepScope
    public GrowingTableStatistics invoiceTableStatistics(StatisticsMapper statistics) {
        return new GrowingTableStatistics(statistics, List.of("invoices"));
    }

    /** Invoiced plans move past the horizon and drop out of the query, so a restart just reads again. */
    @Bean
    @StepScope
    public MyBatisCursorItemReader<DuePlan> duePlanReader(StreamedReaders readers, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return readers.stream(InvoiceGenerationMapper.SELECT_DUE_PLANS, run.sqlParameters(step));
    }

    @Bean
    @StepScope
    public InvoicePlanProcessor invoicePlanProcessor(BusinessRun run) {
        return new InvoicePlanProcessor(run.businessDate());
    }

    @Bean
    @StepScope
    public InvoiceWriter invoiceWriter(InvoiceGenerationMapper mapper, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return new InvoiceWriter(mapper, run, step);
    }

    @Bean
    @StepScope
    public StepProgressListener duePlanProgress(ObjectProvider<ProgressSink> sink, InvoiceGenerationMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new StepProgressListener(sink, () -> mapper.countDuePlans(run.sqlParameters(step)));
    }

    @Bean
    public Step deactivateEndedPlansStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet deactivateEndedPlansTasklet) {
        return new StepBuilder("deactivate-ended-plans", jobRepository)
                .tasklet(deactivateEndedPlansTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet deactivateEndedPlansTasklet(InvoiceGenerationMapper mapper, BusinessRun run) {
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(mapper.deactivateEndedPlans(run.sqlParameters(contribution.getStepExecution())));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step exportInvoicesStep(Exports exports) {
        return exports.step("export-invoices", INVOICES, InvoiceGenerationMapper.SELECT_ISSUED_INVOICES);
    }
}
