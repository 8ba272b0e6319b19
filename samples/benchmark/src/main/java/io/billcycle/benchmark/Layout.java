package io.billcycle.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * How a job's partitions run in one timing: {@code partitions} of them (0: the application's setting), on the job's
 * own threads ({@code workers} 0) or sent to that many {@code billcycle worker} processes. Written {@code P} or
 * {@code PxW}: {@code 4} is four local partitions, {@code 2x2} two partitions on two workers.
 */
public record Layout(int partitions, int workers) {

    public static final Layout DEFAULT = new Layout(0, 0);

    public static List<Layout> parseAll(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(Layout::parse).toList();
    }

    static Layout parse(String text) {
        String[] parts = text.split("x");
        try {
            Layout layout = new Layout(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
            if (parts.length > 2 || layout.partitions < 1 || layout.partitions > 16 || layout.workers < 0
                    || layout.workers > 16) {
                throw new NumberFormatException();
            }
            return layout;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a layout is P or PxW, partitions 1 to 16 on 0 to 16 workers, got '"
                    + text + "'");
        }
    }

    @Override
    public String toString() {
        String count = partitions == 0 ? "the default partitions" : partitions + " partition(s)";
        return count + (workers == 0 ? " on the job's threads" : " on " + workers + " worker processes");
    }
}
