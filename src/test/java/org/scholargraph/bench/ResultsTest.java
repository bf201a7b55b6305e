package org.scholargraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.query.QueryCatalog;

/** The runner's bookkeeping: example arguments, medians, and the keys the results file promises. */
class ResultsTest {
    @Test
    void queriesRunWithTheExampleArgumentsTheirHeadersDocument() {
        QueryCatalog catalog = QueryCatalog.bundled();
        assertEquals(Map.of("author", "Will Grathwohl"), QueryTimer.examples(catalog.get("coauthors")));
        assertEquals(Map.of("venue", "ICML", "year", "2021"), QueryTimer.examples(catalog.get("awards-by-venue-year")));
        assertTrue(QueryTimer.boundText(catalog.get("coauthors")).contains("\"Will Grathwohl\""));
    }

    @Test
    void medianOfAnEvenAndAnOddNumberOfRuns() {
        assertEquals(new Latency(2.0, 9.0, 3, 4), Latency.of(new double[] {9, 1, 2}, 4));
        assertEquals(new Latency(2.5, 9.0, 4, 0), Latency.of(new double[] {9, 1, 2, 3}, 0));
    }

    @Test
    void theJsonHasTheKeysTheIssueAsksForAndTheMarkdownTheFigures(@TempDir Path dir) throws Exception {
        Map<String, Latency> queries = new LinkedHashMap<>();
        queries.put("coauthors", new Latency(3.5, 7.25, 7, 12));
        BenchResults r = new BenchResults("quick", 42, 100, 1877, 577, 256, 105_814, 105_000, 100, 0, 0.3,
                20.0, 18.5, Map.of("extract", 7.0), 5.0, 5250.0, 2.0, 5.0, 4.0, Map.of("homepage", 6.0),
                Map.of("homepage", 25L), 61, 22, 134, 31, 354, 35_000_000, 33_000_000, 1.06, 10, 9.0, Map.of("commit", 1.0),
                36_000_000, 1.09, "query coauthors", 0.45, 0.6, 0.9, 1.1, queries,
                new BenchResults.Machine(2, 24_000, "OpenJDK 17", "Linux", "-XX:+UseSerialGC"));
        new ResultsWriter().write(r, dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("quick.json").toFile());
        for (String key : List.of("documents", "quads", "ingest_seconds", "tdbloader_seconds", "ingest_vs_tdbloader",
                "peak_heap_mb", "store_bytes", "tdbloader_store_bytes", "cli_query_seconds", "tdbquery_seconds")) {
            assertTrue(json.has(key), "missing key " + key);
        }
        assertEquals(3.5, json.at("/queries/coauthors/median_ms").asDouble());
        assertEquals(7.25, json.at("/queries/coauthors/max_ms").asDouble());
        String md = java.nio.file.Files.readString(dir.resolve("quick.md"));
        assertTrue(md.contains("| ingest / tdbloader | 4.00× |"), md);
        assertEquals(22.0, json.at("/peak_heap_after_gc_streaming_mb").asDouble());
        assertTrue(md.contains("| peak heap while sources stream, before resolution (used / after GC) | 61 MB / 22 MB |"), md);
        assertTrue(md.contains("| peak heap, resolution included (used / after GC) | 134 MB / 31 MB |"), md);
        assertTrue(md.contains("| coauthors | 3.5 | 7.25 | 7 | 12 |"), md);
    }
}
