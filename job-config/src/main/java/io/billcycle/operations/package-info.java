/**
 * Operating the jobs: launching with the launch semantics (completed means nothing to do, {@code --force}, restart
 * from the last commit, a concurrent launch refused), stopping, abandoning, listing executions, progress and the
 * end-of-run summary.
 */
package io.billcycle.operations;
