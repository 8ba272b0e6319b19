/**
 * Remote partitioning: the month-end jobs' partitions run in {@code billcycle worker} processes, on other machines if
 * need be, instead of the launching process's threads. Spring Batch integration does the work (the manager sends
 * {@code StepExecutionRequest}s over ActiveMQ Artemis and polls the job repository for each partition's end; a
 * worker runs the step named in a request with the stock {@code StepExecutionRequestHandler}). What is ours: the
 * broker's place (embedded in the manager unless one is configured), the check that a worker was built from the same
 * job descriptors, and noticing a worker that died, by its database session (see {@link PartitionLocks}).
 */
package io.billcycle.workers;
