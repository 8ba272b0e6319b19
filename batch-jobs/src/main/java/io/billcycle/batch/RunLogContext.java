package io.billcycle.batch;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Puts the run on every log line written while it runs (SLF4J's MDC): {@code job}, {@code execution}, {@code org}
 * and {@code date}. JSON logs ({@code BILLCYCLE_LOG_FORMAT=json}) carry them as fields. Every job and step bean gets
 * it, so a new job needs nothing to have it; the step listener covers the threads and the worker processes that run
 * partitions, where the job listener never runs. A step puts back what the thread had before it.
 */
public class RunLogContext implements BeanPostProcessor, JobExecutionListener, StepExecutionListener, Ordered {

    static final String JOB = "job";
    static final String EXECUTION = "execution";
    static final String ORG = "org";
    static final String DATE = "date";

    /** What a step's thread had in its MDC before the step, put back after it. */
    private final ThreadLocal<Map<String, String>> before = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        } else if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    /** First before a step or job, last after it: the other listeners' lines carry the run too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        put(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        MDC.remove(JOB);
        MDC.remove(EXECUTION);
        MDC.remove(ORG);
        MDC.remove(DATE);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        before.set(MDC.getCopyOfContextMap());
        put(stepExecution.getJobExecution());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Map<String, String> previous = before.get();
        before.remove();
        if (previous == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(previous);
        }
        return null;
    }

    private static void put(JobExecution execution) {
        MDC.put(JOB, execution.getJobInstance().getJobName());
        MDC.put(EXECUTION, Long.toString(execution.getId()));
        BusinessRun run = BusinessRun.of(execution);
        if (run.org() != null) {
            MDC.put(ORG, run.org());
        }
        MDC.put(DATE, run.businessDate().toString());
    }
}
