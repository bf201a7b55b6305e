package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extractors;
import org.scholargraph.rdf.SG;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;

/** Sources stream into an open write transaction and become final when its commit does. */
class IngestCommitsTest {
    @Test
    void eachSourceIsWrittenThenFinishedWhenItsCommitOfTwoSourcesLands() throws Exception {
        List<String> events = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void finished(SourceResult r) {
                events.add("finished " + r.outcome() + " " + r.triples() + " " + r.source());
            }

            @Override
            public void written(SourceResult r) {
                events.add("written " + r.source());
            }
        };
        try (Store store = Store.inMemory()) {
            IngestReport report = new Ingestor(store, Extractors.standard(false), DocumentReader.filesOnly(1 << 24),
                    new IngestOptions(null, SG.DEFAULT_BASE, 2, 1_000_000).withoutResolution(), listener)
                    .ingest(new SourceLocator().locate("data/samples"));
            assertEquals(5, report.count(Outcome.LOADED));
            // Two sources per commit: written, written, finished, finished, ..., the fifth alone.
            List<String> kinds = events.stream().map(e -> e.substring(0, e.indexOf(' '))).toList();
            assertEquals(List.of("written", "written", "finished", "finished", "written", "written", "finished",
                    "finished", "written", "finished"), kinds);
            // What a finished source reports is what the store holds for it: its distinct triples.
            Map<String, Long> stored = store.sources().stream()
                    .collect(Collectors.toMap(e -> e.location().substring(e.location().lastIndexOf('/') + 1), SourceEntry::triples));
            for (SourceResult r : report.results()) {
                String file = r.source().substring(r.source().lastIndexOf('/') + 1);
                assertEquals(stored.get(file), r.triples(), file);
                assertTrue(r.triples() > 0, file);
            }
        }
    }

    @Test
    void anExceptionWhilePreparingReachesTheCallerAndKeepsWhatWasCommitted() throws Exception {
        // The third document's follow-up lookup throws on the preparing thread.
        int[] seen = {0};
        Followups failing = (ref, doc, records) -> {
            if (++seen[0] == 3) {
                throw new IllegalStateException("link finder broke on " + ref.displayName());
            }
            return List.of();
        };
        List<String> finished = new ArrayList<>();
        try (Store store = Store.inMemory()) {
            var sources = new SourceLocator().locate("data/samples");
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> new Ingestor(store, Extractors.standard(false), DocumentReader.filesOnly(1 << 24),
                            new IngestOptions(null, SG.DEFAULT_BASE, 1, 1_000_000).withoutResolution(),
                            r -> finished.add(r.source()), failing).ingest(sources));
            assertEquals("link finder broke on " + sources.get(2).displayName(), e.getMessage());
            // One source per commit: the first two are in the store and were reported.
            assertEquals(2, store.sources().size());
            assertEquals(List.of(sources.get(0).displayName(), sources.get(1).displayName()), finished);
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("ingest-prepare") && t.isAlive()), "the preparing thread ended");
        }
    }
}
