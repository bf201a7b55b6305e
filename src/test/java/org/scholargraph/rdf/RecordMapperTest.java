package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Author;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Record;
import org.scholargraph.model.VenueRef;

class RecordMapperTest {
    private static final String ID = SG.DEFAULT_BASE;

    @Test
    void icmlOutstandingPaperMapsToTheGoldenGraph() {
        Graph actual = map(GoldenRecords.ICML_SOURCE, List.of(GoldenRecords.icmlOutstandingPaper()));
        GraphChecks.assertIsomorphic(RDFDataMgr.loadGraph("src/test/resources/rdf/icml-outstanding-paper.ttl"), actual);
    }

    @Test
    void hugoPaperMapsToTheGoldenGraph() {
        Graph actual = map(GoldenRecords.HUGO_SOURCE, List.of(GoldenRecords.hugoPaper()));
        GraphChecks.assertIsomorphic(RDFDataMgr.loadGraph("src/test/resources/rdf/hugo-ffjord.ttl"), actual);
    }

    @Test
    void cvPersonAndAwardsMapToTheGoldenGraph() {
        Graph actual = map(GoldenRecords.CV_SOURCE, cvRecords());
        GraphChecks.assertIsomorphic(RDFDataMgr.loadGraph("src/test/resources/rdf/cv-awards.ttl"), actual);
    }

    @Test
    void everyGoldenGraphConformsToTheShapes() {
        GraphChecks.assertConforms(map(GoldenRecords.ICML_SOURCE, List.of(GoldenRecords.icmlOutstandingPaper())));
        GraphChecks.assertConforms(map(GoldenRecords.HUGO_SOURCE, List.of(GoldenRecords.hugoPaper())));
        GraphChecks.assertConforms(map(GoldenRecords.CV_SOURCE, cvRecords()));
    }

    @Test
    void recordsFromOneSourceTogetherConform() {
        List<Record> all = new ArrayList<>(cvRecords());
        all.add(GoldenRecords.hugoPaper());
        all.add(GoldenRecords.icmlOutstandingPaper());
        GraphChecks.assertConforms(map(GoldenRecords.CV_SOURCE, all));
    }

    @Test
    void everyProducedIriIsValid() {
        List<Record> all = new ArrayList<>(cvRecords());
        all.add(GoldenRecords.hugoPaper());
        all.add(GoldenRecords.icmlOutstandingPaper());
        all.add(Paper.builder("Ünïcode: 深度学习 & <em>Markup</em> — “quoted” (2020)?", Origin.of("x"))
                .author(new Author("Łukasz Kaiser†", "Łukasz Kaiser†", false, 0, false))
                .venue(new VenueRef(null, "Workshop on Odd {Names} | 2020", null))
                .year(2020).build());
        Graph g = map(GoldenRecords.CV_SOURCE, all);
        assertEquals(List.of(), GraphChecks.invalidIris(g));
    }

    @Test
    void junkLinksAreSkippedAndProtocolRelativeOnesGetHttps() {
        Graph g = map(GoldenRecords.HUGO_SOURCE, List.of(GoldenRecords.hugoPaper()));
        Node paper = uri(ID + "paper/ffjord-free-form-continuous-dynamics-for-scalable-reversible-generative-models");
        assertFalse(g.contains(paper, SG.projectUrl, Node.ANY), "javascript: link must be skipped");
        assertFalse(g.contains(paper, SG.slidesUrl, Node.ANY), "relative link must be skipped");
        assertTrue(g.contains(paper, SG.posterUrl, uri("https://example.org/ffjord-poster.pdf")));
    }

    @Test
    void mappingTwiceSendsIdenticalTriplesInTheSameOrder() {
        List<Record> records = new ArrayList<>(cvRecords());
        records.add(GoldenRecords.hugoPaper());
        records.add(GoldenRecords.icmlOutstandingPaper());
        assertEquals(sent(records), sent(records));
    }

    @Test
    void eachTripleIsSentOncePerRecord() {
        // The paper names ICML 2021 as its venue, in both presentations and in its award.
        for (Record r : List.of(GoldenRecords.icmlOutstandingPaper(), GoldenRecords.hugoPaper())) {
            List<Triple> triples = sent(List.of(r));
            assertEquals(new HashSet<>(triples).size(), triples.size(), "duplicates sent for " + r);
        }
    }

    @Test
    void spellingsOfOneNameMeetOnOnePersonWithinASource() {
        IriMinter iris = new IriMinter(SG.DEFAULT_BASE, GoldenRecords.catalog());
        assertEquals(iris.person("Jörn-Henrik Jacobsen"), iris.person("Jorn-Henrik Jacobsen"));
        assertEquals(uri(ID + "person/jorn-henrik-jacobsen"), iris.person("Jörn-Henrik Jacobsen"));

        Graph g = map(GoldenRecords.ICML_SOURCE, List.of(
                paperBy("Invertible Residual Networks", "Jörn-Henrik Jacobsen"),
                paperBy("Excessive Invariance Causes Adversarial Vulnerability", "Jorn-Henrik Jacobsen*")));
        Set<Node> people = g.find(Node.ANY, SG.author, Node.ANY).mapWith(Triple::getObject).toSet();
        // One source, one person per name; whether another source's Jacobsen is this one is resolution's call.
        assertEquals(Set.of(uri(ID + "person/jorn-henrik-jacobsen~" + Keys.longHash(GoldenRecords.ICML_SOURCE))), people);
    }

    @Test
    void nipsAndNeuripsMeetOnOneEdition() {
        IriMinter iris = new IriMinter(SG.DEFAULT_BASE, GoldenRecords.catalog());
        Node expected = uri(ID + "edition/neurips-2019");
        assertEquals(expected, iris.edition(new VenueRef("NIPS", null, null), 2019));
        assertEquals(expected, iris.edition(new VenueRef("NeurIPS", null, null), 2019));

        Paper a = Paper.builder("A", Origin.of("x")).venue(new VenueRef("NIPS 2019", null, null)).build();
        Paper b = Paper.builder("B", Origin.of("x"))
                .venue(new VenueRef(null, "Advances in Neural Information Processing Systems", 2019)).build();
        Graph g = map(GoldenRecords.ICML_SOURCE, List.of(a, b));
        Set<Node> editions = g.find(Node.ANY, SG.publishedIn, Node.ANY).mapWith(Triple::getObject).toSet();
        assertEquals(Set.of(expected), editions);
        assertTrue(g.contains(expected, SG.editionOf, uri(ID + "venue/neurips")));
    }

    @Test
    void theSameAwardOnTwoPagesIsOneKindWithTwoReceipts() {
        VenueRef icml = new VenueRef("ICML", null, null);
        Paper a = Paper.builder("A", Origin.of("x")).award(PaperAward.won("Outstanding Paper Award", icml, 2021)).build();
        Paper b = Paper.builder("B", Origin.of("x")).award(PaperAward.won("ICML 2022 Outstanding Paper", icml, 2022)).build();
        Graph g = map(GoldenRecords.ICML_SOURCE, List.of(a, b));
        Set<Node> kinds = g.find(Node.ANY, SG.awardKind, Node.ANY).mapWith(Triple::getObject).toSet();
        assertEquals(Set.of(uri(ID + "award/icml/outstanding-paper")), kinds);
        assertEquals(2, g.find(Node.ANY, SG.awardedTo, Node.ANY).toList().size());
        GraphChecks.assertConforms(g);
    }

    @Test
    void aNominationIsMarkedAndNeverSharesTheWinnersReceipt() {
        VenueRef aistats = new VenueRef("AISTATS", null, 2022);
        Paper won = Paper.builder("A", Origin.of("x")).award(PaperAward.won("Test of Time Award", aistats, 2022)).build();
        Paper nominated = Paper.builder("A", Origin.of("x"))
                .award(new PaperAward("Test of Time Award", aistats, 2022, true)).build();
        Graph g = map(GoldenRecords.ICML_SOURCE, List.of(won, nominated));
        List<Node> receipts = g.find(Node.ANY, SG.awardedTo, Node.ANY).mapWith(Triple::getSubject).toList();
        assertEquals(2, receipts.size());
        Node nomination = uri(ID + "receipt/aistats/test-of-time/a/2022/nomination");
        assertTrue(receipts.contains(nomination));
        assertTrue(g.contains(nomination, SG.nominee, NodeFactory.createLiteralByValue(true)));
        assertFalse(g.contains(uri(ID + "receipt/aistats/test-of-time/a/2022"), SG.nominee, Node.ANY));
        GraphChecks.assertConforms(g);
    }

    @Test
    void aVenueWithoutAnyYearLinksTheSeriesOnly() {
        Paper p = Paper.builder("Undated", Origin.of("x")).venue(new VenueRef("JMLR", null, null)).build();
        Graph g = map(GoldenRecords.ICML_SOURCE, List.of(p));
        Node paper = uri(ID + "paper/undated");
        assertTrue(g.contains(paper, SG.venue, uri(ID + "venue/jmlr")));
        assertFalse(g.contains(paper, SG.publishedIn, Node.ANY));
        GraphChecks.assertConforms(g);
    }

    @Test
    void theBaseIsConfigurable() {
        String base = "http://example.org/kg/";
        Graph g = GraphFactory.createDefaultGraph();
        new RecordMapper(MappingContext.forSource(GoldenRecords.ICML_SOURCE).withBase(base))
                .map(GoldenRecords.icmlOutstandingPaper(), StreamRDFLib.graph(g));
        Node paul = uri(base + "person/paul-vicol~" + Keys.longHash(GoldenRecords.ICML_SOURCE));
        assertTrue(g.contains(paul, FOAF.name.asNode(), NodeFactory.createLiteralString("Paul Vicol")));
        assertFalse(g.find().filterKeep(t -> t.getSubject().getURI().startsWith(ID)).hasNext());
    }

    private static Paper paperBy(String title, String author) {
        String clean = author.replace("*", "");
        return Paper.builder(title, Origin.of("x"))
                .author(new Author(clean, author, author.endsWith("*"), author.endsWith("*") ? 1 : 0, false)).build();
    }

    private static List<Record> cvRecords() {
        List<Record> records = new ArrayList<>();
        records.add(GoldenRecords.cvOwner());
        records.addAll(GoldenRecords.personAwards());
        return records;
    }

    private static Graph map(String source, List<? extends Record> records) {
        Graph g = GraphFactory.createDefaultGraph();
        new RecordMapper(MappingContext.forSource(source)).mapAll(records, StreamRDFLib.graph(g));
        return g;
    }

    private static List<Triple> sent(List<? extends Record> records) {
        List<Triple> out = new ArrayList<>();
        new RecordMapper(MappingContext.forSource(GoldenRecords.ICML_SOURCE)).mapAll(records, new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                out.add(triple);
            }
        });
        return out;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
