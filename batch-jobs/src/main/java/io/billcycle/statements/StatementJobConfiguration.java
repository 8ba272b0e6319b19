package io.billcycle.statements;

import java.util.Map;
import java.util.stream.Collectors;

import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
import io.billcycle.export.ExportBatchMapper;
import io.billcycle.export.ExportSpec;
import io.billcycle.export.Exports;
import io.billcycle.ledger.LedgerMapper;
import io.billcycle.organizations.Organizations;
import io.billcycle.statements.print.PrintSettings;
import io.billcycle.statements.print.PrintStatementsTasklet;
import io.billcycle.statements.print.StatementPrintMapper;

/**
 * {@code statement-cycle}: two steps.
 * <ol>
 * <li>{@code state-accounts} (chunks): stream the accounts whose statement is due, let {@link StatementPlanner} decide
 * each statement (figures, minimum due, dunning level and why, message lines), write them and move the accounts on.</li>
 * <li>{@code export-statements}: the day's statements, one CSV file and manifest per organization.</li>
 * <li>{@code print-statements}: the same statements as PDF, one file per organization that prints them
 * ({@code organizations.print_statements}), for a print-and-mail house.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrintSettings.class)
public class StatementJobConfiguration {

    public static final String JOB_NAME = "statement-cycle";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Statements with aging for accounts whose statement date has come, and dunning-level "
                    + "advancement when the previous minimum was not paid.")
            .inCycle(30, RunsOn.EVERY_DAY)
            .step("state-accounts", "accounts")
            .step("export-statements", "statements exported")
            .step("print-statements", "statements printed")
            .counter(StatementWriter.STATEMENTS)
            .counter(StatementWriter.NOTHING_TO_SAY, "{count} account(s) due had nothing to say (zero balance, no activity)")
            .build();

    static final ExportSpec<StatementPrintRow> STATEMENTS = ExportSpec.<StatementPrintRow>kind("statements")
            .layout(new StatementCsvLayout())
            .organization(StatementPrintRow::organization)
            .amount(StatementPrintRow::balance)
            .build();

    @Bean
    public JobDescriptor statementDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job statementCycleJob(JobRepository jobRepository, Step stateAccountsStep, Step exportStatementsStep,
            Step printStatementsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(stateAccountsStep)
                .next(exportStatementsStep)
                .next(printStatementsStep)
                .build();
    }

    /** The step, split by account id into the run's partitions. */
    @Bean
    public Step stateAccountsStep(PartitionedSteps partitioned, Step stateAccountsWorkerStep,
            StatementMapper mapper) {
        return partitioned.of("state-accounts", stateAccountsWorkerStep, mapper::dueAccountQuantiles);
    }

    @Bean
    public Step stateAccountsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<StatementAccount> dueAccountReader,
            StatementWriter statementWriter, StepProgressListener statementProgress) {
        return new StepBuilder(PartitionedSteps.workerName("state-accounts"), jobRepository)
                .<StatementAccount, StatementAccount>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(dueAccountReader)
                .writer(statementWriter)
                .listener(statementProgress)
                .listener(PartitionedSteps.RECORD_WORKER)
                .build();
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<StatementAccount> dueAccountReader(StreamedReaders readers, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return readers.stream(StatementMapper.SELECT_DUE_ACCOUNTS, run.sqlParameters(step));
    }

    @Bean
    @StepScope
    public StatementWriter statementWriter(LedgerMapper ledger, StatementMapper mapper, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return new StatementWriter(ledger, mapper, dunningLevels(mapper, run), run, step);
    }

    /** The dunning levels of the organizations in scope, by organization: a small table, read once per step. */
    static Map<Long, DunningLevels> dunningLevels(StatementMapper mapper, BusinessRun run) {
        return mapper.selectDunningLevels(run.sqlParameters()).stream().collect(Collectors.groupingBy(
                StatementMapper.DunningLevel::organizationId, Collectors.collectingAndThen(
                        Collectors.toMap(StatementMapper.DunningLevel::level, StatementMapper.DunningLevel::message),
                        DunningLevels::of)));
    }

    @Bean
    @StepScope
    public StepProgressListener statementProgress(ObjectProvider<ProgressSink> sink, StatementMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new StepProgressListener(sink, () -> mapper.countDueAccounts(run.sqlParameters(step)));
    }

    @Bean
    public Step exportStatementsStep(Exports exports) {
        return exports.step("export-statements", STATEMENTS, StatementMapper.SELECT_PRINT_ROWS);
    }

    /** Its own step, after the CSV: an organization that does not print skips it at no cost. */
    @Bean
    public Step printStatementsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet printStatementsTasklet) {
        return new StepBuilder("print-statements", jobRepository)
                .tasklet(printStatementsTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet printStatementsTasklet(StatementPrintMapper mapper, StreamedReaders readers, BusinessRun run,
            Organizations organizations, BatchSettings settings, PrintSettings print, ExportBatchMapper exportBatches) {
        return new PrintStatementsTasklet(mapper, readers.stream(StatementPrintMapper.SELECT_PRINTED_STATEMENTS,
                run.sqlParameters()), run, organizations.inScope(run.org()), settings.exportDir(), print, exportBatches);
    }
}
