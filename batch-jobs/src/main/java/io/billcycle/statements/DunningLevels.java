package io.billcycle.statements;

import java.util.Map;
import java.util.TreeMap;

/** An organization's dunning levels (1..N) and their messages; the highest configured level is the maximum. */
public record DunningLevels(Map<Integer, String> messages) {

    public static final DunningLevels NONE = new DunningLevels(Map.of());

    public DunningLevels {
        messages = Map.copyOf(messages);
    }

    public static DunningLevels of(Map<Integer, String> messages) {
        return new DunningLevels(new TreeMap<>(messages));
    }

    public int maxLevel() {
        return messages.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The level's message, or null (level 0, or a level without one). */
    public String message(int level) {
        return messages.get(level);
    }
}
