package io.billcycle.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * The schema's Flyway migrations, for {@code db migrate} and {@code db info}. Built here rather than taken from Spring
 * Boot, whose Flyway bean is absent when {@code spring.flyway.enabled=false}: exactly the case where an operator
 * migrates explicitly.
 */
@Component
public class SchemaMigrations {

    private final DataSource dataSource;

    public SchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}
