package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extractors;
import org.scholargraph.rdf.SG;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.store.Store;

/** Where an ingest run spends its time, by stage: what the benchmark splits its figures by. */
class StageClockTest {
    @Test
    void stagesSumTheirTimesInFirstSeenOrderAlsoWhenTheActionThrows() {
        StageClock clock = new StageClock();
        clock.add("read", 5);
        clock.add("extract", 7);
        clock.add("read", 10);
        assertThrows(IllegalStateException.class, () -> clock.time("map", () -> {
            throw new IllegalStateException("boom");
        }));
        Map<String, Duration> totals = clock.totals();
        assertEquals(List.of("read", "extract", "map"), List.copyOf(totals.keySet()));
        assertEquals(Duration.ofNanos(15), totals.get("read"));
    }

    @Test
    void anIngestReportsReadDetectExtractMapCommitAndResolve() throws Exception {
        try (Store store = Store.inMemory()) {
            IngestReport report = new Ingestor(store, Extractors.standard(false),
                    DocumentReader.filesOnly(1 << 24),
                    IngestOptions.defaults(SG.DEFAULT_BASE), IngestListener.NONE)
                    .ingest(new SourceLocator().locate("data/samples/ffjord-publication.md"));
            assertEquals(1, report.count(Outcome.LOADED));
            assertEquals(List.of("read", "detect", "extract", "map", "commit", "resolve"), List.copyOf(report.stages().keySet()));
            assertTrue(report.resolution().isPresent());
            assertTrue(report.stages().values().stream().allMatch(d -> !d.isNegative()));
        }
    }
}
