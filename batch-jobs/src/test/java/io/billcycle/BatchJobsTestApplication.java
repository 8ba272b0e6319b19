package io.billcycle;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The jobs without the CLI: what batch-jobs' functional tests start. */
@SpringBootApplication
public class BatchJobsTestApplication {
}
