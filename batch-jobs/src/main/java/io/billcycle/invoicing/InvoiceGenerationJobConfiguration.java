package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.GrowingTableStatistics;
import io.billcycle.batch.JobParameterNames;
import io.billcycle.batch.ProgressSink;
import io.billcycle.batch.StatisticsMapper;
import io.billcycle.batch.StepProgressListener;
import io.billcycle.export.ExportBatchMapper;
import io.billcycle.export.OrganizationCsvExportTasklet;

/**
 * {@code invoice-generation}: three steps.
 * <ol>
 * <li>{@code invoice-due-plans} (chunks): stream active plans with something due, let {@link InvoicePlanner} decide,
 * write invoices, CHARGE entries and the plans' new next period start.</li>
 * <li>{@code deactivate-ended-plans}: one set-based statement makes plans past their end date INACTIVE (parked plans
 * excepted) with a history row each.</li>
 * <li>{@code export-invoices}: the day's invoices to one CSV file and manifest per organization.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class InvoiceGenerationJobConfiguration {

    public static final String JOB_NAME = "invoice-generation";

    @Bean
    public Job invoiceGenerationJob(JobRepository jobRepository, Step invoiceDuePlansStep,
            Step deactivateEndedPlansStep, Step exportInvoicesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {JobParameterNames.DATE}, new String[0]))
                .start(invoiceDuePlansStep)
                .next(deactivateEndedPlansStep)
                .next(exportInvoicesStep)
                .build();
    }

    @Bean
    public Step invoiceDuePlansStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<DuePlan> duePlanReader,
            InvoicePlanProcessor invoicePlanProcessor, InvoiceWriter invoiceWriter,
            StepProgressListener duePlanProgress, GrowingTableStatistics invoiceTableStatistics) {
        return new StepBuilder("invoice-due-plans", jobRepository)
                .<DuePlan, PlanInvoicing>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(duePlanReader)
                .processor(invoicePlanProcessor)
                .writer(invoiceWriter)
                .listener(duePlanProgress)
                .listener(invoiceTableStatistics)
                .build();
    }

    /** Every ledger entry checks its invoice: see GrowingTableStatistics for why a fresh invoices table needs this. */
    @Bean
    @StepScope
    public GrowingTableStatistics invoiceTableStatistics(StatisticsMapper statistics) {
        return new GrowingTableStatistics(statistics, List.of("invoices"));
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<DuePlan> duePlanReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['org']}") String org) {
        MyBatisCursorItemReader<DuePlan> reader = new MyBatisCursorItemReader<>();
        reader.setName("duePlanReader");
        reader.setSqlSessionFactory(cursorSqlSessionFactory);
        reader.setQueryId(InvoiceGenerationMapper.SELECT_DUE_PLANS);
        reader.setParameterValues(params(date, org));
        // State lives in the database: invoiced plans drop out of the query, so a restart just reads again.
        reader.setSaveState(false);
        return reader;
    }

    @Bean
    @StepScope
    public InvoicePlanProcessor invoicePlanProcessor(@Value("#{jobParameters['date']}") LocalDate date) {
        return new InvoicePlanProcessor(date);
    }

    @Bean
    @StepScope
    public InvoiceWriter invoiceWriter(InvoiceGenerationMapper mapper, @Value("#{jobParameters['date']}") LocalDate date,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new InvoiceWriter(mapper, date, stepExecution);
    }

    @Bean
    @StepScope
    public StepProgressListener duePlanProgress(ObjectProvider<ProgressSink> sink, InvoiceGenerationMapper mapper,
            @Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['org']}") String org) {
        return new StepProgressListener(sink, () -> mapper.countDuePlans(date, org));
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
    public Tasklet deactivateEndedPlansTasklet(InvoiceGenerationMapper mapper,
            @Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['org']}") String org) {
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(mapper.deactivateEndedPlans(date, org));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step exportInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OrganizationCsvExportTasklet<InvoiceExportRow> invoiceExportTasklet) {
        return new StepBuilder("export-invoices", jobRepository)
                .tasklet(invoiceExportTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<InvoiceExportRow> issuedInvoiceReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['org']}") String org) {
        MyBatisCursorItemReader<InvoiceExportRow> reader = new MyBatisCursorItemReader<>();
        reader.setName("issuedInvoiceReader");
        reader.setSqlSessionFactory(cursorSqlSessionFactory);
        reader.setQueryId(InvoiceGenerationMapper.SELECT_ISSUED_INVOICES);
        reader.setParameterValues(params(date, org));
        reader.setSaveState(false);
        return reader;
    }

    @Bean
    @StepScope
    public OrganizationCsvExportTasklet<InvoiceExportRow> invoiceExportTasklet(BatchSettings settings,
            InvoiceGenerationMapper mapper, ExportBatchMapper exportBatches,
            MyBatisCursorItemReader<InvoiceExportRow> issuedInvoiceReader,
            @Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['org']}") String org) {
        return new OrganizationCsvExportTasklet<>(JOB_NAME, date, settings.exportDir(), issuedInvoiceReader,
                new InvoiceCsvLayout(), InvoiceExportRow::organization, mapper.selectExportTargets(org), exportBatches,
                true);
    }

    private static Map<String, Object> params(LocalDate date, String org) {
        Map<String, Object> params = new HashMap<>();
        params.put("date", date);
        params.put("org", org);
        return params;
    }
}
