package io.billcycle.batch;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the shared settings and the run every job's beans read their parameters from. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchSettings.class)
public class BatchSupportConfiguration {

    /** The run of the job executing now; step-scoped beans of any job inject it. */
    @Bean
    @JobScope
    public BusinessRun businessRun(@Value("#{jobExecution}") JobExecution jobExecution) {
        return BusinessRun.of(jobExecution);
    }
}
