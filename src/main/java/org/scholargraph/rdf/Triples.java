package org.scholargraph.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The triples of one record, each kept once and in the order first added, so a record that names
 * its venue three times still sends one venue description, and output is reproducible.
 */
final class Triples {
    private final Set<Triple> triples = new LinkedHashSet<>();

    void add(Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    /** A plain string; blank or missing text says nothing, so nothing is added. */
    void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(value.strip()));
        }
    }

    void integer(Node s, Node p, Integer value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger));
        }
    }

    void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /** A link from a page; skipped when it is not a valid absolute web IRI (see {@link WebIri}). */
    void link(Node s, Node p, String url) {
        WebIri.parse(url).ifPresent(o -> add(s, p, o));
    }

    int size() {
        return triples.size();
    }

    void sendTo(StreamRDF out) {
        triples.forEach(out::triple);
    }
}
