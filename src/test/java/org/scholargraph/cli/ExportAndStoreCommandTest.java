package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.store.Store;

class ExportAndStoreCommandTest {
    private static final String ICML = "data/samples/icml-2021-awards.html";
    private static final String FFJORD = "data/samples/ffjord-publication.md";

    @TempDir
    Path tmp;

    private Cli loaded() {
        Cli cli = new Cli(tmp.resolve("store"));
        assertEquals(0, cli.run("ingest", ICML, FFJORD).exit());
        return cli;
    }

    /** rdf4j, an independent toolkit, reads back exactly what Jena counts in the store. */
    @Test
    void everyExportFormatReparsesWithRdf4jToTheSameNumberOfTriplesOrQuads() throws IOException {
        Cli cli = loaded();
        long quads;
        long unionTriples;
        long icmlTriples;
        try (Store store = Store.open(tmp.resolve("store"))) {
            quads = store.quadCount();
            unionTriples = store.read(d -> (long) d.getUnionGraph().size());
            icmlTriples = store.sources().stream().filter(s -> s.location().endsWith("icml-2021-awards.html"))
                    .findFirst().orElseThrow().triples();
        }
        assertEquals(quads, export(cli, "nquads", RDFFormat.NQUADS).size());
        Model trig = export(cli, "trig", RDFFormat.TRIG);
        assertEquals(quads, trig.size());
        assertEquals(4, trig.contexts().size(), "two source graphs, the metadata graph and the resolution graph");
        assertEquals(quads, export(cli, "jsonld", RDFFormat.JSONLD).size());
        Model turtle = export(cli, "turtle", RDFFormat.TURTLE);
        assertEquals(unionTriples, turtle.size());
        assertTrue(turtle.contexts().stream().allMatch(c -> c == null));

        Model one = export(cli, "trig", RDFFormat.TRIG, "--graph", ICML);
        assertEquals(icmlTriples, one.size());
        List<Resource> graphs = new ArrayList<>(one.contexts());
        assertEquals(1, graphs.size());
        assertTrue(graphs.get(0).stringValue().endsWith("/data/samples/icml-2021-awards.html"));
    }

    @Test
    void exportOfAnUnknownSourceOrFormatFails() {
        Cli cli = loaded();
        assertEquals(1, cli.run("export", "--graph", "nowhere.html").exit());
        Cli.Run fmt = cli.run("export", "--format", "rdfxml-ish");
        assertEquals(2, fmt.exit());
        assertTrue(fmt.err().contains("unknown format 'rdfxml-ish'"), fmt.err());
    }

    @Test
    void sourcesListsEachSourceAndRemoveDropsOne() {
        Cli cli = loaded();
        Cli.Run sources = cli.run("sources");
        assertEquals(0, sources.exit());
        assertTrue(sources.out().contains("award-page"), sources.out());
        assertTrue(sources.out().contains("hugo-publication"), sources.out());
        assertTrue(sources.out().contains("2 sources"), sources.out());

        assertEquals(0, cli.run("remove", ICML).exit());
        Cli.Run again = cli.run("remove", ICML);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("no such source in the store: " + ICML), again.err());
        assertTrue(cli.run("sources").out().contains("1 sources"));
        Cli.Run query = cli.run("query", "outstanding-awards", "--format", "csv");
        assertEquals(1, query.outLines().size(), "only the header: the award page is gone");
    }

    @Test
    void validateReportsConformanceOfTheIngestedSamples() {
        Cli.Run run = loaded().run("validate");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("conforms: 2 sources"), run.out());
    }

    @Test
    void extractPrintsTheJsonLinesContract() throws IOException {
        Cli.Run run = new Cli(tmp.resolve("store")).run("extract", ICML);
        assertEquals(0, run.exit(), run.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> papers = new ArrayList<>();
        for (String line : run.outLines()) {
            papers.add(json.readTree(line));
        }
        assertEquals(5, papers.size());
        JsonNode pes = papers.get(0);
        assertEquals("paper", pes.get("type").asText());
        assertEquals("Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies",
                pes.get("title").asText());
        assertEquals("Paul Vicol", pes.get("authors").get(0).get("name").asText());
        assertEquals(false, pes.get("authors").get(0).get("equalContribution").asBoolean());
        assertEquals("ICML", pes.get("venue").asText());
        assertEquals(2021, pes.get("year").asInt());
        assertEquals("Outstanding Paper", pes.get("awards").get(0).asText());
        assertEquals(List.of("poster", "oral"), List.of(pes.get("presentations").get(0).asText(),
                pes.get("presentations").get(1).asText()));
        assertEquals("https://icml.cc/virtual/2021/oral/10176", pes.get("links").get("oral").asText());
        assertTrue(Files.notExists(tmp.resolve("store")), "extract never touches the store");
    }

    private Model export(Cli cli, String format, RDFFormat rdf4j, String... more) throws IOException {
        Path out = tmp.resolve("export-" + format + more.length);
        List<String> args = new ArrayList<>(List.of("export", "--format", format, "--output", out.toString()));
        args.addAll(List.of(more));
        Cli.Run run = cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        try (InputStream in = Files.newInputStream(out)) {
            return Rio.parse(in, "", rdf4j);
        }
    }
}
