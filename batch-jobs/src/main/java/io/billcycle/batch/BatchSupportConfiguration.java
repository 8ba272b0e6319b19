package io.billcycle.batch;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the shared settings and the run every job's beans read their parameters from. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchSettings.class)
public class BatchSupportConfiguration {

    /**
     * The run of the job executing now; step-scoped beans of any job inject it. Step-scoped itself, not job-scoped:
     * a partitioned step runs its partitions on threads of their own, where only the step scope is active.
     */
    /** The run on every log line; static, as a bean post-processor must be, so it is made before the jobs. */
    @Bean
    public static RunLogContext runLogContext() {
        return new RunLogContext();
    }

    @Bean
    @StepScope
    public BusinessRun businessRun(@Value("#{stepExecution.jobExecution}") JobExecution jobExecution) {
        return BusinessRun.of(jobExecution);
    }
}
