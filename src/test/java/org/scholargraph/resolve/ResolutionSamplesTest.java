package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.scholargraph.query.QueryCatalog;
import org.scholargraph.query.QueryRunner;
import org.scholargraph.rdf.SG;
import org.scholargraph.store.Store;

/** Resolution over the five samples (and one hand-written page with the JEM title spelled right). */
class ResolutionSamplesTest {
    private static final Node GRAPH = NodeFactory.createURI(SG.RESOLUTION_GRAPH);
    private static final String CV = Path.of("data/samples/grathwohl-cv.txt").toAbsolutePath().toUri().toString();
    private static final String ICML = Path.of("data/samples/icml-2021-awards.html").toAbsolutePath().toUri().toString();
    private static final String FFJORD_PAGE = Path.of("data/samples/ffjord-publication.md").toAbsolutePath().toUri().toString();

    private static Resolution resolved(Store store) {
        return new Resolver(SG.DEFAULT_BASE).resolve(store.read(MentionReader::read));
    }

    private static CanonicalPerson named(Resolution r, String name) {
        List<CanonicalPerson> found = r.people().stream().filter(p -> p.name().equals(name)).toList();
        assertEquals(1, found.size(), "canonical people named " + name + ": " + found);
        return found.get(0);
    }

    private static Set<String> sourcesOf(CanonicalPerson p) {
        Set<String> sources = new TreeSet<>();
        p.mentions().forEach(m -> sources.add(m.substring(m.indexOf('~'))));
        return sources;
    }

    @Test
    void theSpellingsOfTheSamplesMeetOnOnePersonEach() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            Resolution r = resolved(store);

            CanonicalPerson will = named(r, "Will Grathwohl");
            assertTrue(will.variants().containsAll(List.of("WILL GRATHWOHL", "Will Grathwohl")), will.variants().toString());
            assertEquals(Set.of("~" + org.scholargraph.rdf.Keys.longHash(CV), "~" + org.scholargraph.rdf.Keys.longHash(ICML),
                    "~" + org.scholargraph.rdf.Keys.longHash(FFJORD_PAGE)), sourcesOf(will));
            assertTrue(named(r, "Jörn-Henrik Jacobsen").variants().contains("JORN-HENRIK JACOBSEN"));
            assertTrue(named(r, "Jesse Bettencourt").variants().contains("**Jesse Bettencourt**"));
            CanonicalPerson swersky = r.people().stream()
                    .filter(p -> p.variants().contains("KEVIN SWERSKEY")).findFirst().orElseThrow();
            assertEquals("Kevin Swersky", swersky.name());
            assertTrue(swersky.variants().contains("Kevin Swersky"));
            // The name not printed in capitals wins: the CV's "CHRIS J. MADDISON" is a variant.
            assertTrue(named(r, "Chris Maddison").variants().contains("CHRIS J. MADDISON"));
            assertNotEquals(r.people().stream().filter(p -> p.name().equals("Jackson Wang")).findFirst().orElseThrow(),
                    r.people().stream().filter(p -> p.name().equals("Kuan-Chieh Wang")).findFirst().orElseThrow());
        }
    }

    @Test
    void coauthorsOfWillGrathwohlAreListedOnceWithTheirJointPapers() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            Map<String, String> counts = new java.util.LinkedHashMap<>();
            List<String> names = new java.util.ArrayList<>();
            store.read(d -> {
                new QueryRunner(d).select(QueryCatalog.bundled().get("coauthors"), Map.of("author", "WILL GRATHWOHL"))
                        .forEach(b -> {
                            String name = b.get(org.apache.jena.sparql.core.Var.alloc("coauthor")).getLiteralLexicalForm();
                            names.add(name);
                            counts.put(name, b.get(org.apache.jena.sparql.core.Var.alloc("papers")).getLiteralLexicalForm());
                        });
                return null;
            });
            assertEquals(new HashSet<>(names).size(), names.size(), "each co-author once: " + names);
            assertEquals("3", counts.get("Kevin Swersky"), "Oops, No MCMC for me, JEM");
            assertEquals("2", counts.get("Milad Hashemi"));
            assertEquals("1", counts.get("Chris Maddison"));
            assertFalse(counts.containsKey("KEVIN SWERSKEY"));
            assertFalse(counts.containsKey("Kevin Swerskey"));
        }
    }

    @Test
    void aCoauthorshipIsNamedByItsTwoPeopleAndLinksOnlyThem() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            Node pair = NodeFactory.createURI(SG.DEFAULT_BASE + "coauthorship/kevin-swersky/will-grathwohl");
            Set<String> people = new TreeSet<>();
            List<String> joint = new java.util.ArrayList<>();
            store.read(d -> {
                d.find(GRAPH, pair, SG.coauthor, Node.ANY).forEachRemaining(q -> people.add(q.getObject().getURI()));
                d.find(GRAPH, pair, SG.jointPapers, Node.ANY).forEachRemaining(q -> joint.add(q.getObject().getLiteralLexicalForm()));
                // Every co-authorship node of the graph links exactly two people.
                Map<Node, Integer> coauthors = new java.util.HashMap<>();
                d.find(GRAPH, Node.ANY, SG.coauthor, Node.ANY).forEachRemaining(q -> coauthors.merge(q.getSubject(), 1, Integer::sum));
                assertTrue(coauthors.size() > 10, coauthors.size() + " co-authorships");
                coauthors.forEach((node, n) -> assertEquals(2, n, node.getURI()));
                return null;
            });
            assertEquals(Set.of(SG.DEFAULT_BASE + "person/kevin-swersky", SG.DEFAULT_BASE + "person/will-grathwohl"), people);
            assertEquals(List.of("3"), joint);
        }
    }

    @Test
    void oopsIsOnePaperKnownFromTheIcmlPageAndTheCvAndTheConflictsNameTheirSources() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            Resolution r = resolved(store);
            PaperStatement[] oops = store.read(MentionReader::read).papers().stream()
                    .filter(p -> p.title().toLowerCase().startsWith("oops i took a gradient")).toArray(PaperStatement[]::new);
            assertEquals(Set.of(CV, ICML), Set.of(oops[0].source(), oops[1].source()));
            assertEquals(r.paperOf().get(oops[0].node()), r.paperOf().get(oops[1].node()));

            Conflict impossible = r.conflicts().stream().filter(c -> c.kind().equals("impossible value")).findFirst().orElseThrow();
            assertEquals(List.of(new Conflict.Claim("year 20201", CV), new Conflict.Claim("year 2021", ICML)), impossible.claims());
            Conflict award = r.conflicts().stream().filter(c -> c.kind().equals("award")).findFirst().orElseThrow();
            assertTrue(award.label().startsWith("FFJORD"));
            assertEquals(Set.of(new Conflict.Claim("Best Student Paper (2018)", FFJORD_PAGE),
                    new Conflict.Claim("Best Paper Award (2018)", CV)), new HashSet<>(award.claims()));
        }
    }

    @Test
    void theResolutionGraphListsOopsWithItsYearVenueAndCanonicalAuthorsInOrder() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            // The CV prints "KEVIN SWERSKEY" and the year 20201; the listing shows the canonical
            // names in the order both sources print them, and the one possible year.
            Map<String, String> listing = store.read(d -> {
                Map<String, String> out = new java.util.TreeMap<>();
                Node paper = d.find(GRAPH, Node.ANY, SG.lookupKey,
                        NodeFactory.createLiteralString("oops i took a gradient: scalable sampling for discrete distributions"))
                        .next().getSubject();
                for (Node p : List.of(SG.year, SG.venueName, SG.authorNames)) {
                    d.find(GRAPH, paper, p, Node.ANY).forEachRemaining(q -> out.put(p.getLocalName(), q.getObject().getLiteralLexicalForm()));
                }
                return out;
            });
            assertEquals(Map.of("year", "2021", "venueName", "ICML",
                    "authorNames", "Will Grathwohl; Kevin Swersky; Milad Hashemi; David Duvenaud; Chris Maddison"), listing);
        }
    }

    @Test
    void eachAwardOfACanonicalPaperIsOneReceiptOfTheResolutionGraph() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            Resolution r = resolved(store);
            List<String> listed = new java.util.ArrayList<>();
            for (CanonicalAward a : r.awards()) {
                listed.add(r.titles().get(a.paper()).substring(0, 10) + " | " + a.label() + " | " + a.year() + " | "
                        + a.venueName() + (a.nominee() ? " | nominee" : ""));
            }
            java.util.Collections.sort(listed);
            // The CV's "Best Paper Award" and the project page's "Best Student Paper" for FFJORD are two
            // award kinds (and a conflict); the ICML page's five awards are one receipt each.
            assertEquals(List.of(
                    "FFJORD: Fr | Best Paper Award | 2018 | AABI",
                    "FFJORD: Fr | Best Student Paper | 2018 | AABI",
                    "Oops I Too | Outstanding Paper Honorable Mention | 2021 | ICML",
                    "Optimal Co | Outstanding Paper Honorable Mention | 2021 | ICML",
                    "Solving hi | Outstanding Paper Honorable Mention | 2021 | ICML",
                    "Unbiased G | Outstanding Paper | 2021 | ICML",
                    "Understand | Outstanding Paper Honorable Mention | 2021 | ICML"), listed);
        }
    }

    @Test
    void the2022AbstractsAreLinkedToThe2024PapersInsteadOfBecomingUntitledPapers() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples/vicol-site-2022.txt", "data/samples/vicol-site-2024.txt");
            Resolution r = resolved(store);
            assertEquals(16, r.abstracts().size());
            assertEquals(16, r.abstracts().stream().map(AbstractLink::paper).distinct().count());
            assertTrue(r.abstracts().stream().allMatch(a -> a.score() > 0.9), r.abstracts().toString());
        }
    }

    @Test
    void aTypoInATitleIsTheSamePaperWhenTheAuthorsAgree() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples", "src/test/resources/resolve/jem-publication.md");
            Resolution r = resolved(store);
            List<PaperStatement> jem = store.read(MentionReader::read).papers().stream()
                    .filter(p -> p.title().toLowerCase().startsWith("your classifier is secretly")).toList();
            assertEquals(2, jem.stream().map(PaperStatement::node).distinct().count());
            assertEquals(1, jem.stream().map(p -> r.paperOf().get(p.node())).distinct().count());
            assertTrue(r.decisions().stream().anyMatch(d -> d.rule().equals("near-identical-title+shared-authors")
                    && d.evidence().contains("Secretly and Energy-Based")));
            // "Joern-Henrik Jacobsen" on the page meets the CV's "JÖRN-HENRIK JACOBSEN" through the paper they share.
            assertTrue(named(r, "Jörn-Henrik Jacobsen").variants().contains("Joern-Henrik Jacobsen"));
        }
    }

    @Test
    void resolvingAgainWithNothingChangedWritesNothing() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            long quads = store.quadCount();
            ResolutionStep.Summary again = SampleStore.resolve(store);
            assertFalse(again.changed());
            assertEquals(quads, store.quadCount());
            SampleStore.ingest(store, "src/test/resources/resolve/jem-publication.md");
            assertTrue(store.quadCount() > quads);
        }
    }

    @Test
    void removingTheIcmlPageRemovesTheMergesItAloneSupported() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            assertTrue(resolved(store).people().stream().anyMatch(p -> p.variants().containsAll(List.of("KEVIN SWERSKEY", "Kevin Swersky"))));
            store.remove(ICML);
            SampleStore.resolve(store);
            Resolution r = resolved(store);
            assertFalse(r.people().stream().anyMatch(p -> p.variants().contains("KEVIN SWERSKEY")
                    && p.mentions().stream().anyMatch(m -> m.endsWith(org.scholargraph.rdf.Keys.longHash(ICML)))));
            List<String> stored = store.read(d -> new ResolutionReport(d).explain("Paul Vicol"));
            assertFalse(stored.stream().anyMatch(l -> l.contains("icml-2021-awards.html")), stored.toString());
        }
    }
}
