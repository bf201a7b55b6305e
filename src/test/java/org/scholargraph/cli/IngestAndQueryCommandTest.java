package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.store.Store;

class IngestAndQueryCommandTest {
    private static final String ICML = "data/samples/icml-2021-awards.html";
    private static final String FFJORD = "data/samples/ffjord-publication.md";

    @TempDir
    Path tmp;

    private Cli cli() {
        return new Cli(tmp.resolve("store"));
    }

    @Test
    void theMainCommandListsTheFiveIcml2021OutstandingPapersWithAuthorsInOrder() {
        Cli cli = cli();
        // A commit per source or two: the report is the same whatever the commits.
        Cli.Run ingest = cli.run("ingest", "--commit-every", "500", "data/samples");
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("loaded   award-page"), ingest.out());
        assertTrue(ingest.out().contains("loaded   hugo-publication"), ingest.out());
        assertTrue(ingest.out().contains("5 sources: 5 loaded, 0 failed, 0 skipped"), ingest.out());
        assertTrue(ingest.out().contains("loaded   cv-text            data/samples/grathwohl-cv.txt"), ingest.out());

        Cli.Run query = cli.run("query", "outstanding-awards", "--format", "csv");
        assertEquals(0, query.exit(), query.err());
        List<String> lines = query.outLines();
        assertEquals("title,award,venue,year,authors", lines.get(0));
        assertEquals(6, lines.size(), query.out());
        assertEquals("Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies,"
                + "Outstanding Paper,ICML,2021,Paul Vicol; Luke Metz; Jascha Sohl-Dickstein", lines.get(1));
        assertEquals(4, lines.stream().filter(l -> l.contains(",Outstanding Paper Honorable Mention,ICML,2021,")).count());
        assertTrue(query.out().contains("Will Grathwohl; Kevin Swersky; Milad Hashemi; David Duvenaud; Chris Maddison"));
        assertFalse(query.out().contains("FFJORD"), "a Best Student Paper is not an outstanding-paper award");
    }

    @Test
    void ingestingTheSameSourcesTwiceGivesTheSameStore() {
        Cli cli = cli();
        assertEquals(0, cli.run("ingest", ICML, FFJORD).exit());
        Graph first = sourceGraph(ICML);
        long quads = quads();
        assertEquals(0, cli.run("ingest", ICML, FFJORD).exit());
        assertEquals(quads, quads());
        assertTrue(first.isIsomorphicWith(sourceGraph(ICML)));
        assertEquals(327, first.size(), "the ICML page's graph size changed: check the mapper or extractor");
    }

    @Test
    void badSourcesFailWithOneLineEachWhileTheOthersLoadAndTheStoreKeepsWhatItHad() throws IOException {
        Cli cli = cli();
        assertEquals(0, cli.run("ingest", FFJORD).exit());
        long before = quads();
        Path binary = Files.write(tmp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path unknown = Files.writeString(tmp.resolve("notes.txt"), "shopping list\neggs\nmilk\n");
        Path noRows = Files.writeString(tmp.resolve("empty-awards.html"),
                "<html><head><title>Awards</title></head><body><h1>Paper Awards</h1><p>To be announced.</p></body></html>");
        Cli.Run run = cli.run("ingest", binary.toString(), unknown.toString(), "missing.html", ICML,
                "--kind=award-page", noRows.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED   missing.html: no such file or folder"), run.out());
        assertTrue(run.out().contains("FAILED   " + binary + ": binary content"), run.out());
        assertTrue(run.out().contains("FAILED   " + unknown + ":"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("FAILED   " + noRows) && l.contains("award")), run.out());
        assertTrue(run.out().contains("loaded   award-page         " + ICML), run.out());
        assertFalse(run.out().contains("\tat org."), "no stack trace without --verbose");
        assertFalse(run.err().contains("\tat org."), "no stack trace without --verbose");
        assertTrue(quads() > before, "the good page loaded");
        assertEquals(1, sourcesOfKind("hugo-publication"), "the earlier source is still there");
    }

    @Test
    void aFileOfNoKnownKindFailsWithoutKindButIsSkippedInAFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(folder.resolve("notes.txt"), "nothing to see\n");
        Files.copy(Path.of(ICML), folder.resolve("awards.html"));
        Cli.Run run = cli().run("ingest", folder.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("skipped  " + folder.resolve("notes.txt")), run.out());
        assertEquals(1, cli().run("ingest", folder.resolve("notes.txt").toString()).exit());
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Run kind = cli().run("ingest", "--kind", "tea-leaves", ICML);
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("unknown kind 'tea-leaves'"), kind.err());
        assertEquals(2, cli().run("ingest").exit());
        Cli.Run commit = cli().run("ingest", "--commit-every", "0", ICML);
        assertEquals(2, commit.exit());
        assertTrue(commit.err().contains("--commit-every: expected a number of triples of at least 1, got 0"), commit.err());
        assertEquals(2, cli().run("query", "no-such-query").exit());
        assertEquals(2, cli().run("frobnicate").exit());
    }

    @Test
    void queriesTakeParametersFilesAndTextAndReportBrokenSparqlWithItsPosition() throws IOException {
        Cli cli = cli();
        cli.run("ingest", ICML, FFJORD);
        Cli.Run co = cli.run("query", "coauthors", "--param", "author=will grathwohl", "--format", "tsv");
        assertEquals(0, co.exit(), co.err());
        assertTrue(co.out().contains("\"David Duvenaud\"\t2"), co.out());
        assertTrue(co.out().contains("\"Chris Maddison\"\t1"), co.out());

        Cli.Run order = cli.run("query", "authorship-order", "-p", "title=ffjord: free-form continuous dynamics for "
                + "scalable reversible generative models", "-f", "csv");
        assertEquals(0, order.exit(), order.err());
        assertTrue(order.outLines().get(1).startsWith("1,Will Grathwohl\\*,Will Grathwohl,true"), order.out());

        Cli.Run list = cli.run("query", "--list");
        for (String name : List.of("outstanding-awards", "coauthors", "papers-by-author", "awards-by-venue-year",
                "authorship-order")) {
            assertTrue(list.out().contains(name + " — "), list.out());
        }
        assertTrue(list.out().contains("--param author="), list.out());

        Path rq = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(?p) AS ?papers) WHERE { ?p a <https://w3id.org/scholargraph/ontology#Paper> }");
        Cli.Run file = cli.run("query", rq.toString(), "--format", "csv");
        assertEquals(List.of("papers", "6"), file.outLines());

        Cli.Run broken = cli.run("query", "--sparql", "SELECT * WHERE {\n ?s ?p }");
        assertEquals(2, broken.exit());
        assertTrue(broken.err().matches("(?s)scholargraph: --sparql:2:\\d+: .*"), broken.err());

        Cli.Run badParam = cli.run("query", "coauthors", "--param", "autor=x");
        assertEquals(2, badParam.exit());
        assertTrue(badParam.err().contains("'autor'"), badParam.err());
    }

    private long quads() {
        try (Store store = Store.open(tmp.resolve("store"))) {
            return store.quadCount();
        }
    }

    private long sourcesOfKind(String kind) {
        try (Store store = Store.open(tmp.resolve("store"))) {
            return store.sources().stream().filter(s -> s.kind().equals(kind)).count();
        }
    }

    private Graph sourceGraph(String file) {
        try (Store store = Store.open(tmp.resolve("store"))) {
            String iri = Path.of(file).toAbsolutePath().normalize().toUri().toString();
            return store.read(d -> {
                Graph copy = GraphFactory.createDefaultGraph();
                d.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
