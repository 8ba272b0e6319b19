package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.job.flow.FlowJob;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.JobDescriptor;
import io.billcycle.operations.JobCatalog;
import io.billcycle.preview.Previews;

/**
 * What every job keeps, checked over every {@link JobDescriptor}, so a new job cannot forget it: its descriptor names
 * its real steps, a job that changes money or status can be previewed, and the job shows in {@code jobs}, in the
 * cycle where its descriptor says, in the README's table and in docs/.
 */
class JobContractTest extends CliTest {

    @Autowired
    JobCatalog catalog;
    @Autowired
    Previews previews;

    @Test
    void everyDescriptorNamesItsJobsRealSteps() {
        assertThat(catalog.descriptors()).isNotEmpty().allSatisfy(descriptor -> {
            var job = catalog.get(descriptor.name());
            java.util.Collection<String> steps = job instanceof SimpleJob simple ? simple.getStepNames()
                    : ((FlowJob) job).getStepNames();
            assertThat(steps).as("the steps of %s", descriptor.name())
                    .containsExactlyInAnyOrderElementsOf(descriptor.steps().stream().map(JobDescriptor.StepItems::step).toList());
        });
    }

    @Test
    void everyJobThatChangesMoneyOrStatusCanBePreviewed() {
        List<String> changing = catalog.descriptors().stream().filter(d -> !d.readOnly()).map(JobDescriptor::name)
                .toList();
        assertThat(changing).doesNotContain("frozen-prepaid-expiry-report");
        assertThat(previews.jobs()).containsAll(changing);
    }

    @Test
    void everyJobShowsInJobsInTheCycleWhereItsDescriptorSaysInTheReadmeAndInTheDocs() throws IOException {
        String jobs = cli("jobs").out();
        String readme = Files.readString(Path.of("../README.md"));
        String docs;
        try (Stream<Path> files = Files.list(Path.of("../docs"))) {
            docs = String.join("\n", files.filter(f -> f.toString().endsWith(".md")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
        LocalDate monthEnd = LocalDate.parse("2025-01-31");
        LocalDate midMonth = LocalDate.parse("2025-01-15");
        for (JobDescriptor descriptor : catalog.descriptors()) {
            String name = descriptor.name();
            assertThat(jobs).as("jobs lists %s", name).contains(name + "\n  " + descriptor.description());
            assertThat(catalog.cycle(monthEnd).contains(name)).as("%s in the month-end cycle", name)
                    .isEqualTo(descriptor.runsInCycleOn(monthEnd));
            assertThat(catalog.cycle(midMonth).contains(name)).as("%s in a mid-month cycle", name)
                    .isEqualTo(descriptor.runsInCycleOn(midMonth));
            assertThat(readme).as("the README's table has %s", name).contains("| `" + name + "` |");
            assertThat(docs).as("docs/ tells of %s", name).contains("`" + name + "`");
        }
    }
}
