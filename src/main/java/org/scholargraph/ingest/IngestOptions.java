package org.scholargraph.ingest;

/**
 * Settings of an ingest run, parsed once.
 *
 * @param kind the kind forced with --kind, or null to detect each document's kind
 * @param base the base of instance IRIs
 * @param batchSources how many sources share one write transaction
 * @param batchTriples flush a batch earlier when it holds this many triples
 * @param resolve whether the run ends by rebuilding the resolution graph (a caller running several
 *     ingests in a row resolves once, after the last)
 */
public record IngestOptions(String kind, String base, int batchSources, int batchTriples, boolean resolve) {
    public IngestOptions(String kind, String base, int batchSources, int batchTriples) {
        this(kind, base, batchSources, batchTriples, true);
    }

    public static IngestOptions defaults(String base) {
        return new IngestOptions(null, base, 64, 250_000);
    }

    public IngestOptions withKind(String forced) {
        return new IngestOptions(forced, base, batchSources, batchTriples, resolve);
    }

    public IngestOptions withoutResolution() {
        return new IngestOptions(kind, base, batchSources, batchTriples, false);
    }
}
