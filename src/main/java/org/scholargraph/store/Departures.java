package org.scholargraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.rdf.SG;

/**
 * The journal of people and papers that left a source graph when it was replaced or removed:
 * {@code <node> sg:leftSource <graph>} in the metadata graph, until the next resolution consumes
 * it. Derived graphs (the resolution graph) keep entries about source nodes; a node that has
 * gone can no longer be found in its source, and the journal says which ones to revisit. It
 * costs a few triples per changed source instead of one per node of every source.
 */
final class Departures {
    private static final Set<Node> TRACKED = Set.of(SG.Person, SG.Paper);

    private final DatasetGraph dsg;
    private final Node graph;
    private final List<Node> before = new ArrayList<>();

    private Departures(DatasetGraph dsg, Node graph) {
        this.dsg = dsg;
        this.graph = graph;
    }

    /** Notes the people and papers a source graph holds before it is replaced or removed. */
    static Departures before(DatasetGraph dsg, Node graph) {
        Departures d = new Departures(dsg, graph);
        for (Node type : TRACKED) {
            dsg.find(graph, Node.ANY, RDF.Nodes.type, type).forEachRemaining(q -> d.before.add(q.getSubject()));
        }
        return d;
    }

    /** Journals the noted nodes the graph no longer holds. */
    void record() {
        for (Node n : before) {
            if (!dsg.contains(graph, n, RDF.Nodes.type, Node.ANY)) {
                dsg.add(SourceMetadata.GRAPH, n, SG.leftSource, graph);
            }
        }
    }
}
