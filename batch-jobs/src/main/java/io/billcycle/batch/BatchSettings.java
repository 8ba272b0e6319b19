package io.billcycle.batch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings the jobs read.
 *
 * @param exportDir where export files go, one folder per job ({@code billcycle.export-dir})
 * @param chunkSize items per chunk and per transaction ({@code billcycle.chunk-size}); large, because the job
 *                  repository costs a few statements per commit
 */
@ConfigurationProperties("billcycle")
public record BatchSettings(@DefaultValue("out") Path exportDir, @DefaultValue("1000") int chunkSize) {

    public BatchSettings {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("billcycle.chunk-size must be at least 1, was " + chunkSize);
        }
    }
}
