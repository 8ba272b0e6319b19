package io.billcycle.workers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import io.billcycle.batch.JobDescriptor;

/**
 * What a manager and a worker must agree on before a worker runs a partition: the jobs as this build describes them
 * (names, steps, counters, options, each job's place in the cycle). A manager stamps its fingerprint on every request;
 * a worker built from other descriptors refuses the request rather than run a step it may know by name only.
 */
@Component
public class WorkContract {

    /** The request's header (a JMS property, so a Java identifier). */
    public static final String HEADER = "billcycle_contract";

    private final String fingerprint;

    public WorkContract(List<JobDescriptor> descriptors) {
        this.fingerprint = fingerprint(descriptors.stream().sorted(Comparator.comparing(JobDescriptor::name)).toList()
                .toString());
    }

    /** The first 12 hex digits of the SHA-256 of the descriptors' text; records print the same on every JVM. */
    static String fingerprint(String descriptors) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(descriptors.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String fingerprint() {
        return fingerprint;
    }
}
