package io.billcycle.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** The jobs by name, and the order the daily cycle runs them in. */
@Component
public class JobCatalog {

    /** The daily cycle, in order; jobs join it as they are built. */
    public static final List<String> CYCLE = List.of("invoice-generation");

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public JobCatalog(List<Job> jobs) {
        jobs.forEach(job -> this.jobs.put(job.getName(), job));
    }

    public Job get(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new UsageException("unknown job '" + name + "': known jobs are " + String.join(", ", jobs.keySet()));
        }
        return job;
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }
}
