package org.scholargraph.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All source results of one ingest run.
 *
 * @param results one per source, in the order their outcomes became final
 * @param stages wall time per pipeline stage (read, extract, map, commit, …), in stage order
 */
public record IngestReport(List<SourceResult> results, Map<String, Duration> stages) {
    public IngestReport {
        results = List.copyOf(results);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public IngestReport(List<SourceResult> results) {
        this(results, Map.of());
    }

    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long triples() {
        return results.stream().mapToLong(SourceResult::triples).sum();
    }

    public int records() {
        return results.stream().mapToInt(SourceResult::records).sum();
    }

    public boolean anyFailed() {
        return count(Outcome.FAILED) > 0;
    }
}
