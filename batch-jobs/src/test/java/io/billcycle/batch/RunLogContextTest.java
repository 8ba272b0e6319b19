package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;

class RunLogContextTest {

    final RunLogContext context = new RunLogContext();

    @AfterEach
    void clear() {
        MDC.clear();
    }

    JobExecution execution(String org) {
        return new JobExecution(42L, new JobInstance(7L, "invoice-generation"),
                BusinessRun.parameters(LocalDate.parse("2024-03-31"), org));
    }

    @Test
    void aStepPutsItsRunOnTheThreadAndGivesBackWhatTheThreadHad() {
        MDC.put("request", "r-1");
        StepExecution step = new StepExecution(9L, "invoice-due-plans-worker:partition0", execution("ACME"));

        context.beforeStep(step);
        assertThat(MDC.getCopyOfContextMap()).containsExactlyInAnyOrderEntriesOf(Map.of("request", "r-1",
                "job", "invoice-generation", "execution", "42", "org", "ACME", "date", "2024-03-31"));
        context.afterStep(step);

        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("request", "r-1"));
    }

    @Test
    void aJobForEveryOrganizationHasNoOrgAndLeavesNothingBehind() {
        JobExecution job = execution(null);

        context.beforeJob(job);
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("job", "invoice-generation", "execution", "42",
                "date", "2024-03-31"));
        context.afterJob(job);

        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
