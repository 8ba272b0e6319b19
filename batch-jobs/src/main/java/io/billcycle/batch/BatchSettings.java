package io.billcycle.batch;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings the jobs and the CLI read, checked when the application starts: a bad value stops it with the setting's
 * name before anything runs.
 *
 * @param exportDir where export files go, one folder per job ({@code billcycle.export-dir})
 * @param chunkSize items per chunk and per transaction ({@code billcycle.chunk-size}); large, because the job
 *                  repository costs a few statements per commit
 * @param zone      what "today" means when no business date is given and no organization's own time zone applies
 *                  ({@code billcycle.zone}, an IANA name such as {@code Europe/Paris})
 * @param partitions how many partitions a partitioned step splits into when a run does not say
 *                  ({@code billcycle.partitions}, 1 to {@value #MAX_PARTITIONS}); see docs/scale-out.md for the default
 */
@ConfigurationProperties("billcycle")
public record BatchSettings(@DefaultValue("out") Path exportDir, @DefaultValue("1000") int chunkSize,
        @DefaultValue("UTC") String zone, @DefaultValue("2") int partitions) {

    public static final int MAX_PARTITIONS = 16;

    public BatchSettings {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("billcycle.chunk-size must be at least 1, got '" + chunkSize + "'");
        }
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("billcycle.partitions must be 1 to " + MAX_PARTITIONS + ", got '"
                    + partitions + "'");
        }
        zoneOf(zone);
    }

    public ZoneId zoneId() {
        return zoneOf(zone);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("billcycle.zone must be a time zone such as UTC or Europe/Paris, got '"
                    + zone + "'");
        }
    }
}
