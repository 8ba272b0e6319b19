/**
 * Metrics for a monitoring system: Spring Batch's own job and step timers (Micrometer observations) and billcycle's
 * figures of each run (items by step, amounts posted by kind, status, duration), in Prometheus' text format. A batch
 * process lives for minutes, so nothing is scraped: after each run the figures go to a file for node_exporter's
 * textfile collector and/or are pushed to a Prometheus Pushgateway, as the settings say. Off, and free, by default.
 */
package io.billcycle.metrics;
