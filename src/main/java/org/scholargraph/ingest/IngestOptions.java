package org.scholargraph.ingest;

/**
 * Settings of an ingest run, parsed once.
 *
 * @param kind the kind forced with --kind, or null to detect each document's kind
 * @param base the base of instance IRIs
 * @param batchSources commit the open write transaction once it holds this many sources
 * @param batchTriples commit it earlier once it holds this many triples
 * @param resolve whether the run ends by rebuilding the resolution graph (a caller running several
 *     ingests in a row resolves once, after the last)
 */
public record IngestOptions(String kind, String base, int batchSources, int batchTriples, boolean resolve) {
    public IngestOptions(String kind, String base, int batchSources, int batchTriples) {
        this(kind, base, batchSources, batchTriples, true);
    }

    /**
     * Sources stream into the open transaction, so a commit's size costs no memory; each commit
     * leaves dead copies of every index block it touched, and a subject-first index is touched
     * all over by a commit of many sources. Measured before compaction, against tdbloader's
     * store of the same quads: medium bench (15M quads), one commit for all sources 1.29× (1.16
     * allocated index blocks per live one), commits of 4M quads 1.46× (1.31); small bench (1.6M
     * quads), commits of 64 sources 1.76×, one commit 1.24×. What a kill loses is what
     * was written since the last commit; a re-run loads it again.
     */
    public static IngestOptions defaults(String base) {
        return new IngestOptions(null, base, 20_000, 8_000_000);
    }

    public IngestOptions withKind(String forced) {
        return new IngestOptions(forced, base, batchSources, batchTriples, resolve);
    }

    public IngestOptions withBatchTriples(int triples) {
        return new IngestOptions(kind, base, batchSources, triples, resolve);
    }

    public IngestOptions withoutResolution() {
        return new IngestOptions(kind, base, batchSources, batchTriples, false);
    }
}
