package org.scholargraph.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time spent in each stage of an ingest run ("read", "extract", "map", "commit", …), summed
 * over sources. Stages are open-ended names, so a new step (resolution, compaction) records into
 * the same clock without changing it. Thread-safe: an ingest prepares sources on one thread while
 * another writes, so stages overlap and their sum can pass the run's wall time.
 */
public final class StageClock {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs the action and adds its wall time to the stage, also when it throws. */
    public <T> T time(String stage, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void time(String stage, Runnable action) {
        time(stage, () -> {
            action.run();
            return null;
        });
    }

    public synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    /** Each stage's total, in the order the stages were first seen. */
    public synchronized Map<String, Duration> totals() {
        Map<String, Duration> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, Duration.ofNanos(n)));
        return Collections.unmodifiableMap(out);
    }
}
