package org.scholargraph.store;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the store in one read transaction: Turtle as the union of all graphs, quad formats
 * with every named graph (metadata included) or one source's graph under its own name.
 */
public final class Exporter {
    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    /** @param graph one source's graph IRI, or null for the whole store */
    public void write(OutputStream out, ExportFormat format, String graph) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            if (format.quads()) {
                RDFDataMgr.write(out, graph == null ? dsg : oneGraph(dsg, graph), format.format());
            } else {
                Graph g = graph == null ? dsg.getUnionGraph() : dsg.getGraph(NodeFactory.createURI(graph));
                RDFDataMgr.write(out, g, format.format());
            }
        });
    }

    private static DatasetGraph oneGraph(DatasetGraph dsg, String graph) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.prefixes().putAll(dsg.prefixes());
        view.addGraph(NodeFactory.createURI(graph), dsg.getGraph(NodeFactory.createURI(graph)));
        return view;
    }
}
