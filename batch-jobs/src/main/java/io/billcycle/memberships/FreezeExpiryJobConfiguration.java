package io.billcycle.memberships;

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
import io.billcycle.batch.ProgressSink;
import io.billcycle.batch.RunsOn;
import io.billcycle.batch.StepProgressListener;
import io.billcycle.batch.StreamedReaders;

/**
 * {@code freeze-expiry}: thaws, on their end date, the freezes that have one, with the effects of a staff thaw
 * ({@link ThawRule}): contract and enrollees extended, the fee invoiced once. Second in the daily cycle, after
 * invoicing, so that a thawed member's fee is on the ledger before finance charges and statements.
 */
@Configuration(proxyBeanMethods = false)
public class FreezeExpiryJobConfiguration {

    public static final String JOB_NAME = "freeze-expiry";

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Thaws the membership freezes whose end date has come: contracts and enrollees extended by the "
                    + "days frozen, freeze fees invoiced to the holders.")
            .inCycle(15, RunsOn.EVERY_DAY)
            .step("thaw-expired-freezes", "contracts")
            .counter(FreezeExpiryWriter.THAWED)
            .counter(FreezeExpiryWriter.NO_ACCOUNT, "{count} fee(s) not invoiced: the holder has no billing account; "
                    + "invoice them by hand")
            .build();

    @Bean
    public JobDescriptor freezeExpiryDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job freezeExpiryJob(JobRepository jobRepository, Step thawExpiredFreezesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(thawExpiredFreezesStep)
                .build();
    }

    @Bean
    public Step thawExpiredFreezesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchSettings settings, MyBatisCursorItemReader<ExpiredFreeze> expiredFreezeReader,
            FreezeExpiryWriter freezeExpiryWriter, StepProgressListener freezeExpiryProgress) {
        return new StepBuilder("thaw-expired-freezes", jobRepository)
                .<ExpiredFreeze, ExpiredFreeze>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(expiredFreezeReader)
                .writer(freezeExpiryWriter)
                .listener(freezeExpiryProgress)
                .build();
    }

    @Bean
    @StepScope
    public MyBatisCursorItemReader<ExpiredFreeze> expiredFreezeReader(StreamedReaders readers, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return readers.stream(FreezeExpiryMapper.SELECT_EXPIRED, run.sqlParameters(step));
    }

    @Bean
    @StepScope
    public FreezeExpiryWriter freezeExpiryWriter(FreezeExpiryMapper mapper, BusinessRun run,
            @Value("#{stepExecution}") StepExecution step) {
        return new FreezeExpiryWriter(mapper, run, step);
    }

    @Bean
    @StepScope
    public StepProgressListener freezeExpiryProgress(ObjectProvider<ProgressSink> sink, FreezeExpiryMapper mapper,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return new StepProgressListener(sink, () -> mapper.countExpired(run.sqlParameters(step)));
    }
}
