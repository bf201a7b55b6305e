package org.scholargraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction into a new generation keeps every quad and prefix, and a crash part-way loses nothing. */
class CompactionTest {
    private static Triple t(String s, String o) {
        return Triple.create(NodeFactory.createURI("https://ex.org/" + s),
                NodeFactory.createURI("https://ex.org/p"), NodeFactory.createLiteralString(o));
    }

    private static SourceEntry entry(String graph) {
        return new SourceEntry(graph, graph, "award-page", "hash-" + graph.hashCode(),
                Instant.parse("2026-01-01T00:00:00Z"), 0, "award-page", "1");
    }

    /** 30 sources, each replaced twice (dead blocks to give back), and a triple in the default graph. */
    private static void fill(Store store) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 30; i++) {
                String o = round + "-" + i;
                store.replace(entry("file:///data/" + i + ".html"), sink -> {
                    sink.triple(t("x", o));
                    sink.triple(t("y", "shared"));
                });
            }
        }
        store.update(d -> {
            d.getDefaultGraph().add(t("default", "1"));
            return null;
        });
    }

    private static Set<Quad> quads(Store store) {
        return store.read(d -> Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(d.find())));
    }

    /** The store's TDB2 generations on disk ("Data-0001", …). */
    private static List<String> generations(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data")).sorted().toList();
        }
    }

    @Test
    void theNextGenerationHoldsTheSameQuadsAndPrefixesAndTheOldOneGoes(@TempDir Path dir) throws IOException {
        Set<Quad> before;
        try (Store store = Store.open(dir)) {
            fill(store);
            before = quads(store);
            IndexSpace dead = store.indexSpace();
            store.compact();

            assertEquals(before, quads(store));
            assertTrue(before.size() > 30 * 2 + 1, "two triples a source, one default, and the metadata: " + before.size());
            assertEquals("https://w3id.org/scholargraph/ontology#", store.read(d -> d.prefixes().get("sg")));
            assertEquals(List.of("Data-0002"), generations(dir));
            assertFalse(Files.exists(dir.resolve(Compaction.BUILDING)));
            IndexSpace compacted = store.indexSpace();
            assertTrue(compacted.allocatedBlocks() < dead.allocatedBlocks() / 4, compacted + " after " + dead);

            // The switched store takes writes, and its queries still see the union of the sources.
            store.replace(entry("file:///data/new.html"), sink -> sink.triple(t("z", "new")));
            long union = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec q = QueryExec.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) WHERE { ?s <https://ex.org/p> ?o }").build()) {
                    return ((Number) q.select().next().get("n").getLiteralValue()).longValue();
                }
            });
            // The union of the named graphs, whose triples count once however many sources state
            // them: 30 x-values, the shared y, the new z (the real default graph is not in it).
            assertEquals(30 + 1 + 1, union);
            store.compact();
            assertEquals(List.of("Data-0003"), generations(dir));
        }
        try (Store reopened = Store.open(dir)) {
            Set<Quad> now = quads(reopened);
            assertTrue(now.containsAll(before));
            assertTrue(now.contains(Quad.create(NodeFactory.createURI("file:///data/new.html"), t("z", "new"))));
            assertEquals(31, reopened.sources().size());
        }
    }

    @Test
    void aCompactionCutShortLeavesTheStoreAsItWasAndTheNextOneClearsIt(@TempDir Path dir) throws IOException {
        Set<Quad> before;
        try (Store store = Store.open(dir)) {
            fill(store);
            before = quads(store);
        }
        // What a crash while building leaves: a half-written generation under the building name.
        Path building = Files.createDirectories(dir.resolve(Compaction.BUILDING));
        Files.writeString(building.resolve("GSPO.dat"), "half a file");
        try (Store store = Store.open(dir)) {
            assertEquals(before, quads(store));
            store.compact();
            assertEquals(before, quads(store));
        }
        assertEquals(List.of("Data-0002"), generations(dir));
        assertFalse(Files.exists(building));
    }

    @Test
    void generationsAreNumberedOnFromTheLiveOne() {
        assertEquals("Data-0002", Compaction.nextName(Path.of("/store/Data-0001")));
        assertEquals("Data-0010", Compaction.nextName(Path.of("/store/Data-0009")));
    }
}
