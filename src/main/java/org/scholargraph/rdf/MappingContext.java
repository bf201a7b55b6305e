package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.scholargraph.model.VenueCatalog;

/**
 * What the mapper needs besides the records: where instance IRIs live, which source graph the
 * records come from (award receipts name it with {@code sg:source}), and the venue catalog.
 *
 * @param base the instance IRI base, e.g. {@link SG#DEFAULT_BASE}
 * @param sourceGraph the IRI of the source's named graph: its file: URI or http(s) URL
 * @param catalog the venue series
 */
public record MappingContext(String base, String sourceGraph, VenueCatalog catalog) {
    public MappingContext {
        if (catalog == null) {
            throw new IllegalArgumentException("a venue catalog is required");
        }
        try {
            if (sourceGraph == null || IRIx.create(sourceGraph).scheme() == null) {
                throw new IllegalArgumentException("a source graph must be named by an absolute IRI: " + sourceGraph);
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid source graph IRI: " + sourceGraph, e);
        }
    }

    /** The default base and the bundled venue catalog. */
    public static MappingContext forSource(String sourceGraph) {
        return new MappingContext(SG.DEFAULT_BASE, sourceGraph, VenueCatalog.bundled());
    }

    public MappingContext withBase(String otherBase) {
        return new MappingContext(otherBase, sourceGraph, catalog);
    }

    Node sourceNode() {
        return NodeFactory.createURI(sourceGraph);
    }
}
