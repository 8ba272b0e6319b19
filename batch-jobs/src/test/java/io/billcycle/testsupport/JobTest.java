package io.billcycle.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.billcycle.BatchJobsTestApplication;
import io.billcycle.batch.BusinessRun;

/**
 * Functional tests that launch whole jobs against the real database, with small chunks so that every job spans
 * several commits, and export files under a temporary folder. One partition: a test that says which chunk an injected
 * failure stops reads one stream; that N partitions end like one is PartitionedRunTest's business.
 */
@SpringBootTest(classes = BatchJobsTestApplication.class,
        properties = {"spring.batch.job.enabled=false", "billcycle.chunk-size=3", "billcycle.partitions=1"})
public abstract class JobTest extends DatabaseTest {

    /** One folder per test JVM: cached Spring contexts outlive a single test class. */
    private static final Path exportDir = TestFiles.createTempDirectory("billcycle-exports");

    @Autowired
    protected JobOperator jobOperator;

    @Autowired
    protected org.springframework.batch.core.repository.JobRepository jobRepository;

    /** A step's named counter as the job repository recorded it, over the step's partitions. */
    protected long counter(org.springframework.batch.core.job.JobExecution execution, String step, String name) {
        return io.billcycle.batch.StepCounters.total(jobRepository.getJobExecution(execution.getId()), step, name);
    }

    @DynamicPropertySource
    static void exports(DynamicPropertyRegistry registry) {
        registry.add("billcycle.export-dir", () -> exportDir.toString());
    }

    @BeforeEach
    void emptyExportDir() {
        TestFiles.emptyDirectory(exportDir);
    }

    protected Path exportDir() {
        return exportDir;
    }

    protected static JobParameters params(LocalDate date) {
        return BusinessRun.parameters(date, null);
    }

    protected static JobParameters params(LocalDate date, String org) {
        return BusinessRun.parameters(date, org);
    }

    /** A run for {@code date} over every organization, as a writer or a mapper under test receives it. */
    protected static BusinessRun run(LocalDate date) {
        return BusinessRun.of(params(date), 1);
    }

    protected JobExecution launch(Job job, JobParameters parameters) throws Exception {
        return jobOperator.start(job, parameters);
    }
}
