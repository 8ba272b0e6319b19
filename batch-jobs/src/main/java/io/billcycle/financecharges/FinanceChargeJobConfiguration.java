package io.billcycle.financecharges;

import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.BusinessRunValidator;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.ProgressSink;
import io.billcycle.batch.RunsOn;
import io.billcycle.batch.StepProgressListener;
import io.billcycle.batch.StreamedReaders;
import io.billcycle.export.ExportSpec;
import io.billcycle.export.Exports;
import io.billcycle.ledger.LedgerMapper;

/**
 * {@code finance-charge-assessment}: two steps.
 * <ol>
 * <li>{@code assess-accounts} (chunks): stream the accounts eligible at D, let {@link FinanceChargeRule} decide on each
 * from its ledger position, post the charges.</li>
 * <li>{@code export-finance-charges}: the charges posted on D, one CSV file and manifest per organization.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class FinanceChargeJobConfiguration {

    public static final String JOB_NAME = "finance-charge-assessment";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Monthly finance charges on principal past due beyond the grace days, for accounts whose "
                    + "next finance charge date has come.")
            .inCycle(20, RunsOn.EVERY_DAY)
            .step("assess-accounts", "accounts")
            .step("export-finance-charges", "charges exported")
            .counter(FinanceChargeWriter.CHARGED)
            .build();

    static final ExportSpec<FinanceChargeExportRow> FINANCE_CHARGES = ExportSpec.<FinanceChargeExportRow>kind("finance-charges")
            .layout(new FinanceChargeCsvLayout())
            .organization(FinanceChargeExportRow::organization)
            .amount(FinanceChargeExportRow::charge)
            .build();

    @Bean
    public JobDescriptor financeChargeDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job financeChargeAssessmentJob(JobRepository jobRepository, Step assessAccountsStep,
            Step exportFinanceChargesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(assessAccountsStep)
                .next(exportFinanceChargesStep)
                .build();
    }

    /** The assessment, split by account id into the run's partitions. */
    @Bean
    public Step assessAccountsStep(PartitionedSteps partitioned, Step assessAccountsWorkerStep,
            FinanceChargeMapper mapper) {
        return partitioned.of("assess-accounts", assessAccountsWorkerStep, mapper::assessableAccountQuantiles);
    }

    @Bean
    public Step assessAccountsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<AssessableAccount> assessableAccountReader,
            FinanceChargeWriter financeChargeWriter, StepProgressListener assessmentProgress) {
        return new StepBuilder(PartitionedSteps.workerName("assess-accounts"), jobRepository)
                .<AssessableAccount, AssessableAccount>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(assessableAccountReader)
                .writer(financeChargeWriter)
                .listener(assessmentProgress)
                .listener(PartitionedSteps.RECORD_WORKER)
                .build();
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<AssessableAccount> assessableAccountReader(StreamedReaders readers, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return readers.stream(FinanceChargeMapper.SELECT_ASSESSABLE_ACCOUNTS, run.sqlParameters(step));
    }

    @Bean
    @StepScope
    public FinanceChargeWriter financeChargeWriter(LedgerMapper ledger, FinanceChargeMapper mapper, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return new FinanceChargeWriter(ledger, mapper, run, step);
    }

    @Bean
    @StepScope
    public StepProgressListener assessmentProgress(ObjectProvider<ProgressSink> sink, FinanceChargeMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new StepProgressListener(sink, () -> mapper.countAssessableAccounts(run.sqlParameters(step)));
    }

    @Bean
    public Step exportFinanceChargesStep(Exports exports) {
        return exports.step("export-finance-charges", FINANCE_CHARGES, FinanceChargeMapper.SELECT_POSTED_CHARGES);
    }
}
