package org.scholargraph.resolve;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.rdf.SG;

/**
 * The sources as the metadata graph has them now (content hash and load time) beside the sources as the last resolution saw
 * them (sg:resolvedContent in the resolution graph): the difference is what the next resolution
 * works around. Kept in the store, so an ingest that crashed before resolving is caught up by
 * the next run, whichever command runs it. With them, how many source nodes the resolution
 * graph resolves (-1 when unknown), which tells an incremental run how large the store is.
 */
record Ledger(Map<String, String> current, Map<String, String> resolved, long resolvedNodes) {
    private static final Node META = NodeFactory.createURI(SG.META_GRAPH);
    private static final Node RESOLUTION = NodeFactory.createURI(SG.RESOLUTION_GRAPH);
    private static final Node LOADED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");

    static Ledger read(DatasetGraph dsg) {
        Map<String, String> current = new TreeMap<>();
        // The content's hash and the time it was loaded: a source loaded again from the same bytes
        // (by a newer extractor) is a changed source too.
        dsg.find(META, Node.ANY, RDF.Nodes.type, SG.Source).forEachRemaining(q -> current.put(q.getSubject().getURI(),
                value(dsg, q.getSubject(), SG.contentHash) + " " + value(dsg, q.getSubject(), LOADED_AT)));
        Map<String, String> resolved = new TreeMap<>();
        dsg.find(RESOLUTION, Node.ANY, SG.resolvedContent, Node.ANY)
                .forEachRemaining(q -> resolved.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        var count = dsg.find(RESOLUTION, RESOLUTION, SG.resolvedNodes, Node.ANY);
        long nodes = count.hasNext() ? Long.parseLong(count.next().getObject().getLiteralLexicalForm()) : -1;
        return new Ledger(current, resolved, nodes);
    }

    private static String value(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(META, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    /**
     * Whether a resolution left a ledger the next run can work from. A store resolved by an
     * older version has none, or one without the node count, whose index is laid out otherwise
     * (blocks on source nodes, no journal of departed nodes): it is resolved whole once.
     */
    boolean kept() {
        return !resolved.isEmpty() && resolvedNodes >= 0;
    }

    /** Sources added, changed or removed since the last resolution. */
    Set<String> changed() {
        Set<String> out = new TreeSet<>();
        current.forEach((g, hash) -> {
            if (!hash.equals(resolved.get(g))) {
                out.add(g);
            }
        });
        resolved.keySet().stream().filter(g -> !current.containsKey(g)).forEach(out::add);
        return out;
    }
}
