package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The quads of one graph whose predicate is one of a few, in the store's subject order. On TDB2
 * the other quads are skipped by node id before any of their nodes is decoded: a whole-store
 * resolution reads every source graph, and decoding a node the node cache does not hold is a read
 * from the node file. Most of those were the IRIs of authorship nodes, as objects of
 * sg:authorship (which resolution reads the other way round) and as subjects (which resolution
 * only joins through).
 */
final class GraphQuads {
    private GraphQuads() {
    }

    /**
     * @param predicates the predicates to read
     * @param joinOnly a type whose nodes are only ever joined through, never named: on TDB2 a
     *     subject typed with it and nothing else comes back as a blank node labelled by its node
     *     id, its IRI not decoded (in a whole-store read these were half the nodes decoded)
     */
    static List<Quad> of(DatasetGraph dsg, Node graph, Set<Node> predicates, Node joinOnly) {
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
        Subject subject = new Subject(graph, nodes, nodes.getNodeIdForNode(RDF.Nodes.type), nodes.getNodeIdForNode(joinOnly), out);
        Iterator<Tuple<NodeId>> it = quads.find(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (wanted.contains(t.get(2))) {
                subject.add(t);
            }
        }
        subject.flush();
        return out;
    }

    /** One subject's wanted tuples (the index gives them together), decoded when the next subject starts. */
    private static final class Subject {
        private final Node graph;
        private final NodeTable nodes;
        private final NodeId type;
        private final NodeId joinOnly;
        private final List<Quad> out;
        private final List<Tuple<NodeId>> tuples = new ArrayList<>();

        Subject(Node graph, NodeTable nodes, NodeId type, NodeId joinOnly, List<Quad> out) {
            this.graph = graph;
            this.nodes = nodes;
            this.type = type;
            this.joinOnly = joinOnly;
            this.out = out;
        }

        void add(Tuple<NodeId> t) {
            if (!tuples.isEmpty() && !tuples.get(0).get(1).equals(t.get(1))) {
                flush();
            }
            tuples.add(t);
        }

        void flush() {
            if (tuples.isEmpty()) {
                return;
            }
            NodeId id = tuples.get(0).get(1);
            Node s = onlyJoinedThrough() ? NodeFactory.createBlankNode("tdb-" + id.getPtrLocation()) : nodes.getNodeForNodeId(id);
            for (Tuple<NodeId> t : tuples) {
                out.add(Quad.create(graph, s, nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3))));
            }
            tuples.clear();
        }

        private boolean onlyJoinedThrough() {
            boolean typed = false;
            for (Tuple<NodeId> t : tuples) {
                if (t.get(2).equals(type)) {
                    if (!t.get(3).equals(joinOnly)) {
                        return false;
                    }
                    typed = true;
                }
            }
            return typed;
        }
    }
}
