package org.scholargraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index-ordered writer must leave a TDB2 store exactly as {@code DatasetGraph.add} would:
 * every quad findable through each of the six indexes (each pattern below is answered by a
 * different one), repeats and quads already stored written once, several chunks in one
 * transaction, and nothing at all when the transaction aborts.
 */
class IndexOrderWriterTest {
    private static final Node P = uri("p");
    private static final Node Q = uri("q");

    private static Node uri(String local) {
        return NodeFactory.createURI("https://ex.org/" + local);
    }

    /** 2,000 quads over three graphs, subjects and objects interleaved so no index receives them in order. */
    private static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Node g = uri("g" + (i % 3));
            Node s = uri("s" + (i * 7919 % 500));
            Node o = i % 4 == 0 ? NodeFactory.createLiteralString("name " + (i % 97)) : uri("o" + (i * 31 % 211));
            out.add(Quad.create(g, s, i % 2 == 0 ? P : Q, o));
        }
        return out;
    }

    @Test
    void everyIndexAnswersForEveryQuadWrittenAcrossSeveralChunks(@TempDir Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        List<Quad> quads = quads();
        Set<Quad> distinct = new HashSet<>(quads);
        Txn.executeWrite(dsg, () -> {
            dsg.add(quads.get(0));  // already stored before the writer runs
            IndexOrderWriter out = new IndexOrderWriter(dsg, 300);
            quads.forEach(q -> out.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            quads.subList(0, 100).forEach(q -> out.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            out.flush();
        });
        Txn.executeRead(dsg, () -> {
            Set<Quad> stored = new HashSet<>();
            dsg.find().forEachRemaining(stored::add);
            assertEquals(distinct, stored);
            assertEquals(distinct.size(), count(dsg.find()));
            for (Quad q : distinct) {
                // G S ? ?, G ? P O, G ? ? O, ? S P ?, ? ? P O, ? ? ? O: GSPO, GPOS, GOSP, SPOG, POSG, OSPG.
                assertTrue(dsg.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY).hasNext());
                assertTrue(dsg.contains(q.getGraph(), Node.ANY, q.getPredicate(), q.getObject()));
                assertTrue(dsg.contains(q.getGraph(), Node.ANY, Node.ANY, q.getObject()));
                assertTrue(dsg.contains(Node.ANY, q.getSubject(), q.getPredicate(), Node.ANY));
                assertTrue(dsg.contains(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()));
                assertTrue(dsg.contains(Node.ANY, Node.ANY, Node.ANY, q.getObject()));
            }
            assertEquals(count(dsg.find(Node.ANY, Node.ANY, P, Node.ANY)), distinct.stream().filter(q -> q.getPredicate().equals(P)).count());
            Node literal = NodeFactory.createLiteralString("name 0");
            assertEquals(count(dsg.find(Node.ANY, Node.ANY, Node.ANY, literal)), distinct.stream().filter(q -> q.getObject().equals(literal)).count());
        });
    }

    @Test
    void anAbortedTransactionLeavesNothingOfWhatWasFlushed(@TempDir Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        IndexOrderWriter out = new IndexOrderWriter(dsg, 300);
        quads().forEach(q -> out.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        out.flush();
        assertEquals(new HashSet<>(quads()).size(), count(dsg.find()));
        dsg.abort();
        dsg.end();
        Txn.executeRead(dsg, () -> assertEquals(0, count(dsg.find())));
    }

    private static long count(java.util.Iterator<Quad> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
