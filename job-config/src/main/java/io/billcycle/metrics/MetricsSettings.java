package io.billcycle.metrics;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code billcycle.metrics.*} ({@code BILLCYCLE_METRICS_TEXTFILE}, ...). Metrics are on when either target is set.
 *
 * @param textfile    a {@code .prom} file rewritten after each run, for node_exporter's textfile collector
 * @param pushgateway a Prometheus Pushgateway's address (e.g. {@code http://pushgateway:9091}); the figures are put
 *                    under {@code /metrics/job/billcycle/instance/<instance>} after each run
 * @param instance    the instance label of pushed figures (default: the host name)
 */
@ConfigurationProperties("billcycle.metrics")
public record MetricsSettings(Path textfile, URI pushgateway, String instance) {

    public MetricsSettings {
        if (textfile != null && !textfile.toString().endsWith(".prom")) {
            throw new IllegalArgumentException("billcycle.metrics.textfile must end in .prom (node_exporter reads only "
                    + "those), got '" + textfile + "'");
        }
        if (pushgateway != null && !("http".equals(pushgateway.getScheme()) || "https".equals(pushgateway.getScheme()))) {
            throw new IllegalArgumentException("billcycle.metrics.pushgateway must be an http(s) address such as "
                    + "http://pushgateway:9091, got '" + pushgateway + "'");
        }
    }

    public boolean enabled() {
        return textfile != null || pushgateway != null;
    }
}
