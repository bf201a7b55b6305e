package org.scholargraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final String SOURCE_A = "file:///data/a.html";
    private static final String SOURCE_B = "file:///data/b.html";

    private static Triple t(String s, String o) {
        return Triple.create(NodeFactory.createURI("https://ex.org/" + s),
                NodeFactory.createURI("https://ex.org/p"), NodeFactory.createLiteralString(o));
    }

    private static SourceEntry entry(String graph) {
        return new SourceEntry(graph, graph, "award-page", "hash-" + graph.hashCode(), Instant.parse("2026-01-01T00:00:00Z"),
                0, "award-page", "1");
    }

    private static Consumer<StreamRDF> triples(Triple... ts) {
        return sink -> List.of(ts).forEach(sink::triple);
    }

    private static Graph copyOf(Store store, String graph) {
        return store.read(d -> {
            Graph copy = GraphFactory.createDefaultGraph();
            d.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Triple typed(String s, Node type) {
        return Triple.create(NodeFactory.createURI("https://ex.org/" + s), org.apache.jena.vocabulary.RDF.Nodes.type, type);
    }

    private static List<String> departed(Store store) {
        return store.read(d -> {
            List<String> out = new java.util.ArrayList<>();
            d.find(NodeFactory.createURI(org.scholargraph.rdf.SG.META_GRAPH), Node.ANY, org.scholargraph.rdf.SG.leftSource, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getLocalName() + " left " + q.getObject().getURI()));
            java.util.Collections.sort(out);
            return out;
        });
    }

    @Test
    void peopleAndPapersThatLeaveASourceAreJournaledForTheNextResolution() {
        try (Store store = Store.inMemory()) {
            var person = org.scholargraph.rdf.SG.Person;
            var paper = org.scholargraph.rdf.SG.Paper;
            store.replace(entry(SOURCE_A), triples(typed("ada", person), typed("p1", paper), typed("p2", paper), t("x", "1")));
            store.replace(entry(SOURCE_B), triples(typed("bob", person), typed("p1", paper)));
            assertEquals(List.of(), departed(store), "a first load journals nothing");

            store.replace(entry(SOURCE_A), triples(typed("ada", person), typed("p1", paper)));
            assertEquals(List.of("p2 left " + SOURCE_A), departed(store));
            assertTrue(store.remove(SOURCE_B));
            assertEquals(List.of("bob left " + SOURCE_B, "p1 left " + SOURCE_B, "p2 left " + SOURCE_A), departed(store));
        }
    }

    @Test
    void eachSourceGetsItsOwnNamedGraphAndMetadata() {
        try (Store store = Store.inMemory()) {
            SourceEntry a = store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            store.replace(entry(SOURCE_B), triples(t("z", "3")));
            assertEquals(2, a.triples());
            assertEquals(2, copyOf(store, SOURCE_A).size());
            assertEquals(1, copyOf(store, SOURCE_B).size());
            List<SourceEntry> sources = store.sources();
            assertEquals(List.of(SOURCE_A, SOURCE_B), sources.stream().map(SourceEntry::graph).toList());
            assertEquals(2, sources.get(0).triples());
            assertEquals("award-page", sources.get(0).kind());
        }
    }

    @Test
    void reIngestReplacesTheGraphAndGivesTheSameStore() {
        try (Store store = Store.inMemory()) {
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            Graph first = copyOf(store, SOURCE_A);
            long quads = store.quadCount();
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            assertEquals(quads, store.quadCount());
            assertTrue(first.isIsomorphicWith(copyOf(store, SOURCE_A)));

            store.replace(entry(SOURCE_A), triples(t("w", "9")));
            Graph replaced = copyOf(store, SOURCE_A);
            assertEquals(1, replaced.size());
            assertTrue(replaced.contains(t("w", "9")));
        }
    }

    @Test
    void aProducerThatThrowsHalfWayLeavesTheStoreAsItWas() {
        try (Store store = Store.inMemory()) {
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            Graph before = copyOf(store, SOURCE_A);
            long quads = store.quadCount();
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.replace(entry(SOURCE_A), sink -> {
                sink.triple(t("half", "way"));
                throw new IllegalStateException("extractor died");
            }));
            assertEquals("extractor died", e.getMessage());
            assertTrue(before.isIsomorphicWith(copyOf(store, SOURCE_A)));
            assertEquals(quads, store.quadCount());
            assertEquals(2, store.source(SOURCE_A).orElseThrow().triples());
        }
    }

    @Test
    void aFailedBatchWritesNoneOfItsSources() {
        try (Store store = Store.inMemory()) {
            List<PendingSource> batch = List.of(new PendingSource(entry(SOURCE_A), triples(t("x", "1"))),
                    new PendingSource(entry(SOURCE_B), sink -> {
                        throw new IllegalStateException("boom");
                    }));
            assertThrows(IllegalStateException.class, () -> store.replaceAll(batch));
            assertTrue(store.sources().isEmpty());
            assertEquals(0, copyOf(store, SOURCE_A).size());
        }
    }

    @Test
    void aWriterCommitsItsSourcesTogetherAndShowsNoneBefore() throws Exception {
        try (Store store = Store.inMemory(); SourceWriter writer = store.writer()) {
            assertEquals(2, writer.write(new PendingSource(entry(SOURCE_A), triples(t("x", "1"), t("x", "1"), t("y", "2")))).triples());
            writer.write(new PendingSource(entry(SOURCE_B), triples(t("z", "3"))));
            assertEquals(2, writer.sources());
            assertEquals(3, writer.quads());
            // Another thread reads the last commit: the open transaction's sources are not there yet.
            var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                assertTrue(pool.submit(store::sources).get().isEmpty());
                List<SourceEntry> committed = writer.commit();
                assertEquals(List.of(SOURCE_A, SOURCE_B), committed.stream().map(SourceEntry::graph).toList());
                assertEquals(List.of(2L, 1L), committed.stream().map(SourceEntry::triples).toList());
                assertEquals(2, pool.submit(store::sources).get().size());
            } finally {
                pool.shutdown();
            }
            assertEquals(0, writer.sources());
            assertEquals(2, copyOf(store, SOURCE_A).size());
        }
    }

    @Test
    void aWriteThatThrowsLosesOnlyWhatFollowedTheLastCommit() {
        try (Store store = Store.inMemory(); SourceWriter writer = store.writer()) {
            writer.write(new PendingSource(entry(SOURCE_A), triples(t("x", "1"))));
            writer.commit();
            writer.write(new PendingSource(entry(SOURCE_A), triples(t("gone", "1"))));
            assertThrows(IllegalStateException.class, () -> writer.write(new PendingSource(entry(SOURCE_B), sink -> {
                throw new IllegalStateException("boom");
            })));
            assertEquals(0, writer.sources());
            assertEquals(List.of(SOURCE_A), store.sources().stream().map(SourceEntry::graph).toList());
            assertTrue(copyOf(store, SOURCE_A).contains(t("x", "1")));
            assertFalse(copyOf(store, SOURCE_A).contains(t("gone", "1")));
            // The writer opens a fresh transaction for the next source.
            writer.write(new PendingSource(entry(SOURCE_B), triples(t("z", "3"))));
            writer.commit();
            assertEquals(2, store.sources().size());
        }
    }

    @Test
    void removeDropsGraphAndMetadataAndKeepsTheOthers() {
        try (Store store = Store.inMemory()) {
            store.replace(entry(SOURCE_A), triples(t("x", "1")));
            store.replace(entry(SOURCE_B), triples(t("z", "3")));
            assertTrue(store.remove(SOURCE_A));
            assertFalse(store.remove(SOURCE_A));
            assertEquals(List.of(SOURCE_B), store.sources().stream().map(SourceEntry::graph).toList());
            assertEquals(0, copyOf(store, SOURCE_A).size());
            assertEquals(1, copyOf(store, SOURCE_B).size());
        }
    }

    @Test
    void anOnDiskStoreKeepsItsSourcesAcrossReopeningAndCompaction(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2")));
            store.compact();
        }
        try (Store store = Store.open(dir)) {
            assertEquals(2, copyOf(store, SOURCE_A).size());
            assertEquals(SOURCE_A, store.sources().get(0).location());
            Node sg = NodeFactory.createURI("https://w3id.org/scholargraph/ontology#");
            assertEquals(sg.getURI(), store.read(d -> d.prefixes().get("sg")));
        }
    }

    @Test
    void theQuadCountReadOffTdb2sIndexesIsWhatFindingEveryQuadCounts(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.replace(entry(SOURCE_A), triples(t("x", "1"), t("y", "2"), t("z", "3")));
            store.replace(entry(SOURCE_B), triples(t("x", "1")));
            store.update(d -> {
                d.getDefaultGraph().add(t("default", "4"));
                return null;
            });
            long found = store.read(d -> {
                long n = 0;
                for (var it = d.find(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            // Four source triples, one in the default graph, and the two sources' metadata.
            assertTrue(found > 5, "quads found: " + found);
            assertEquals(found, store.quadCount());
            store.remove(SOURCE_A);
            assertEquals(found - 3 - (found - 5) / 2, store.quadCount());
        }
    }

    @Test
    void manySmallCommitsLeaveDeadBlocksThatCompactionGivesBack(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 40; i++) {
                store.replace(entry(SOURCE_A), triples(t("x", Integer.toString(i)), t("y", "2")));
            }
            store.replace(entry(SOURCE_B), triples(t("z", "3")));
            IndexSpace before = store.indexSpace();
            // Every commit copied the blocks it changed: 41 commits, a few live blocks per index.
            assertTrue(before.ratio() > 5, "allocated per live block: " + before.ratio());
            assertFalse(store.compactIfWasteful(), "a few MB dead: not worth copying the store");
            assertTrue(store.compactIfWasteful(1.3, 0));
            IndexSpace after = store.indexSpace();
            // Left: at most the first block of each of the 12 trees, written when the store was made.
            assertTrue(after.allocatedBlocks() - after.liveBlocks() <= 12, "compacted: " + after + ", before: " + before);
            assertTrue(after.allocatedBlocks() < before.allocatedBlocks() / 4, "compacted: " + after + ", before: " + before);
            assertEquals(List.of(t("x", "39"), t("y", "2")).size(), copyOf(store, SOURCE_A).size());
            assertTrue(copyOf(store, SOURCE_A).contains(t("x", "39")));
            assertEquals(1, copyOf(store, SOURCE_B).size());
        }
    }

    @Test
    void aStoreBuiltInOneCommitHasNoDeadIndexBlocks(@TempDir Path dir) {
        try (Store store = Store.open(dir); SourceWriter writer = store.writer()) {
            for (int i = 0; i < 2_000; i++) {
                writer.write(new PendingSource(entry("file:///data/" + i + ".html"), triples(t("s" + i, "o" + i), t("x", "1"))));
            }
            writer.commit();
            IndexSpace space = store.indexSpace();
            assertEquals(1.0, space.ratio(), 0.05, space.toString());
            assertTrue(space.liveBlocks() >= 24, "at least a branch and a record block for each of 12 indexes: " + space);
        }
    }

    @Test
    void runningOutOfHeapInAWriteRollsItBackAndReachesTheCallerAsItself(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.replace(entry(SOURCE_A), triples(t("x", "1")));
            OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> store.update(d -> {
                d.add(NodeFactory.createURI(SOURCE_B), NodeFactory.createURI("https://ex.org/y"),
                        NodeFactory.createURI("https://ex.org/p"), NodeFactory.createLiteralString("2"));
                throw new OutOfMemoryError("Java heap space");
            }));
            assertEquals("Java heap space", thrown.getMessage());
            assertEquals(0, thrown.getSuppressed().length, "the abort itself succeeded");
            assertEquals(0, copyOf(store, SOURCE_B).size(), "the write was rolled back");
            assertEquals(1, copyOf(store, SOURCE_A).size());
            store.replace(entry(SOURCE_B), triples(t("z", "3")));
            assertEquals(1, copyOf(store, SOURCE_B).size(), "the store takes writes afterwards");
        }
    }
}
