package io.billcycle.metrics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metrics' beans, made only when a target is set ({@link MetricsSettings}): without one, no registry, no
 * listener, and the jobs observe nothing (Spring Batch's default, a no-op observation registry).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSettings.class)
@ConditionalOnExpression("'${billcycle.metrics.textfile:}' != '' or '${billcycle.metrics.pushgateway:}' != ''")
public class MetricsConfiguration {

    @Bean
    PrometheusMeterRegistry prometheusMeterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /** Spring Batch's job and step observations, as timers in the registry. */
    @Bean
    ObservationRegistry batchObservations(PrometheusMeterRegistry registry) {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
        return observations;
    }

    /** Static, as a bean post-processor must be; it hands every job and step the observations and the figures. */
    @Bean
    static RunMetrics runMetrics(org.springframework.beans.factory.ObjectProvider<ObservationRegistry> observations,
            org.springframework.beans.factory.ObjectProvider<PrometheusMeterRegistry> registry,
            org.springframework.beans.factory.ObjectProvider<RunFiguresMapper> figures,
            org.springframework.beans.factory.ObjectProvider<MetricsSettings> settings) {
        return new RunMetrics(observations, registry, figures, settings);
    }
}
