package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of one graph whose predicate is one of a few, in the store's subject order. On TDB2
 * the other quads are skipped by node id before any of their nodes is decoded: a whole-store
 * resolution reads every source graph, and decoding a node the node cache does not hold is a read
 * from the node file. Most of those were the IRIs of authorship nodes as objects of
 * sg:authorship and people as objects of sg:author, which resolution reads the other way round.
 */
final class GraphQuads {
    private GraphQuads() {
    }

    static List<Quad> of(DatasetGraph dsg, Node graph, Set<Node> predicates) {
        List<Quad> out = new ArrayList<>();
        if (!TDBInternal.isTDB2(dsg)) {
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (predicates.contains(q.getPredicate())) {
                    out.add(q);
                }
            });
            return out;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId g = nodes.getNodeIdForNode(graph);
        if (NodeId.isDoesNotExist(g)) {
            return out;
        }
        Set<NodeId> wanted = predicates.stream().map(nodes::getNodeIdForNode).filter(id -> !NodeId.isDoesNotExist(id))
                .collect(Collectors.toSet());
        Iterator<Tuple<NodeId>> it = quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
        NodeId lastSubject = null;
        Node subject = null;
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (!wanted.contains(t.get(2))) {
                continue;
            }
            // Quads come by subject: each subject is decoded once, however many properties it has.
            if (!t.get(1).equals(lastSubject)) {
                lastSubject = t.get(1);
                subject = nodes.getNodeForNodeId(lastSubject);
            }
            out.add(Quad.create(graph, subject, nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3))));
        }
        return out;
    }
}
