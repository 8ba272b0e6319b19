package io.billcycle.workers;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConnectionDetails;
import org.springframework.stereotype.Component;

/** The broker this process talks to, as Spring Boot's Artemis support set it up. */
@Component
public class Broker {

    private final ConnectionFactory connectionFactory;
    private final ObjectProvider<EmbeddedActiveMQ> embedded;
    private final String mode;
    private final String url;
    private final ArtemisConnectionDetails details;

    public Broker(ConnectionFactory connectionFactory, ObjectProvider<EmbeddedActiveMQ> embedded,
            @Value("${spring.artemis.mode:native}") String mode,
            @Value("${spring.artemis.broker-url:tcp://localhost:61616}") String url,
            ObjectProvider<ArtemisConnectionDetails> details) {
        this.connectionFactory = connectionFactory;
        this.details = details.getIfAvailable();
        this.embedded = embedded;
        this.mode = mode;
        this.url = url;
    }

    /** Where the broker is, for people: "embedded in this process" or its URL without credentials. */
    public String describe(WorkerSettings settings) {
        return "embedded".equalsIgnoreCase(mode) ? "embedded in this process, workers connect at " + settings.listen()
                : url.replaceAll("(?i)(user|password)=[^&]*&?", "");
    }

    /**
     * Connects once and lets go; a broker that does not answer is {@link BrokerUnreachableException}. An embedded
     * broker must also listen for workers: when its address is taken (say, by another manager's broker) Artemis starts
     * without it, and workers would connect to the other broker and never see this manager's requests.
     */
    public void requireReachable(WorkerSettings settings) {
        EmbeddedActiveMQ server = embedded.getIfAvailable();
        if (server != null) {
            Acceptor acceptor = server.getActiveMQServer().getRemotingService().getAcceptor("workers");
            if (acceptor == null || !acceptor.isStarted()) {
                throw new BrokerUnreachableException("the embedded broker cannot listen for workers at "
                        + settings.listen() + " (billcycle.workers.listen): the address is taken or not valid", null);
            }
        }
        try (Connection connection = connectionFactory.createConnection()) {
            connection.getMetaData();
        } catch (JMSException | RuntimeException e) {
            throw new BrokerUnreachableException("broker unreachable at " + describe(settings) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** Whether a connection can be made now. */
    public boolean reachable() {
        try (Connection connection = connectionFactory.createConnection()) {
            return true;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A connection factory for a worker's consumers, to the broker Spring Boot's settings name: one that takes one
     * request at a time per thread. Artemis would otherwise buffer a batch of them in one worker while another sits
     * idle.
     */
    ConnectionFactory withoutPrefetch() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        if (details != null && details.getUser() != null && !details.getUser().isBlank()) {
            factory.setUser(details.getUser());
            factory.setPassword(details.getPassword());
        }
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /** The broker could not be reached: exit code 3, like an unreachable database. */
    public static final class BrokerUnreachableException extends RuntimeException {
        BrokerUnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
