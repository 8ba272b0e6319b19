package io.billcycle.cli;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.billcycle.batch.ProgressSink;
import io.billcycle.operations.ConsoleProgress;

/**
 * Holds a running job at a moment the test chooses: the first progress report of an armed step (made after a chunk is
 * written, inside its transaction, before the chunk commits) waits until the test releases it. The test knows when
 * the job got there by waiting on {@link #awaitHeld()}: a latch, not a clock.
 */
class ChunkGate implements ProgressSink {

    private final ProgressSink console;
    private volatile String armedStep;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);

    ChunkGate(ProgressSink console) {
        this.console = console;
    }

    /** The next run of {@code step} will wait after its first chunk is written. */
    void arm(String step) {
        held = new CountDownLatch(1);
        released = new CountDownLatch(1);
        armedStep = step;
    }

    void awaitHeld() throws InterruptedException {
        held.await();
    }

    void release() {
        armedStep = null;
        released.countDown();
    }

    @Override
    public void stepStarted(String stepName, long total) {
        console.stepStarted(stepName, total);
    }

    @Override
    public void progressed(String stepName, long done) {
        if (io.billcycle.batch.PartitionedSteps.managerOf(stepName).equals(armedStep)) {
            held.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        console.progressed(stepName, done);
    }

    @Override
    public void stepFinished(String stepName, long done) {
        console.stepFinished(stepName, done);
    }

    /** Puts the gate in front of the console's progress. */
    @TestConfiguration
    static class Installed {
        @Bean
        @Primary
        ChunkGate chunkGate(ConsoleProgress console) {
            return new ChunkGate(console);
        }
    }
}
