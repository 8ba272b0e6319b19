package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Exit code 3 and one line when the configured database cannot be reached. */
class DatabaseUnreachableTest {

    @Test
    void aServerThatDoesNotAnswerExitsWith3AndOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(BillcycleCommand.class, Map.of("billcycle.datasource.url", "jdbc:postgresql://127.0.0.1:" + port + "/billing",
                        "spring.datasource.hikari.connection-timeout", "2000"),
                new PrintWriter(out, true), new PrintWriter(err, true), "executions");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString().strip()).startsWith("error: database unreachable: ").doesNotContain("\n").doesNotContain("\tat ");
    }
}
