package org.scholargraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Sends every triple into one named graph of a dataset (Jena's LoaderOps.toNamedGraph, in a class). */
final class GraphSink extends StreamRDFBase {
    private final DatasetGraph dsg;
    private final Node graph;

    GraphSink(DatasetGraph dsg, Node graph) {
        this.dsg = dsg;
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void quad(Quad q) {
        dsg.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
    }
}
