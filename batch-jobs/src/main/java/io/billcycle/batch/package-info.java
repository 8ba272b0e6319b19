/**
 * What every job shares: MyBatis wiring (one factory for transactional writes, one whose sessions own their
 * connection so cursors really stream), job parameter names, settings, and the progress hook the CLI listens to.
 */
package io.billcycle.batch;
