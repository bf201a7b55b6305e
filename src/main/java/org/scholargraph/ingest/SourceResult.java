package org.scholargraph.ingest;

import java.time.Duration;
import java.util.List;
import org.scholargraph.model.Problem;

/**
 * The report line for one source.
 *
 * @param source how the source is named in messages
 * @param outcome loaded, failed or skipped
 * @param kind the extractor's kind, or "-" when none applied
 * @param records records extracted
 * @param triples triples in the source's graph after writing
 * @param elapsed time spent on the source (read, extract, map; the commit is shared by a batch)
 * @param message why it failed or was skipped; empty when loaded
 * @param warnings located warnings from the extractor
 */
public record SourceResult(String source, Outcome outcome, String kind, int records, long triples, Duration elapsed,
        String message, List<Problem> warnings) {

    static SourceResult failed(String source, String kind, Duration elapsed, String message, List<Problem> warnings) {
        return new SourceResult(source, Outcome.FAILED, kind, 0, 0, elapsed, message, warnings);
    }

    static SourceResult skipped(String source, Duration elapsed, String message) {
        return new SourceResult(source, Outcome.SKIPPED, "-", 0, 0, elapsed, message, List.of());
    }

    SourceResult withTriples(long count) {
        return new SourceResult(source, outcome, kind, records, count, elapsed, message, warnings);
    }

    SourceResult asFailed(String why) {
        return new SourceResult(source, Outcome.FAILED, kind, records, 0, elapsed, why, warnings);
    }
}
