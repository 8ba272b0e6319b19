package io.billcycle.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers, kept in its own class so its classes load only when a Docker engine may be there. */
final class Containers {

    private Containers() {
    }

    static TestPostgres.Server tryStart() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new TestPostgres.Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
