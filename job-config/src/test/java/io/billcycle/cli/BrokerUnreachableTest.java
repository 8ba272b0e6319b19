package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A manager whose broker does not answer says so in one line, exit 3, before any job instance exists. */
class BrokerUnreachableTest extends CliTest {

    static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.broker-url", () -> "tcp://localhost:" + CLOSED_PORT);
    }

    static int closedPort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void runCycleAndRestartWithRemoteWorkersExitWith3AndOneLineAndChangeNothing() {
        fixtures.organization("ACME");
        Map<String, String> before = fingerprint();
        for (String[] args : new String[][] {
                {"run", "invoice-generation", "--date", "2024-03-31", "--org", "ACME", "--workers", "remote"},
                {"cycle", "--date", "2024-03-31", "--workers", "remote"},
                {"restart", "1", "--workers", "remote"}}) {
            Result result = cli(args);

            assertThat(result.code()).as(result.toString()).isEqualTo(3);
            assertThat(result.err().strip()).startsWith("error: broker unreachable at tcp://localhost:" + CLOSED_PORT + ": ")
                    .doesNotContain("\n");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void workersOnlyTakesLocalOrRemote() {
        Result result = cli("run", "invoice-generation", "--workers", "elsewhere");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --workers ").contains("elsewhere", "LOCAL", "REMOTE");
    }
}
