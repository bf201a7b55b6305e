package org.scholargraph.ingest;

import java.util.List;

/** All source results of one ingest run. */
public record IngestReport(List<SourceResult> results) {
    public IngestReport {
        results = List.copyOf(results);
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
