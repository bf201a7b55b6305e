package org.scholargraph.bench;

import java.util.Map;

/**
 * What one ingest process measured of itself, passed to the runner as JSON on its stdout.
 *
 * @param stages seconds per pipeline stage, compaction included
 * @param seconds wall time from the first source read to the end of compaction (JVM start excluded)
 * @param secondsByKind read, detect, extract and map time summed per extractor kind (commits are
 *     shared by a batch, so not in here)
 * @param peakHeapStreamingMb peak heap in use until the last source was committed, before resolution
 * @param peakHeapAfterGcStreamingMb the same, left after collections: what streaming the sources holds
 */
public record IngestFigures(long loaded, long failed, long skipped, long triples, long quads, double seconds,
        Map<String, Double> stages, Map<String, Double> secondsByKind, Map<String, Long> documentsByKind,
        double peakHeapStreamingMb, double peakHeapAfterGcStreamingMb, double peakHeapMb, double peakHeapAfterGcMb,
        double peakRssMb) {
}
