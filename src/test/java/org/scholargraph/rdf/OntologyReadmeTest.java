package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.store.Store;

/** The example queries in ontology/README.md answer the golden graphs, so the page stays true. */
class OntologyReadmeTest {
    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleQueryAnswersTheGoldenGraphs() throws IOException {
        List<String> queries = examples();
        assertEquals(8, queries.size(), "example queries found in ontology/README.md");
        Graph golden = golden();
        // The last example reads the resolution graph, which only an ingest builds: tested below.
        for (String q : queries.subList(0, 7)) {
            try (QueryExecution exec = QueryExecution.create(q, ModelFactory.createModelForGraph(golden))) {
                assertTrue(ResultSetFormatter.consume(exec.execSelect()) > 0, "no answer for:\n" + q);
            }
        }
    }

    @Test
    void theAuthorOrderExampleListsAuthorsInOrder() throws IOException {
        List<String> names = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(examples().get(0), ModelFactory.createModelForGraph(golden()))) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> {
                if (s.getLiteral("title").getString().startsWith("Unbiased")) {
                    names.add(s.getLiteral("name").getString());
                }
            });
        }
        assertEquals(List.of("Paul Vicol", "Luke Metz", "Jascha Sohl-Dickstein"), names);
    }

    @Test
    void theServiceExampleGivesTheSeriesYearAndDistinction() throws IOException {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(examples().get(6), ModelFactory.createModelForGraph(golden()))) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.getLiteral("role").getString() + " "
                    + s.getLiteral("venue").getString() + " " + s.getLiteral("year").getInt() + " "
                    + s.getLiteral("distinction").getString()));
        }
        assertEquals(List.of("Reviewer ICML 2020 Top 10% Reviewer"), rows);
    }

    @Test
    void theResolutionExampleListsEachCoauthorOnceOverTheIngestedSamples() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Store store = Store.inMemory()) {
            new Ingestor(store, Extractors.standard(false), DocumentReader.filesOnly(1 << 24),
                    IngestOptions.defaults(SG.DEFAULT_BASE), IngestListener.NONE)
                    .ingest(new SourceLocator().locate("data/samples"));
            store.read(d -> {
                try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(d)).query(examples().get(7)).build()) {
                    exec.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.getLiteral("coauthor").getString()
                            + " " + s.getLiteral("papers").getInt()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        }
        assertEquals(rows.size(), new java.util.HashSet<>(rows).size(), rows.toString());
        assertTrue(rows.containsAll(List.of("Kevin Swersky 3", "Milad Hashemi 2", "Chris Maddison 1")), rows.toString());
    }

    private static List<String> examples() throws IOException {
        Matcher m = SPARQL_BLOCK.matcher(Files.readString(Path.of("ontology/README.md")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Graph golden() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : List.of("icml-outstanding-paper", "hugo-ffjord", "cv-awards", "cv-career")) {
            RDFDataMgr.read(g, "src/test/resources/rdf/" + f + ".ttl");
        }
        return g;
    }
}
