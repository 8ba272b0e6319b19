package io.billcycle.testsupport;

import java.util.List;

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

    /**
     * Empties every table of the schema but Flyway's history, and restarts every sequence (job execution ids
     * included). The tables come from the catalog, so a table added by a new migration is emptied too.
     */
    @BeforeEach
    protected void emptyTables() {
        List<String> tables = jdbc.queryForList("""
                select quote_ident(tablename) from pg_tables
                 where schemaname = current_schema() and tablename <> 'flyway_schema_history' order by tablename""",
                String.class);
        jdbc.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
        for (String sequence : jdbc.queryForList("""
                select quote_ident(sequencename) from pg_sequences where schemaname = current_schema()""", String.class)) {
            jdbc.execute("alter sequence " + sequence + " restart");
        }
        fixtures = new Fixtures(jdbc);
    }
}
