package org.scholargraph.ingest;

import java.util.List;
import java.util.Optional;
import org.scholargraph.resolve.ResolutionStep;

/**
 * All source results of one ingest run, and what the resolution step that followed it found
 * (absent when nothing loaded and resolution did not run).
 */
public record IngestReport(List<SourceResult> results, Optional<ResolutionStep.Summary> resolution) {
    public IngestReport {
        results = List.copyOf(results);
    }

    public IngestReport(List<SourceResult> results) {
        this(results, Optional.empty());
    }

    public IngestReport withResolution(ResolutionStep.Summary summary) {
        return new IngestReport(results, Optional.of(summary));
    }

    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long triples() {
        return results.stream().mapToLong(SourceResult::triples).sum();
    }

    public int papers() {
        return results.stream().mapToInt(SourceResult::papers).sum();
    }

    public int records() {
        return results.stream().mapToInt(SourceResult::records).sum();
    }

    public boolean anyFailed() {
        return count(Outcome.FAILED) > 0;
    }
}
