package io.billcycle.workers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of remote partitioning ({@code billcycle.workers.*}, e.g. {@code BILLCYCLE_WORKERS_LISTEN}). Which broker
 * to use is Spring Boot's own setting: {@code spring.artemis.broker-url} ({@code SPRING_ARTEMIS_BROKER_URL}), with
 * {@code spring.artemis.user} and {@code password}.
 *
 * @param queue        the queue partition requests travel on; managers and workers must agree
 * @param listen       where the broker a manager embeds accepts workers ({@code tcp://0.0.0.0:61616} lets other
 *                     machines in); unused with an external broker
 * @param pollInterval how often the manager reads the job repository for its partitions' ends
 * @param startTimeout how long a partition may wait for a worker to take it before it fails ("no worker took it")
 */
@ConfigurationProperties("billcycle.workers")
public record WorkerSettings(@DefaultValue("billcycle.partitions") String queue,
        @DefaultValue("tcp://localhost:61616") String listen, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10m") Duration startTimeout) {

    public WorkerSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("billcycle.workers.poll-interval must be above zero, got '" + pollInterval + "'");
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("billcycle.workers.start-timeout must be above zero, got '" + startTimeout + "'");
        }
    }
}
