package io.billcycle.operations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

import io.billcycle.batch.JobDescriptor;
import io.billcycle.batch.UsageException;

/**
 * The jobs by name, each with the descriptor its configuration declares, and the daily cycle they make: nothing here
 * lists jobs, so a new job joins by declaring its {@link JobDescriptor} bean.
 */
@Component
public class JobCatalog {

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, JobDescriptor> descriptors = new LinkedHashMap<>();

    public JobCatalog(List<Job> jobs, List<JobDescriptor> descriptors) {
        descriptors.stream().sorted(Comparator.comparing(JobDescriptor::name)).forEach(d -> this.descriptors.put(d.name(), d));
        jobs.stream().sorted(Comparator.comparing(Job::getName)).forEach(job -> {
            if (!this.descriptors.containsKey(job.getName())) {
                throw new IllegalStateException("job " + job.getName() + " declares no JobDescriptor bean");
            }
            this.jobs.put(job.getName(), job);
        });
        String orphans = this.descriptors.keySet().stream().filter(name -> !this.jobs.containsKey(name))
                .collect(Collectors.joining(", "));
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("job descriptors without a job: " + orphans);
        }
    }

    public Job get(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new UsageException("unknown job '" + name + "': known jobs are " + String.join(", ", jobs.keySet()));
        }
        return job;
    }

    /** The descriptor of {@code name}, or null for a job no longer built (an old execution in the repository). */
    public JobDescriptor descriptorOrNull(String name) {
        return descriptors.get(name);
    }

    public List<JobDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    /** The jobs the daily cycle for {@code date} runs, in their order. */
    public List<String> cycle(LocalDate date) {
        return descriptors.values().stream().filter(d -> d.runsInCycleOn(date))
                .sorted(Comparator.comparing(d -> d.cycleOrder().orElseThrow()))
                .map(JobDescriptor::name).toList();
    }
}
