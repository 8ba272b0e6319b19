package io.billcycle.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import io.billcycle.batch.JobDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 130)
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"List the jobs: what each does, its place in the daily cycle and on which dates the cycle runs "
                + "it, and the options it takes. JSON: an array of {name, description, cycle (place and dates, or null), "
                + "steps, options}.", "Answers without starting the database."})
public class JobsCommand implements Callable<Integer>, AnsweredBeforeStart {

    @Mixin
    JsonFormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return answer();
    }

    @Override
    public int answer() throws Exception {
        var out = spec.commandLine().getOut();
        List<JobDescriptor> jobs = descriptors();
        if (format.json()) {
            out.println(ExecutionsCommand.JSON.writeValueAsString(jobs.stream().map(JobsCommand::json).toList()));
            return ExitCodes.OK;
        }
        for (JobDescriptor job : jobs) {
            out.printf("%s%n  %s%n  cycle: %s%n", job.name(), job.description(), job.inCycle()
                    ? "place " + job.cycleOrder().orElseThrow() + ", on " + job.runsOn().description()
                    : "not in the daily cycle; run it by name");
            job.options().forEach(o -> out.printf("  option %s (%s%s): %s%n", o.name(), typeOf(o), o.required()
                    ? ", required" : "", o.description()));
        }
        return ExitCodes.OK;
    }

    private static String typeOf(JobDescriptor.JobOption option) {
        return option.type().name().toLowerCase().replace("yes_no", "yes or no").replace('_', ' ');
    }

    private static Map<String, Object> json(JobDescriptor job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", job.name());
        json.put("description", job.description());
        json.put("cycle", job.cycleOrder().map(place -> Map.<String, Object>of("place", place, "runsOn",
                job.runsOn().description())).orElse(null));
        json.put("steps", job.steps().stream().map(JobDescriptor.StepItems::step).toList());
        json.put("options", job.options().stream().map(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("name", o.name());
            option.put("type", typeOf(o));
            option.put("required", o.required());
            option.put("description", o.description());
            return option;
        }).toList());
        return json;
    }

    /**
     * The job descriptors, read without the application: each job's configuration class declares its descriptor as a
     * bean of its own, so a bare Spring context of those classes, every bean lazy, makes the descriptors and nothing
     * else (no data source, no job repository).
     */
    static List<JobDescriptor> descriptors() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
        List<Class<?>> jobConfigurations = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.billcycle")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), JobsCommand.class.getClassLoader());
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Bean.class)
                    && m.getReturnType() == JobDescriptor.class)) {
                jobConfigurations.add(type);
            }
        }
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(jobConfigurations.toArray(Class<?>[]::new));
            context.addBeanFactoryPostProcessor(factory -> {
                for (String name : factory.getBeanDefinitionNames()) {
                    factory.getBeanDefinition(name).setLazyInit(true);
                }
            });
            context.refresh();
            return Arrays.stream(context.getBeanNamesForType(JobDescriptor.class, false, false))
                    .map(name -> context.getBean(name, JobDescriptor.class))
                    .sorted(Comparator.comparing(JobDescriptor::name)).toList();
        }
    }
}
