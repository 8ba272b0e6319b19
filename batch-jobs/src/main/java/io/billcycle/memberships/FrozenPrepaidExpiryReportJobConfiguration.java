package io.billcycle.memberships;

import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.BusinessRunValidator;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.JobDescriptor.OptionType;
import io.billcycle.batch.RunsOn;
import io.billcycle.batch.StepCounters;
import io.billcycle.export.ExportSpec;
import io.billcycle.export.ExportTarget;
import io.billcycle.export.ExportedFile;
import io.billcycle.export.Exports;
import io.billcycle.export.OrganizationCsvExportTasklet;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * {@code frozen-prepaid-expiry-report}: one step that streams the frozen prepaid enrollments whose contract ends in the
 * {@link ExpiryWindow} into the report's CSV and manifest, for one organization. Options: {@code add-days} (10),
 * {@code window-days} (7), {@code facilities} (ids; all without) and {@code only-if-rows} ({@code yes}: no file at all
 * when nothing matches, the "alarm" that only sends when there is something to see). Last in the daily cycle.
 */
@Configuration(proxyBeanMethods = false)
public class FrozenPrepaidExpiryReportJobConfiguration {

    public static final String JOB_NAME = "frozen-prepaid-expiry-report";
    static final String ROWS = "frozen prepaid";
    static final String NOTHING = "nothing to report";

    /** The report's file: no amounts, one organization per run of the step. */
    static final ExportSpec<FrozenPrepaidExpiryRow> REPORT = ExportSpec.<FrozenPrepaidExpiryRow>kind("frozen-prepaid-expiry")
            .layout(new FrozenPrepaidExpiryCsvLayout())
            .build();

    static final JobDescriptor DESCRIPTOR = JobDescriptor.named(JOB_NAME)
            .description("Frozen prepaid memberships whose contract ends soon: the enrollments staff must thaw or extend "
                    + "before the contract concludes, as CSV with a manifest.")
            .inCycle(60, RunsOn.EVERY_DAY)
            .readOnly()
            .option("add-days", 0, ExpiryWindow.MAX_DAYS, "dateTo = date + add-days (default 10)")
            .option("window-days", 0, ExpiryWindow.MAX_DAYS, "dateFrom = dateTo - window-days (default 7)")
            .option("facilities", OptionType.ID_LIST, "only these facilities (default: all)")
            .option("only-if-rows", OptionType.YES_NO, "yes: write nothing when nothing matches")
            .step("report-frozen-prepaid", "enrollments")
            .counter(ROWS)
            .counter(NOTHING, "nothing matched and only-if-rows is on: no file written")
            .build();

    @Bean
    public JobDescriptor frozenPrepaidReportDescriptor() {
        return DESCRIPTOR;
    }

    @Bean
    public Job frozenPrepaidExpiryReportJob(JobRepository jobRepository, Step reportFrozenPrepaidStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BusinessRunValidator(DESCRIPTOR))
                .start(reportFrozenPrepaidStep)
                .build();
    }

    @Bean
    public Step reportFrozenPrepaidStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet frozenPrepaidTasklet) {
        return new StepBuilder("report-frozen-prepaid", jobRepository).tasklet(frozenPrepaidTasklet, transactionManager).build();
    }

    /** The query's parameters for a run: the window and the facilities, besides the run's own. */
    static Map<String, Object> parameters(BusinessRun run) {
        ExpiryWindow window = ExpiryWindow.of(run.businessDate(), run.intOption("add-days", ExpiryWindow.DEFAULT_ADD_DAYS),
                run.intOption("window-days", ExpiryWindow.DEFAULT_WINDOW_DAYS));
        Map<String, Object> parameters = new HashMap<>(run.sqlParameters());
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        parameters.put("facilities", run.idsOption("facilities"));
        return parameters;
    }

    @Bean
    @StepScope
    public Tasklet frozenPrepaidTasklet(SqlSessionTemplate sessions, Organizations organizations, Exports exports,
            BusinessRun run, @Value("#{stepExecution}") StepExecution step) {
        return (contribution, chunkContext) -> {
            for (Organization organization : organizations.inScope(run.org())) {
                Map<String, Object> parameters = parameters(run);
                parameters.put(BusinessRun.SQL_ORG, organization.code());
                ExportTarget target = new ExportTarget(JOB_NAME, run.jobExecutionId(), organization.id(),
                        organization.code(), run.businessDate(), null, 0);
                ExportedFile written;
                try (Cursor<FrozenPrepaidExpiryRow> rows = sessions.selectCursor(FrozenPrepaidExpiryMapper.SELECT_ROWS,
                        parameters)) {
                    written = exports.write(REPORT, target, rows, run.yesOption("only-if-rows"));
                }
                if (written == null) {
                    StepCounters.add(step, NOTHING, 1);
                    continue;
                }
                exports.record(REPORT, target, written);
                StepCounters.add(step, ROWS, written.description().rowCount());
                contribution.incrementWriteCount(written.description().rowCount());
                step.getExecutionContext().putString(OrganizationCsvExportTasklet.FILES_KEY, written.csv().toString());
            }
            return RepeatStatus.FINISHED;
        };
    }
}
