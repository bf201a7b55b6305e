package org.scholargraph.resolve;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.rdf.SG;

/**
 * What the last resolution left for the next one to start from, read through the store's
 * indexes: each source node's canonical entity, the blocks of each canonical entity and its
 * members, and the nodes that left their sources since.
 */
final class ResolutionIndex {
    private static final Node GRAPH = NodeFactory.createURI(SG.RESOLUTION_GRAPH);
    private static final Node META = NodeFactory.createURI(SG.META_GRAPH);

    private final DatasetGraph dsg;
    // What a run asks about the same nodes again and again, read once: the index does not change during a run.
    private final java.util.Map<String, String> canonical = new java.util.HashMap<>();
    private final java.util.Map<String, Set<String>> members = new java.util.HashMap<>();

    ResolutionIndex(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * The people and papers that left a source (replaced or removed) since the last resolution,
     * as the store journals them in its metadata graph.
     */
    Set<String> departed() {
        Set<String> out = new TreeSet<>();
        dsg.find(META, Node.ANY, SG.leftSource, Node.ANY).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    /**
     * The nodes the last resolution saw in a block: the members of the canonical entities holding
     * the key (a superset, as a canonical entity holds its nodes' keys together).
     */
    Set<String> nodesWithKey(String key) {
        Set<String> out = new TreeSet<>();
        subjects(SG.blockKey, NodeFactory.createLiteralString(key)).forEach(c -> out.addAll(membersOf(c)));
        return out;
    }

    /** The blocks a node was in at the last resolution, with those of the other nodes of its canonical entity. */
    Set<String> keysOf(String node) {
        Set<String> out = new TreeSet<>();
        String canonical = canonicalOf(node);
        if (canonical != null) {
            dsg.find(GRAPH, NodeFactory.createURI(canonical), SG.blockKey, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        }
        return out;
    }

    /** The canonical entity a node resolved to last time, or null for a node resolution has not seen. */
    String canonicalOf(String node) {
        // "" stands for none in the memo, which cannot hold null.
        String c = canonical.computeIfAbsent(node, n -> {
            Iterator<Quad> it = dsg.find(GRAPH, NodeFactory.createURI(n), SG.resolvesTo, Node.ANY);
            return it.hasNext() ? it.next().getObject().getURI() : "";
        });
        return c.isEmpty() ? null : c;
    }

    /** The nodes that resolved to a canonical entity last time (read once: a head author's are thousands). */
    Set<String> membersOf(String canonical) {
        return members.computeIfAbsent(canonical, c -> java.util.Collections.unmodifiableSet(subjects(SG.resolvesTo, NodeFactory.createURI(c))));
    }

    /** Whether a node resolved last time to a canonical person (rather than a paper). */
    boolean isPerson(String node) {
        String c = canonicalOf(node);
        return c != null && dsg.contains(GRAPH, NodeFactory.createURI(c), RDF.Nodes.type, SG.Person);
    }

    private Set<String> subjects(Node p, Node o) {
        Set<String> out = new TreeSet<>();
        dsg.find(GRAPH, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }
}
