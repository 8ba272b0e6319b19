package io.billcycle.workers;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import io.billcycle.batch.PartitionedSteps;

/**
 * A {@code billcycle worker} process: listens on the partition queue and runs each request it takes
 * ({@link PartitionTaker}), {@code threads} at a time, until the process is stopped. The listener is registered only
 * here, so no other command consumes requests. A broker that is not up yet (the manager embeds it while it runs) or
 * goes away is waited for; Spring's listener container reconnects every second.
 */
@Component
public class Worker implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final Broker broker;
    private final WorkerSettings settings;
    private final IntegrationFlowContext flows;
    private final JobRepository jobRepository;
    private final PartitionLocks locks;
    private final WorkContract contract;
    private final List<Step> steps;
    private final DataSource dataSource;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile PartitionTaker taker;

    public Worker(Broker broker, WorkerSettings settings, IntegrationFlowContext flows, JobRepository jobRepository,
            PartitionLocks locks, WorkContract contract, List<Step> steps, DataSource dataSource) {
        this.broker = broker;
        this.settings = settings;
        this.flows = flows;
        this.jobRepository = jobRepository;
        this.locks = locks;
        this.contract = contract;
        this.steps = steps;
        this.dataSource = dataSource;
    }

    /** Serves until the process is asked to stop (SIGTERM, Ctrl-C); a partition in hand is finished first. */
    public void serve(int threads, boolean verbose, PrintWriter out) throws InterruptedException {
        ConnectionFactory connections = broker.withoutPrefetch();
        taker = new PartitionTaker(jobRepository, steps, locks, contract.fingerprint(), verbose);
        IntegrationFlow flow = IntegrationFlow
                .from(Jms.messageDrivenChannelAdapter(connections).destination(settings.queue())
                        .configureListenerContainer(container -> container.concurrentConsumers(threads)
                                .maxConcurrentConsumers(threads).recoveryInterval(1000L)
                                // a request is acknowledged once handled: one a stopping worker hands back, or
                                // whose worker died before it ended, goes to another worker
                                .sessionTransacted(true)))
                .handle(taker, "take")
                .get();
        out.printf("worker %s joined database %s and broker %s (queue %s, contract %s, %d at a time)%n",
                PartitionedSteps.thisWorker(), database(), broker.describe(settings), settings.queue(),
                contract.fingerprint(), threads);
        if (!broker.reachable()) {
            out.println("the broker is not up yet: waiting for it (a manager embeds it while it runs)");
        }
        out.flush();
        flows.registration(flow).id("partition-requests-from-broker").register();
        stopped.await();
        log.info("worker {} stopped", PartitionedSteps.thisWorker());
    }

    private String database() {
        String url = dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : "the configured database";
        // never a password in a log line
        return url == null ? "the configured database" : url.replaceFirst("\\?.*$", "");
    }

    /**
     * The process is stopping (the event comes before any bean is stopped): the partitions in hand are finished while
     * the database and broker are still there, then the worker lets go.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        PartitionTaker serving = taker;
        if (serving != null) {
            try {
                serving.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped.countDown();
    }
}
