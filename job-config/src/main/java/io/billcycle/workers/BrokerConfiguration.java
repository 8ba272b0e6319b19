package io.billcycle.workers;

import java.util.HashMap;
import java.util.Map;

import jakarta.jms.ConnectionFactory;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The manager's side of the broker: partition requests go from the channel {@code partitionRequests} to the queue
 * {@code billcycle.workers.queue}, as a JMS map message (step name and step execution id: no Java serialization on
 * the wire) stamped with the {@link WorkContract}. Nothing connects to the broker until a request is sent, so the
 * other commands never notice it.
 * <p>
 * When this process is the manager and no external broker is configured, Spring Boot embeds Artemis here
 * ({@code spring.artemis.mode=embedded}, set by the CLI); the customizer below lets workers in over TCP at
 * {@code billcycle.workers.listen}.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@EnableConfigurationProperties(WorkerSettings.class)
public class BrokerConfiguration {

    /** Map keys of a request on the wire. */
    static final String STEP_NAME = "stepName";
    static final String STEP_EXECUTION_ID = "stepExecutionId";

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(ConnectionFactory connectionFactory, WorkerSettings settings,
            WorkContract contract) {
        return IntegrationFlow.from("partitionRequests")
                .transform(StepExecutionRequest.class, BrokerConfiguration::toMap)
                .enrichHeaders(headers -> headers.header(WorkContract.HEADER, contract.fingerprint()))
                .handle(Jms.outboundAdapter(connectionFactory).destination(settings.queue()))
                .get();
    }

    @Bean
    ArtemisConfigurationCustomizer workersAcceptor(WorkerSettings settings) {
        return configuration -> {
            try {
                configuration.addAcceptorConfiguration("workers", settings.listen());
            } catch (Exception e) {
                throw new IllegalArgumentException("billcycle.workers.listen must be a broker address such as "
                        + "tcp://localhost:61616, got '" + settings.listen() + "'", e);
            }
        };
    }

    static Map<String, Object> toMap(StepExecutionRequest request) {
        Map<String, Object> map = new HashMap<>();
        map.put(STEP_NAME, request.getStepName());
        map.put(STEP_EXECUTION_ID, request.getStepExecutionId());
        return map;
    }

    static StepExecutionRequest fromMap(Map<?, ?> map) {
        return new StepExecutionRequest((String) map.get(STEP_NAME), ((Number) map.get(STEP_EXECUTION_ID)).longValue());
    }
}
