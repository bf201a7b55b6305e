package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final String ID = SG.DEFAULT_BASE;
    private static final Node PAPER = uri("paper/p");
    private static final Node ANN = uri("authorship/p/1/ann");
    private static final Node BOB = uri("authorship/p/2/bob");
    private static final Node RECEIPT = uri("receipt/icml/outstanding-paper/p/2021");
    private static final Node EDITION = uri("edition/icml-2021");

    @Test
    void theHandWrittenGraphConforms() {
        GraphChecks.assertConforms(conforming());
    }

    @Test
    void aPaperWithoutTitleIsReportedOnTheTitle() {
        ReportEntry e = onlyViolation(g -> g.remove(PAPER, DCTerms.title.asNode(), Node.ANY));
        assertEquals(PAPER, e.focusNode());
        assertEquals(path(DCTerms.title.asNode()), e.resultPath());
    }

    @Test
    void aPaperWithTwoTitlesIsReported() {
        ReportEntry e = onlyViolation(g -> g.add(PAPER, DCTerms.title.asNode(), NodeFactory.createLiteralString("Q")));
        assertEquals(PAPER, e.focusNode());
        assertEquals(path(DCTerms.title.asNode()), e.resultPath());
    }

    @Test
    void ordinalZeroIsReportedOnTheAuthorship() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(ANN, SG.ordinal, Node.ANY);
            g.add(ANN, SG.ordinal, integer(0));
        });
        assertEquals(ANN, e.focusNode());
        assertEquals(path(SG.ordinal), e.resultPath());
    }

    @Test
    void anAuthorshipWithoutPersonIsReported() {
        List<ReportEntry> entries = violations(g -> g.remove(ANN, SG.person, Node.ANY));
        assertTrue(entries.stream().anyMatch(e -> e.focusNode().equals(ANN) && e.resultPath().equals(path(SG.person))),
                GraphChecks.describe(entries));
        // The paper's sg:author shortcut to Ann now has no authorship behind it.
        assertTrue(entries.stream().anyMatch(e -> e.focusNode().equals(PAPER) && e.resultPath().equals(path(SG.author))),
                GraphChecks.describe(entries));
    }

    @Test
    void twoAuthorshipsWithOneOrdinalAreReportedOnThePaper() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(BOB, SG.ordinal, Node.ANY);
            g.add(BOB, SG.ordinal, integer(1));
        });
        assertEquals(PAPER, e.focusNode());
        assertEquals(path(SG.authorship), e.resultPath());
        assertTrue(e.message().contains("ordinal 1"), e.message());
    }

    @Test
    void anAuthorshipNoPaperListsIsReported() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(PAPER, SG.authorship, BOB);
            g.remove(PAPER, SG.author, uri("person/bob"));
        });
        assertEquals(BOB, e.focusNode());
        assertEquals(new P_Inverse(path(SG.authorship)), e.resultPath());
    }

    @Test
    void aStringYearIsReported() {
        // Reported by the datatype and by both range bounds, all on the paper's year.
        List<ReportEntry> entries = violations(g -> {
            g.remove(PAPER, SG.year, Node.ANY);
            g.add(PAPER, SG.year, NodeFactory.createLiteralString("2021"));
        });
        assertTrue(entries.stream().allMatch(e -> e.focusNode().equals(PAPER) && e.resultPath().equals(path(SG.year))),
                GraphChecks.describe(entries));
    }

    @Test
    void anEqualContributionGroupWithoutTheFlagIsReported() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(ANN, SG.equalContribution, Node.ANY);
            g.add(ANN, SG.equalContribution, NodeFactory.createLiteralByValue(false));
        });
        assertEquals(ANN, e.focusNode());
        assertEquals(path(SG.equalContributionGroup), e.resultPath());
    }

    @Test
    void aReceiptWithoutAwardKindIsReported() {
        ReportEntry e = onlyViolation(g -> g.remove(RECEIPT, SG.awardKind, Node.ANY));
        assertEquals(RECEIPT, e.focusNode());
        assertEquals(path(SG.awardKind), e.resultPath());
    }

    @Test
    void aReceiptAwardedToAVenueIsReported() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(RECEIPT, SG.awardedTo, Node.ANY);
            g.add(RECEIPT, SG.awardedTo, EDITION);
        });
        assertEquals(RECEIPT, e.focusNode());
        assertEquals(path(SG.awardedTo), e.resultPath());
    }

    @Test
    void aYearOutOfRangeIsReported() {
        ReportEntry e = onlyViolation(g -> {
            g.remove(PAPER, SG.year, Node.ANY);
            g.add(PAPER, SG.year, integer(20211));
        });
        assertEquals(PAPER, e.focusNode());
        assertEquals(path(SG.year), e.resultPath());
    }

    @Test
    void anEditionWithoutYearIsReported() {
        ReportEntry e = onlyViolation(g -> g.remove(EDITION, SG.year, Node.ANY));
        assertEquals(EDITION, e.focusNode());
        assertEquals(path(SG.year), e.resultPath());
    }

    @Test
    void aPresentationWithoutKindIsReported() {
        Node poster = uri("presentation/p/poster/icml-2021");
        ReportEntry e = onlyViolation(g -> g.remove(poster, RDF.Nodes.type, SG.PosterPresentation));
        assertEquals(poster, e.focusNode());
        assertEquals(path(RDF.Nodes.type), e.resultPath());
    }

    @Test
    void aPersonWithoutNameIsReported() {
        Node ann = uri("person/ann");
        ReportEntry e = onlyViolation(g -> g.remove(ann, Node.ANY, NodeFactory.createLiteralString("Ann")));
        assertEquals(ann, e.focusNode());
    }

    @Test
    void aBrokenSourceHashIsReported() {
        Node source = NodeFactory.createURI("https://icml.cc/virtual/2021/awards");
        ReportEntry e = onlyViolation(g -> {
            g.remove(source, SG.contentHash, Node.ANY);
            g.add(source, SG.contentHash, NodeFactory.createLiteralString("not-a-hash"));
        });
        assertEquals(source, e.focusNode());
        assertEquals(path(SG.contentHash), e.resultPath());
    }

    private static ReportEntry onlyViolation(Consumer<Graph> breakIt) {
        List<ReportEntry> entries = violations(breakIt);
        assertEquals(1, entries.size(), GraphChecks.describe(entries));
        return entries.get(0);
    }

    private static List<ReportEntry> violations(Consumer<Graph> breakIt) {
        Graph g = conforming();
        breakIt.accept(g);
        ValidationReport report = GraphChecks.validate(g);
        assertFalse(report.conforms(), "the broken graph should not conform");
        return List.copyOf(report.getEntries());
    }

    private static Graph conforming() {
        return RDFDataMgr.loadGraph("src/test/resources/rdf/shapes/conforming.ttl");
    }

    private static Path path(Node property) {
        return new P_Link(property);
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(ID + local);
    }
}
