package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.rdf.SG;
import org.scholargraph.store.Store;

/**
 * An incremental resolution must leave the resolution graph exactly as resolving the whole store
 * again would: sources are added one at a time (every fixture page), one is changed and one
 * removed, and at each checkpoint the graph is compared triple by triple with a full rebuild.
 */
class IncrementalResolutionTest {
    private static final Node GRAPH = NodeFactory.createURI(SG.RESOLUTION_GRAPH);

    @TempDir
    Path tmp;

    @Test
    void addingChangingAndRemovingSourcesOneByOneEqualsResolvingTheWholeStore() throws IOException {
        try (Store store = Store.inMemory()) {
            // Not the 2022 snapshot: its title-less abstracts make every run a whole-store run.
            SampleStore.ingest(store, "data/samples/icml-2021-awards.html", "data/samples/grathwohl-cv.txt",
                    "data/samples/ffjord-publication.md", "data/samples/vicol-site-2024.txt");
            List<Path> pages = fixtures();
            int incremental = 0;
            for (int i = 0; i < pages.size(); i++) {
                SampleStore.ingest(store, pages.get(i).toString());
                if (lastRunWasIncremental(store)) {
                    incremental++;
                }
                if (i == pages.size() / 2) {
                    assertSameAsRebuild(store, "after " + (i + 1) + " pages");
                }
            }
            assertTrue(incremental > pages.size() / 2, "incremental runs: " + incremental + " of " + pages.size());
            assertSameAsRebuild(store, "after all pages");

            // A CV that loses its first publication, then gets it back.
            Path cv = tmp.resolve("grathwohl-cv.txt");
            String text = Files.readString(Path.of("data/samples/grathwohl-cv.txt"));
            Files.writeString(cv, text);
            SampleStore.ingest(store, cv.toString());
            Files.writeString(cv, text.replaceFirst("(?s)Oops I Took a Gradient.*?(No MCMC for me)", "$1"));
            SampleStore.ingest(store, cv.toString());
            assertSameAsRebuild(store, "after changing a CV");

            assertTrue(store.remove(store.sources().stream().filter(s -> s.location().endsWith("icml-2021-awards.html"))
                    .findFirst().orElseThrow().graph()));
            ResolutionStep.Summary removed = new ResolutionStep(SG.DEFAULT_BASE).run(store);
            assertEquals(1, removed.changedSources(), removed.toString());
            boolean journaled = store.read(d -> d.contains(NodeFactory.createURI(SG.META_GRAPH), Node.ANY, SG.leftSource, Node.ANY));
            assertFalse(journaled, "the resolution consumed the store's journal of departed nodes");
            assertSameAsRebuild(store, "after removing the ICML page");
        }
    }

    @Test
    void aStoreWhoseSourcesDidNotChangeIsNotResolvedAgain() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples/icml-2021-awards.html", "data/samples/grathwohl-cv.txt");
            long quads = store.quadCount();
            ResolutionStep.Summary again = new ResolutionStep(SG.DEFAULT_BASE).run(store);
            assertFalse(again.changed());
            assertEquals("resolution unchanged: no source changed since the last resolution", again.toString());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void anIngestThatLoadsNothingStillResolvesSourcesAnEarlierRunLeftUnresolved() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples/icml-2021-awards.html");
            // As a run killed between its last commit and its resolution leaves the store.
            SampleStore.ingestWithoutResolving(store, "data/samples/grathwohl-cv.txt");
            assertEquals(1, store.read(d -> Ledger.read(d).changed()).size(), "the CV is loaded but not resolved");

            SampleStore.ingest(store, "data/samples/grathwohl-cv.txt");
            assertTrue(store.read(d -> Ledger.read(d).changed()).isEmpty(), "the unchanged CV was resolved");
            assertSameAsRebuild(store, "after catching up");
        }
    }

    @Test
    void aChangeWhoseRegionWouldCoverMostOfTheStoreResolvesTheWholeStore() throws IOException {
        try (Store store = Store.inMemory()) {
            // Eight sites listing the same paper: its authors' clusters hold every person node in the store.
            String page = Files.readString(Path.of("data/samples/ffjord-publication.md"));
            for (int i = 0; i < 8; i++) {
                Files.writeString(tmp.resolve("site-" + i + ".md"), page);
                SampleStore.ingest(store, tmp.resolve("site-" + i + ".md").toString());
            }
            Files.writeString(tmp.resolve("site-0.md"), page.replace("Free-form", "Free-Form"));
            SampleStore.ingest(store, tmp.resolve("site-0.md").toString());
            assertTrue(lastRunWasWhole(store), "one source of eight changed, but its region is the whole store");
            assertSameAsRebuild(store, "after the change");
        }
    }

    @Test
    void aLedgerWithoutItsNodeCountIsAnOlderLayoutAndTheStoreIsResolvedWholeOnce() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples/icml-2021-awards.html");
            // As a store resolved by the version that kept blocks on source nodes leaves it.
            store.update(d -> {
                d.deleteAny(GRAPH, GRAPH, SG.resolvedNodes, Node.ANY);
                return null;
            });
            SampleStore.ingest(store, "data/samples/grathwohl-cv.txt");
            assertTrue(lastRunWasWhole(store), "an unknown layout is resolved whole");
            boolean counted = store.read(d -> d.contains(GRAPH, GRAPH, SG.resolvedNodes, Node.ANY));
            assertTrue(counted, "the ledger is complete again, so the next run may be incremental");
            assertSameAsRebuild(store, "after the upgrade");
        }
    }

    private static boolean lastRunWasWhole(Store store) {
        return !lastRunWasIncremental(store);
    }

    private static boolean lastRunWasIncremental(Store store) {
        // The ledger holds one entry per source either way; an incremental run leaves no whole-graph digest.
        return !store.read(d -> d.contains(GRAPH, GRAPH, SG.contentHash, Node.ANY));
    }

    private static List<Path> fixtures() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("award-pages", "hugo-toml", "hugo-yaml", "personal-sites", "cv-text")) {
            try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures", dir))) {
                files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static void assertSameAsRebuild(Store store, String when) {
        Set<String> incremental = triples(store);
        new ResolutionStep(SG.DEFAULT_BASE).rebuild(store);
        Set<String> whole = triples(store);
        Set<String> missing = new TreeSet<>(whole);
        missing.removeAll(incremental);
        Set<String> extra = new TreeSet<>(incremental);
        extra.removeAll(whole);
        assertTrue(missing.isEmpty() && extra.isEmpty(), when + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(8).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(8).toList());
        assertTrue(whole.size() > 100, when + ": " + whole.size());
    }

    private static Set<String> triples(Store store) {
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            d.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().equals(SG.contentHash)) {
                    out.add(q.getSubject() + " " + q.getPredicate().getLocalName() + " " + q.getObject());
                }
            });
            return out;
        });
    }
}
