package io.billcycle.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test that touches SQL: the application runs against {@link TestPostgres}, migrated by Flyway,
 * and each test starts from empty business and job-repository tables.
 */
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.Server server = TestPostgres.server();
        registry.add("spring.datasource.url", server::url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
    }

    /** Empties business and job-repository tables and restarts every id, job execution ids included. */
    @BeforeEach
    protected void emptyTables() {
        jdbc.execute("""
                truncate organizations, account_classes, billing_groups, accounts, billing_plans,
                         billing_plan_status_changes, billing_plan_parkings, invoice_number_counters, invoices, ledger_entries, export_batches,
                         batch_job_instance, batch_job_execution, batch_job_execution_params, batch_job_execution_context,
                         batch_step_execution, batch_step_execution_context
                restart identity cascade""");
        jdbc.execute("select setval('batch_job_execution_seq', 1, false), setval('batch_job_instance_seq', 1, false), "
                + "setval('batch_step_execution_seq', 1, false)");
        fixtures = new Fixtures(jdbc);
    }
}
