package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.scholargraph.rdf.SG;

/** A whole-store resolution reads only the predicates it uses, and the same quads from TDB2 as from any dataset. */
class GraphQuadsTest {
    private static final Node G = NodeFactory.createURI("https://ex.org/site");
    private static final Node OTHER = NodeFactory.createURI("https://ex.org/other");
    private static final Node PAPER = NodeFactory.createURI("https://ex.org/paper/1");
    private static final Node SHIP = NodeFactory.createURI("https://ex.org/authorship/1/1");
    private static final Node ANN = NodeFactory.createURI("https://ex.org/person/ann");

    private static List<Quad> quads() {
        return List.of(
                Quad.create(G, PAPER, RDF.Nodes.type, SG.Paper),
                Quad.create(G, PAPER, SG.authorship, SHIP),
                Quad.create(G, PAPER, SG.author, ANN),
                Quad.create(G, SHIP, SG.paper, PAPER),
                Quad.create(G, SHIP, SG.person, ANN),
                Quad.create(G, SHIP, SG.ordinal, NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                Quad.create(G, ANN, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), NodeFactory.createLiteralString("Ann Lee")),
                Quad.create(OTHER, ANN, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), NodeFactory.createLiteralString("A. Lee")));
    }

    @Test
    void onlyTheChosenPredicatesOfTheOneGraphAreRead() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> quads().forEach(tdb::add));
        List<Quad> read = Txn.calculateRead(tdb, () -> GraphQuads.of(tdb, G, SourceGraph.READ, SG.Authorship));

        assertEquals(Set.of(RDF.Nodes.type, SG.paper, SG.person, SG.ordinal, org.apache.jena.sparql.vocabulary.FOAF.name.asNode()),
                Set.copyOf(read.stream().map(Quad::getPredicate).toList()));
        assertEquals(5, read.size());
        assertTrue(read.stream().allMatch(q -> q.getGraph().equals(G)));
        assertTrue(read.contains(Quad.create(G, ANN, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(),
                NodeFactory.createLiteralString("Ann Lee"))));
    }

    @Test
    void tdb2AndAnyOtherDatasetGiveTheSameQuads() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> quads().forEach(tdb::add));
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(plain, () -> quads().forEach(plain::add));

        Set<Quad> fromTdb = Set.copyOf(Txn.calculateRead(tdb, () -> GraphQuads.of(tdb, G, SourceGraph.READ, SG.AwardReceipt)));
        Set<Quad> fromPlain = Set.copyOf(Txn.calculateRead(plain, () -> GraphQuads.of(plain, G, SourceGraph.READ, SG.AwardReceipt)));
        assertEquals(fromPlain, fromTdb);
        assertEquals(List.of(), Txn.calculateRead(tdb,
                () -> GraphQuads.of(tdb, NodeFactory.createURI("https://ex.org/none"), SourceGraph.READ, SG.Authorship)));
    }

    @Test
    void aNodeOfTheJoinOnlyTypeIsABlankNodeStillJoiningItsPaperAndPerson() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> {
            quads().forEach(tdb::add);
            tdb.add(G, SHIP, RDF.Nodes.type, SG.Authorship);
        });
        List<Quad> read = Txn.calculateRead(tdb, () -> GraphQuads.of(tdb, G, SourceGraph.READ, SG.Authorship));

        List<Node> ships = read.stream().filter(q -> q.getPredicate().equals(SG.person)).map(Quad::getSubject).toList();
        assertEquals(1, ships.size());
        Node ship = ships.get(0);
        assertTrue(ship.isBlank(), ship.toString());
        assertTrue(read.contains(Quad.create(G, ship, SG.paper, PAPER)));
        assertTrue(read.contains(Quad.create(G, ship, SG.person, ANN)));
        assertTrue(read.contains(Quad.create(G, PAPER, RDF.Nodes.type, SG.Paper)), "a paper is decoded: it is typed otherwise");
        SourceGraph site = SourceGraph.loaded(G, read);
        assertEquals(List.of(ship), site.subjectsWith(SG.person, ANN));
    }

    @Test
    void askingForAPredicateResolutionDoesNotReadFails() {
        SourceGraph.Description d = new SourceGraph.Description(Map.of(SG.author, List.of(ANN)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.objects(SG.author));
        assertTrue(e.getMessage().contains("SourceGraph.READ"), e.getMessage());
    }
}
