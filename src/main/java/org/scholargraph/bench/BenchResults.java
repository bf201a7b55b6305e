package org.scholargraph.bench;

import java.util.Map;

/**
 * Everything one benchmark run measured, written as bench/results/SCALE.json (snake_case keys).
 * Seconds are wall time; process times include JVM start; byte counts are on disk.
 */
public record BenchResults(
        String scale, long seed, int documents, long paperMentions, int distinctPapers, int people,
        long quads, long triples, long sourcesLoaded, long sourcesFailed,
        double generateSeconds,
        double ingestSeconds, double ingestInProcessSeconds, Map<String, Double> ingestStagesSeconds,
        double documentsPerSecond, double triplesPerSecond,
        double exportSeconds, double tdbloaderSeconds, double ingestVsTdbloader,
        Map<String, Double> ingestSecondsByKind, Map<String, Long> documentsByKind,
        double peakHeapStreamingMb, double peakHeapAfterGcStreamingMb,
        double peakHeapMb, double peakHeapAfterGcMb, double peakRssMb,
        long storeBytes, long tdbloaderStoreBytes, double storeVsTdbloader,
        int reingestDocuments, double reingestSeconds, Map<String, Double> reingestStagesSeconds,
        long storeBytesAfterReingest, double storeAfterReingestVsTdbloader,
        String cliQuery, double cliQuerySeconds, double cliQueryMaxSeconds, double tdbquerySeconds,
        double tdbqueryMaxSeconds,
        Map<String, Latency> queries,
        Machine machine) {

    /** Where the figures were measured. */
    public record Machine(int nproc, long memoryMb, String java, String os, String childJvmFlags) {
    }
}
