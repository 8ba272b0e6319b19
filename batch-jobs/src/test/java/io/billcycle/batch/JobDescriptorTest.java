package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Descriptors: where a job sits in the cycle and on which dates, what its steps count, its counters' notes. */
class JobDescriptorTest {

    @Test
    void everyDayJobsRunInTheCycleOnAnyDate() {
        JobDescriptor daily = JobDescriptor.named("a").inCycle(10, RunsOn.EVERY_DAY).build();
        assertThat(daily.runsInCycleOn(LocalDate.parse("2024-02-29"))).isTrue();
        assertThat(daily.runsInCycleOn(LocalDate.parse("2025-01-01"))).isTrue();
    }

    @Test
    void aJobOutsideTheCycleNeverRunsInIt() {
        JobDescriptor onDemand = JobDescriptor.named("c").build();
        assertThat(onDemand.inCycle()).isFalse();
        assertThat(onDemand.runsInCycleOn(LocalDate.parse("2024-01-31"))).isFalse();
    }

    @Test
    void stepsNameTheirItemsAndCountersFillTheirNotes() {
        JobDescriptor job = JobDescriptor.named("d").step("read-plans", "plans")
                .counter("parked", "{count} parked on {date}, see --org {org}").build();
        assertThat(job.itemsOf("read-plans")).isEqualTo("plans");
        assertThat(job.itemsOf("other")).isEqualTo("items");
        assertThat(job.counters().get(0).noteFor(3, LocalDate.parse("2024-03-31"), "ACME"))
                .isEqualTo("3 parked on 2024-03-31, see --org ACME");
    }
}
