package io.billcycle.operations;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.ProgressSink;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows step progress: a progress bar (done of total, rate, ETA) on an interactive terminal, otherwise a log line at
 * most every few seconds, which suits cron mail and log files. A partitioned step is one bar: its partitions' totals
 * and progress are added up.
 */
@Component
public class ConsoleProgress implements ProgressSink {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final long LOG_EVERY_MILLIS = 5_000;

    private final boolean interactive = System.console() != null && System.getenv("CI") == null;
    /** The step in progress: a plain step, or a partitioned one whose partitions report on threads of their own. */
    private final Map<String, Progress> steps = new HashMap<>();

    /** One step's progress, its partitions added up. */
    private static final class Progress {
        private final Map<String, Long> done = new HashMap<>();
        private final long startedAt = System.currentTimeMillis();
        private long lastLogAt = startedAt;
        private long total;
        private int running;
        private ProgressBar bar;

        long done() {
            return done.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Override
    public synchronized void stepStarted(String stepName, long total) {
        String step = PartitionedSteps.managerOf(stepName);
        Progress progress = steps.computeIfAbsent(step, name -> new Progress());
        progress.running++;
        progress.total += Math.max(total, 0);
        progress.done.put(stepName, 0L);
        if (interactive) {
            if (progress.bar == null) {
                progress.bar = new ProgressBarBuilder().setTaskName(step).setInitialMax(progress.total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .showSpeed().setUpdateIntervalMillis(500).build();
            } else {
                progress.bar.maxHint(progress.total);
            }
        } else {
            String name = PartitionedSteps.isPartition(stepName)
                    ? step + " (" + stepName.substring(stepName.indexOf(':') + 1) + ")" : step;
            log.info("{}: {} items to process", name, total < 0 ? "unknown number of" : total);
        }
    }

    @Override
    public synchronized void progressed(String stepName, long done) {
        Progress progress = steps.get(PartitionedSteps.managerOf(stepName));
        if (progress == null) {
            return;
        }
        progress.done.put(stepName, done);
        long all = progress.done();
        if (progress.bar != null) {
            progress.bar.stepTo(all);
            return;
        }
        long now = System.currentTimeMillis();
        if (now - progress.lastLogAt >= LOG_EVERY_MILLIS) {
            progress.lastLogAt = now;
            double rate = all * 1000.0 / Math.max(1, now - progress.startedAt);
            String eta = progress.total > all && rate > 0
                    ? Duration.ofSeconds((long) ((progress.total - all) / rate)).toString().substring(2).toLowerCase() : "-";
            log.info("{}: {} of {} ({}/s, eta {})", PartitionedSteps.managerOf(stepName), all, progress.total,
                    Math.round(rate), eta);
        }
    }

    @Override
    public synchronized void stepFinished(String stepName, long done) {
        String step = PartitionedSteps.managerOf(stepName);
        Progress progress = steps.get(step);
        if (progress == null) {
            return;
        }
        progress.done.put(stepName, done);
        if (--progress.running > 0) {
            return;
        }
        steps.remove(step);
        if (progress.bar != null) {
            // chunk listeners run before the chunk's counts are applied, so the last chunk only shows here
            progress.bar.stepTo(progress.done());
            progress.bar.close();
        }
    }
}
