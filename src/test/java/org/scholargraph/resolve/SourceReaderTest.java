package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.scholargraph.rdf.SG;
import org.scholargraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole-store run reads each source graph in one pass; an incremental run reads node by node.
 * Both must see the same people, statements (authors in order), awards and abstracts, or an
 * incremental resolution would decide differently from a full one.
 */
class SourceReaderTest {
    private static final String[] SOURCES = {"data/samples", "src/test/resources/fixtures/award-pages",
        "src/test/resources/fixtures/hugo-toml", "src/test/resources/fixtures/personal-sites", "src/test/resources/fixtures/cv-text"};

    @Test
    void theOnePassReadSeesWhatTheNodeByNodeReadSeesInMemory() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingestWithoutResolving(store, SOURCES);
            assertSame(store);
        }
    }

    @Test
    void theOnePassReadSeesWhatTheNodeByNodeReadSeesInTdb2OnOneThreadAndOnTwo(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            SampleStore.ingestWithoutResolving(store, SOURCES);
            assertSame(store);
            Mentions two = store.read(dsg -> new SourceReader(dsg, true).allOnTwoThreads());
            Mentions one = store.read(dsg -> new SourceReader(dsg, true).all());
            assertEquals(one.sorted(), two.sorted());
        }
    }

    @Test
    void aGraphWithAPersonAndNoAuthorshipAtAllStillReadsThePerson() {
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI("https://ex.org/home");
        org.apache.jena.graph.Node n = org.apache.jena.graph.NodeFactory.createURI("https://ex.org/ann");
        SourceGraph home = SourceGraph.loaded(g, List.of(
                org.apache.jena.sparql.core.Quad.create(g, n, org.apache.jena.vocabulary.RDF.Nodes.type, SG.Person),
                org.apache.jena.sparql.core.Quad.create(g, n, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralString("Ann Lee"))));
        assertEquals(java.util.Optional.of(new PersonMention(n.getURI(), g.getURI(), "Ann Lee", List.of(), null, false)), home.person(n));
        assertEquals(java.util.Optional.empty(), home.statement(n, false));
    }

    private static void assertSame(Store store) {
        store.read(dsg -> {
            SourceReader reader = new SourceReader(dsg, true);
            Mentions all = reader.all();
            List<PersonMention> people = new ArrayList<>();
            List<PaperStatement> papers = new ArrayList<>();
            List<AwardClaim> awards = new ArrayList<>();
            Set<String> personNodes = new TreeSet<>();
            Set<String> paperNodes = new TreeSet<>();
            for (var source : store.sources()) {
                personNodes.addAll(reader.nodesOf(source.graph(), SG.Person));
                paperNodes.addAll(reader.nodesOf(source.graph(), SG.Paper));
            }
            personNodes.forEach(n -> reader.person(n).ifPresent(people::add));
            paperNodes.forEach(n -> {
                papers.addAll(reader.statements(n));
                awards.addAll(reader.awards(n));
            });
            Mentions byNode = new Mentions(people, papers, awards, List.of()).sorted();
            Mentions byGraph = all.sorted();
            assertTrue(byGraph.people().size() > 500, "people read: " + byGraph.people().size());
            assertTrue(byGraph.awards().size() > 10, "awards read: " + byGraph.awards().size());
            assertTrue(byGraph.papers().stream().anyMatch(p -> p.authors().size() > 3 && p.venue() != null));
            assertEquals(byNode.people(), byGraph.people());
            assertEquals(byNode.papers(), byGraph.papers());
            assertEquals(byNode.awards(), byGraph.awards());
            assertEquals(16, byGraph.abstracts().size());
            return null;
        });
    }
}
