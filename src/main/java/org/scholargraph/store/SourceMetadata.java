package org.scholargraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.rdf.SG;

/**
 * Reads and writes source entries in the metadata graph, in PROV-O terms
 * (prov:Entity, prov:atLocation, prov:generatedAtTime) plus our own counts and hashes.
 * Callers hold the transaction.
 */
final class SourceMetadata {
    static final Node GRAPH = NodeFactory.createURI(SG.META_GRAPH);
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node PROV_ENTITY = NodeFactory.createURI(PROV + "Entity");
    private static final Node AT_LOCATION = NodeFactory.createURI(PROV + "atLocation");
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");

    private final DatasetGraph dsg;

    SourceMetadata(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    void put(SourceEntry e) {
        Node s = NodeFactory.createURI(e.graph());
        delete(e.graph());
        add(s, RDF.type.asNode(), SG.Source);
        add(s, RDF.type.asNode(), PROV_ENTITY);
        add(s, AT_LOCATION, NodeFactory.createLiteralString(e.location()));
        add(s, SG.sourceKind, NodeFactory.createLiteralString(e.kind()));
        add(s, SG.contentHash, NodeFactory.createLiteralString(e.contentHash()));
        add(s, GENERATED_AT, NodeFactory.createLiteralDT(e.ingestedAt().toString(), XSDDatatype.XSDdateTime));
        add(s, SG.tripleCount, NodeFactory.createLiteralDT(Long.toString(e.triples()), XSDDatatype.XSDinteger));
        add(s, SG.extractor, NodeFactory.createLiteralString(e.extractor()));
        add(s, SG.extractorVersion, NodeFactory.createLiteralString(e.extractorVersion()));
    }

    void delete(String graph) {
        dsg.deleteAny(GRAPH, NodeFactory.createURI(graph), Node.ANY, Node.ANY);
    }

    Optional<SourceEntry> get(String graph) {
        Node s = NodeFactory.createURI(graph);
        if (!dsg.contains(GRAPH, s, RDF.type.asNode(), SG.Source)) {
            return Optional.empty();
        }
        return Optional.of(new SourceEntry(graph, text(s, AT_LOCATION), text(s, SG.sourceKind),
                text(s, SG.contentHash), Instant.parse(text(s, GENERATED_AT)),
                Long.parseLong(text(s, SG.tripleCount)), text(s, SG.extractor), text(s, SG.extractorVersion)));
    }

    List<SourceEntry> all() {
        List<SourceEntry> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, RDF.type.asNode(), SG.Source);
        while (it.hasNext()) {
            get(it.next().getSubject().getURI()).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(SourceEntry::location));
        return out;
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }

    private String text(Node s, Node p) {
        Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
