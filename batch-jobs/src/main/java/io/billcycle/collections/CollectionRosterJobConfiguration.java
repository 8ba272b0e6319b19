package io.billcycle.collections;

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
 * {@code collection-roster}: two steps.
 * <ol>
 * <li>{@code evaluate-accounts} (chunks): stream the accounts the roster evaluates, let {@link CollectionRule} decide
 * each one (paid off, plan installments, transfers, entering collections), move plans on and record the changes.</li>
 * <li>{@code export-roster}: the day's roster, one collectors' file and manifest per organization.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class CollectionRosterJobConfiguration {

    public static final String JOB_NAME = "collection-roster";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("The collection roster: accounts that leave, enter or move through collections, and payment "
                    + "plans checked installment by installment, defaulted when one is not met.")
            .inCycle(40, RunsOn.EVERY_DAY)
            .step("evaluate-accounts", "accounts")
            .step("export-roster", "roster rows exported")
            .counter(CollectionRosterWriter.CHANGED)
            .counter(CollectionRosterWriter.PLANS_MOVED, "{count} payment plan(s) had installments met and moved on")
            .build();

    static final ExportSpec<RosterExportRow> ROSTER = ExportSpec.<RosterExportRow>kind("collection-roster")
            .layout(new RosterCsvLayout())
            .organization(RosterExportRow::organization)
            .amount(RosterExportRow::balance)
            .build();

    @Bean
    public JobDescriptor collectionRosterDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job collectionRosterJob(JobRepository jobRepository, Step evaluateAccountsStep, Step exportRosterStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(evaluateAccountsStep)
                .next(exportRosterStep)
                .build();
    }

    /** The step, split by account id into the run's partitions. */
    @Bean
    public Step evaluateAccountsStep(PartitionedSteps partitioned, Step evaluateAccountsWorkerStep,
            CollectionRosterMapper mapper) {
        return partitioned.of("evaluate-accounts", evaluateAccountsWorkerStep, mapper::accountQuantiles);
    }

    @Bean
    public Step evaluateAccountsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<RosterAccount> rosterAccountReader,
            CollectionRosterWriter collectionRosterWriter, StepProgressListener rosterProgress) {
        return new StepBuilder(PartitionedSteps.workerName("evaluate-accounts"), jobRepository)
                .<RosterAccount, RosterAccount>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(rosterAccountReader)
                .writer(collectionRosterWriter)
                .listener(rosterProgress)
                .listener(PartitionedSteps.RECORD_WORKER)
                .build();
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<RosterAccount> rosterAccountReader(StreamedReaders readers, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return readers.stream(CollectionRosterMapper.SELECT_ACCOUNTS, run.sqlParameters(step));
    }

    @Bean
    @StepScope
    public CollectionRosterWriter collectionRosterWriter(LedgerMapper ledger, CollectionRosterMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new CollectionRosterWriter(ledger, mapper, transfers(mapper, run), run, step);
    }

    /** Every status's transfer, by organization: a small table, read once per step. */
    static Map<Long, Map<String, CollectionTerms.Transfer>> transfers(CollectionRosterMapper mapper, BusinessRun run) {
        return mapper.selectTransfers(run.sqlParameters()).stream().collect(Collectors.groupingBy(
                CollectionRosterMapper.StatusTransfer::organizationId, Collectors.toMap(
                        CollectionRosterMapper.StatusTransfer::code,
                        t -> new CollectionTerms.Transfer(t.daysToRemain(), t.nextStatus()))));
    }

    @Bean
    @StepScope
    public StepProgressListener rosterProgress(ObjectProvider<ProgressSink> sink, CollectionRosterMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new StepProgressListener(sink, () -> mapper.countAccounts(run.sqlParameters(step)));
    }

    @Bean
    public Step exportRosterStep(Exports exports) {
        return exports.step("export-roster", ROSTER, CollectionRosterMapper.SELECT_ROSTER_ROWS);
    }
}
