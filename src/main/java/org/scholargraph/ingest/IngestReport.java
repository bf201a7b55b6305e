package org.scholargraph.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholargraph.resolve.ResolutionStep;

/**
 * All source results of one ingest run, and what the resolution step that followed it found.
 *
 * @param results one per source, in the order their outcomes became final
 * @param stages wall time per pipeline stage (read, detect, extract, map, commit, resolve …), in stage order
 * @param resolution the resolution step's summary; absent when nothing loaded and it did not run
 */
public record IngestReport(List<SourceResult> results, Map<String, Duration> stages,
        Optional<ResolutionStep.Summary> resolution) {
    public IngestReport {
        results = List.copyOf(results);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public IngestReport(List<SourceResult> results, Map<String, Duration> stages) {
        this(results, stages, Optional.empty());
    }

    public IngestReport(List<SourceResult> results) {
        this(results, Map.of());
    }

    public IngestReport withResolution(ResolutionStep.Summary summary) {
        return new IngestReport(results, stages, Optional.of(summary));
    }

    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long triples() {
        return results.stream().mapToLong(SourceResult::triples).sum();
    }

    public long papers() {
        return results.stream().mapToLong(SourceResult::papers).sum();
    }

    public int records() {
        return results.stream().mapToInt(SourceResult::records).sum();
    }

    public boolean anyFailed() {
        return count(Outcome.FAILED) > 0;
    }
}
