package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The one definition of a run: parameters in, the same run out, and the one validator every job uses. */
class BusinessRunTest {

    static final LocalDate D = LocalDate.parse("2024-02-29");

    static final JobDescriptor JOB = JobDescriptor.named("report")
            .option("window-days", JobDescriptor.OptionType.WHOLE_NUMBER, "days ahead")
            .option("facilities", JobDescriptor.OptionType.ID_LIST, "some ids")
            .option("only-if-rows", JobDescriptor.OptionType.YES_NO, "yes or no")
            .build();

    @Test
    void parametersRoundTripThroughTheRun() {
        JobParameters parameters = BusinessRun.parameters(D, "ACME", Map.of("window-days", "30", "facilities", "3,17"));
        BusinessRun run = BusinessRun.of(parameters, 42);

        assertThat(run.businessDate()).isEqualTo(D);
        assertThat(run.org()).isEqualTo("ACME");
        assertThat(run.jobExecutionId()).isEqualTo(42);
        assertThat(run.intOption("window-days", 7)).isEqualTo(30);
        assertThat(run.intOption("missing", 7)).isEqualTo(7);
        assertThat(run.idsOption("facilities")).containsExactly(3L, 17L);
        assertThat(run.yesOption("only-if-rows")).isFalse();
        assertThat(run.idsOption("only-if-rows")).isNull();
        assertThat(parameters.getIdentifyingParameters()).hasSize(4);
    }

    @Test
    void withoutAnOrganizationTheRunCoversEveryOne() {
        BusinessRun run = BusinessRun.of(BusinessRun.parameters(D, null), 1);
        assertThat(run.org()).isNull();
        assertThat(run.sqlParameters()).containsEntry("date", D).containsEntry("org", null)
                .containsEntry("fromId", 0L).containsEntry("toId", Long.MAX_VALUE);
    }

    @Test
    void theStepsIdRangeGoesIntoItsSqlParameters() {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        new IdRange(1001, 2000).storeIn(step.getExecutionContext());
        assertThat(BusinessRun.of(BusinessRun.parameters(D, "ACME"), 1).sqlParameters(step))
                .containsEntry("fromId", 1001L).containsEntry("toId", 2000L).containsEntry("org", "ACME");
        assertThat(IdRange.of(MetaDataInstanceFactory.createStepExecution())).isEqualTo(IdRange.ALL);
        assertThatThrownBy(() -> new IdRange(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdRange(5, 5).fromId()).isEqualTo(5);
    }

    @Test
    void aForcedRunIsANewInstanceOfTheSameRun() {
        JobParameters plain = BusinessRun.parameters(D, "ACME");
        JobParameters forced = BusinessRun.forced(plain, "2026-11-23T10:00:00Z");
        assertThat(forced).isNotEqualTo(plain);
        BusinessRun run = BusinessRun.of(forced, 2);
        assertThat(run.businessDate()).isEqualTo(D);
        assertThat(run.option("force")).isNull();
    }

    @Test
    void badTypedOptionsSayWhichAndWhy() {
        BusinessRun run = BusinessRun.of(BusinessRun.parameters(D, null, Map.of("window-days", "x", "facilities", "3;4", "only-if-rows", "maybe")), 1);
        assertThatThrownBy(() -> run.intOption("window-days", 1)).hasMessage("job option window-days must be a whole number, was 'x'");
        assertThatThrownBy(() -> run.idsOption("facilities")).hasMessage("job option facilities must be ids separated by commas, was '3;4'");
        assertThatThrownBy(() -> run.yesOption("only-if-rows")).hasMessage("job option only-if-rows must be yes or no, was 'maybe'");
        assertThatThrownBy(() -> BusinessRun.parameters(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValidatorAcceptsADateAnOrganizationAndTheDeclaredOptions() throws Exception {
        BusinessRunValidator validator = new BusinessRunValidator(JOB);
        validator.validate(BusinessRun.parameters(D, null));
        validator.validate(BusinessRun.forced(BusinessRun.parameters(D, "ACME",
                Map.of("window-days", "14", "facilities", "1", "only-if-rows", "yes")), "token"));
    }

    @Test
    void theValidatorListsEveryProblem() {
        BusinessRunValidator validator = new BusinessRunValidator(JOB);
        assertThat(validator.problems(new JobParametersBuilder().addString("date", "2024-02-29").addString("org", " ")
                .addString("colour", "red").addString("window-days", "two").addString("facilities", "a,b")
                .toJobParameters())).containsExactlyInAnyOrder(
                        "a business date 'date' (LocalDate) is required",
                        "'org' must be an organization code",
                        "unknown option 'colour': it takes window-days, facilities, only-if-rows",
                        "option 'window-days' must be a whole number, was 'two'",
                        "option 'facilities' must be ids separated by commas, like 3,7, was 'a,b'");
        assertThat(new BusinessRunValidator(JobDescriptor.named("plain").build())
                .problems(BusinessRun.parameters(D, null, Map.of("x", "1"))))
                .containsExactly("unknown option 'x': this job takes none");
        assertThatThrownBy(() -> validator.validate(new JobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessageContaining("report: a business date");
    }
}
