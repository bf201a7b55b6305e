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
     * quads), commits of 64 sources 1.76×, one commit 1.24×. The dead blocks grow with the store:
     * at 30,000 documents (46M quads) commits of 8M triples passed the compaction threshold, and the
     * ingest took 1,708 s, 697 of them compacting, against tdbloader's 527 s (3.24×); commits of at
     * most 40M triples or 20,000 sources needed no compaction, 950 s (1.80×), store 1.37×. What a
     * kill loses is what was written since the last commit; a re-run loads it again.
     */
    public static IngestOptions defaults(String base) {
        return new IngestOptions(null, base, 20_000, DEFAULT_BATCH_TRIPLES);
    }

    /** Triples per commit unless told otherwise (see {@link #defaults}). */
    public static final int DEFAULT_BATCH_TRIPLES = 40_000_000;

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
