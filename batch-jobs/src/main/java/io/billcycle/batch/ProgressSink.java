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

    /** About {@code done} items of the step are through (the chunk in flight may not be counted yet). */
    default void progressed(String stepName, long done) {
    }

    /** The step ended after {@code done} items. */
    default void stepFinished(String stepName, long done) {
    }
}
