/**
 * What every job shares: MyBatis wiring (one factory for transactional writes, one whose sessions own their
 * connection so cursors really stream), job parameter names, settings, the progress hook the CLI listens to, and
 * the planner-statistics listener for tables a step fills from empty.
 */
package io.billcycle.batch;
