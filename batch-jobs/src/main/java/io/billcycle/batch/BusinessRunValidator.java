package io.billcycle.batch;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The one check of a run's parameters that every job uses: a business date, an optional organization code, and only
 * the options the job's descriptor declares, each of its declared type. Anything else refuses the launch before a
 * job instance is created.
 */
public class BusinessRunValidator implements JobParametersValidator {

    private final JobDescriptor descriptor;

    public BusinessRunValidator(JobDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        refuseIfAny(problems(parameters));
    }

    List<String> problems(JobParameters parameters) {
        List<String> problems = new ArrayList<>();
        if (parameters == null) {
            return List.of("no parameters: a business date is required");
        }
        JobParameter<?> date = parameters.getParameter(BusinessRun.DATE);
        if (date == null || !(date.value() instanceof java.time.LocalDate)) {
            problems.add("a business date '" + BusinessRun.DATE + "' (LocalDate) is required");
        }
        JobParameter<?> org = parameters.getParameter(BusinessRun.ORG);
        if (org != null && (!(org.value() instanceof String code) || code.isBlank())) {
            problems.add("'" + BusinessRun.ORG + "' must be an organization code");
        }
        for (JobDescriptor.JobOption option : descriptor.options()) {
            if (option.required() && parameters.getParameter(option.name()) == null) {
                problems.add("option '" + option.name() + "' is required: " + option.description());
            }
        }
        problems.addAll(problemsOfGiven(parameters));
        return problems;
    }

    /**
     * Refuses options that are unknown or of the wrong type, as a run does; a required option that is missing is left
     * to the caller (a preview says in its own words what it needs).
     */
    public void validateGiven(JobParameters parameters) throws InvalidJobParametersException {
        refuseIfAny(problemsOfGiven(parameters));
    }

    private void refuseIfAny(List<String> problems) throws InvalidJobParametersException {
        if (!problems.isEmpty()) {
            throw new InvalidJobParametersException(descriptor.name() + ": " + String.join("; ", problems));
        }
    }

    private List<String> problemsOfGiven(JobParameters parameters) {
        List<String> problems = new ArrayList<>();
        for (JobParameter<?> parameter : parameters.parameters()) {
            if (BusinessRun.isCommon(parameter.name())) {
                continue;
            }
            var option = descriptor.option(parameter.name());
            if (option.isEmpty()) {
                problems.add("unknown option '" + parameter.name() + "'" + (descriptor.options().isEmpty()
                        ? ": this job takes none"
                        : ": it takes " + String.join(", ", descriptor.options().stream().map(JobDescriptor.JobOption::name).toList())));
                continue;
            }
            String why = option.get().problemWith(String.valueOf(parameter.value()));
            if (why != null) {
                problems.add("option '" + parameter.name() + "' " + why + ", was '" + parameter.value() + "'");
            }
        }
        return problems;
    }
}
