/**
 * The invoice-generation benchmark, a module of its own outside the application jar: loads the samples at a chosen
 * size, clones the database twice, runs the set-based SQL equivalent of one invoice run on one copy and the real job
 * in a small-heap JVM on the other, then compares the timings and proves both copies ended identical.
 * {@code samples/benchmark/run.sh} drives it.
 */
package io.billcycle.benchmark;
