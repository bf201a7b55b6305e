package org.scholargraph.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends every triple into one named graph of a dataset (Jena's LoaderOps.toNamedGraph, in a
 * class), each distinct triple once: a source's records repeat triples (the same author on two
 * papers), and skipping the repeats here spares TDB2 six index probes each and tells the store
 * how many triples the graph holds without counting it afterwards. The set lives for one source.
 */
final class GraphSink extends StreamRDFBase {
    private final IndexOrderWriter out;
    private final Node graph;
    private final Set<Triple> seen = new HashSet<>();

    GraphSink(IndexOrderWriter out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        if (seen.add(t)) {
            out.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    /** How many distinct triples were written: the graph was empty before. */
    long written() {
        return seen.size();
    }
}
