/**
 * Previews: what a job that changes money or status would do at a business date, as a CSV file, with nothing
 * changed. Each job declares a {@link io.billcycle.preview.JobPreview} bean that runs its own reader query and rule;
 * {@link io.billcycle.preview.Previews} runs it read-only and writes the file.
 */
package io.billcycle.preview;
