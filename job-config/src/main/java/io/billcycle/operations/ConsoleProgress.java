package io.billcycle.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.billcycle.batch.ProgressSink;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows step progress: a progress bar (done of total, rate, ETA) on an interactive terminal, otherwise a log line at
 * most every few seconds, which suits cron mail and log files.
 */
@Component
public class ConsoleProgress implements ProgressSink {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final long LOG_EVERY_MILLIS = 5_000;

    private final boolean interactive = System.console() != null && System.getenv("CI") == null;
    private ProgressBar bar;
    private long total;
    private long startedAt;
    private long lastLogAt;

    @Override
    public synchronized void stepStarted(String stepName, long total) {
        this.total = total;
        this.startedAt = System.currentTimeMillis();
        this.lastLogAt = startedAt;
        if (interactive) {
            bar = new ProgressBarBuilder().setTaskName(stepName).setInitialMax(Math.max(total, 0))
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .showSpeed().setUpdateIntervalMillis(500).build();
        } else {
            log.info("{}: {} items to process", stepName, total < 0 ? "unknown number of" : total);
        }
    }

    @Override
    public synchronized void progressed(String stepName, long done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastLogAt >= LOG_EVERY_MILLIS) {
            lastLogAt = now;
            double rate = done * 1000.0 / Math.max(1, now - startedAt);
            String eta = total > done && rate > 0 ? Duration.ofSeconds((long) ((total - done) / rate)).toString().substring(2).toLowerCase() : "-";
            log.info("{}: {} of {} ({}/s, eta {})", stepName, done, total, Math.round(rate), eta);
        }
    }

    @Override
    public synchronized void stepFinished(String stepName, long done) {
        if (bar != null) {
            // chunk listeners run before the chunk's counts are applied, so the last chunk only shows here
            bar.stepTo(done);
            bar.close();
            bar = null;
        }
    }
}
