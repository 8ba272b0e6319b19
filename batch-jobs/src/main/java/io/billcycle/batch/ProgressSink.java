package io.billcycle.batch;

/**
 * Receives the progress of chunk steps. The CLI supplies a terminal progress bar or a periodic log line; without one,
 * progress goes nowhere.
 */
public interface ProgressSink {

    ProgressSink NONE = new ProgressSink() {
    };

    /** A step started; {@code total} is the number of items it expects, or -1 when unknown. */
    default void stepStarted(String stepName, long total) {
    }

    /** {@code done} items of the step are committed. */
    default void progressed(String stepName, long done) {
    }

    default void stepFinished(String stepName) {
    }
}
