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
 * @param papers how many of the records are papers
 * @param triples triples in the source's graph after writing
 * @param elapsed time spent on the source (read, extract, map; the commit is shared by a batch)
 * @param message why it failed or was skipped; empty when loaded
 * @param warnings located warnings from the extractor
 * @param followed the locations this source led to, queued as sources of their own
 */
public record SourceResult(String source, Outcome outcome, String kind, int records, int papers, long triples,
        Duration elapsed, String message, List<Problem> warnings, List<String> followed) {

    public SourceResult {
        warnings = List.copyOf(warnings);
        followed = List.copyOf(followed);
    }

    /** A result that counts no papers and led nowhere. */
    public SourceResult(String source, Outcome outcome, String kind, int records, long triples, Duration elapsed,
            String message, List<Problem> warnings) {
        this(source, outcome, kind, records, 0, triples, elapsed, message, warnings, List.of());
    }

    static SourceResult failed(String source, String kind, Duration elapsed, String message, List<Problem> warnings) {
        return new SourceResult(source, Outcome.FAILED, kind, 0, 0, elapsed, message, warnings);
    }

    static SourceResult skipped(String source, Duration elapsed, String message) {
        return new SourceResult(source, Outcome.SKIPPED, "-", 0, 0, elapsed, message, List.of());
    }

    SourceResult withTriples(long count) {
        return new SourceResult(source, outcome, kind, records, papers, count, elapsed, message, warnings, followed);
    }

    SourceResult asFailed(String why) {
        return new SourceResult(source, Outcome.FAILED, kind, records, papers, 0, elapsed, why, warnings, followed);
    }

    SourceResult withFollowed(List<String> locations) {
        return new SourceResult(source, outcome, kind, records, papers, triples, elapsed, message, warnings, locations);
    }
}
