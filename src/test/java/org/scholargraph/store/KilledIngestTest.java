package org.scholargraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill -9 in the middle of an ingest leaves a store that opens, answers, and agrees with its metadata. */
class KilledIngestTest {
    @Test
    void aStoreKilledMidIngestOpensAndEverySourceItListsIsComplete(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pages"));
        String page = Files.readString(Path.of("data/samples/icml-2021-awards.html"));
        for (int i = 0; i < 400; i++) {
            // Distinct titles per copy, so each page adds its own papers.
            Files.writeString(in.resolve("awards-" + i + ".html"), page.replace("Optimal Complexity", "Optimal Complexity " + i));
        }
        Path store = tmp.resolve("store");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.scholargraph.cli.Main",
                "ingest", "--store", store.toString(), "--commit-every", "2000", in.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
        // Commits of a few pages each, so the kill lands between commits, with one open.
        waitForFirstCommit(tmp.resolve("log"), p);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        try (Store s = Store.open(store)) {
            List<SourceEntry> sources = s.sources();
            for (SourceEntry e : sources) {
                assertEquals((Long) e.triples(), s.read(d -> count(d.find(NodeFactory.createURI(e.graph()), Node.ANY, Node.ANY, Node.ANY))),
                        e.location() + ": metadata and graph disagree");
            }
            long papers = s.read(d -> count(d.find(Node.ANY, Node.ANY,
                    NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI("https://w3id.org/scholargraph/ontology#Paper"))));
            assertTrue(sources.isEmpty() || papers >= 5, "the committed sources answer queries");
        }
    }

    private static void waitForFirstCommit(Path log, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains("loaded")) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static long count(Iterator<Quad> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
