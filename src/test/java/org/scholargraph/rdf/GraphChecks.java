package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** What the rdf tests check on graphs: isomorphism with a readable diff, shapes, valid IRIs. */
final class GraphChecks {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    private GraphChecks() {
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    static void assertConforms(Graph data) {
        ValidationReport report = validate(data);
        if (!report.conforms()) {
            fail("graph does not conform to ontology/shapes.ttl:\n" + describe(report.getEntries()));
        }
    }

    static String describe(Collection<ReportEntry> entries) {
        return entries.stream().map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    /** Fails listing the triples one graph has and the other lacks (blank-node free graphs only). */
    static void assertIsomorphic(Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        List<Triple> missing = expected.find().filterDrop(actual::contains).toList();
        List<Triple> extra = actual.find().filterDrop(expected::contains).toList();
        fail("graphs differ\nmissing:\n" + lines(missing) + "\nunexpected:\n" + lines(extra));
    }

    /** Every IRI in the graph that is not a valid absolute IRI by Jena's IRIx. */
    static List<String> invalidIris(Graph g) {
        List<String> bad = new ArrayList<>();
        g.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && !valid(n.getURI())) {
                    bad.add(n.getURI());
                }
            }
        });
        return bad;
    }

    private static boolean valid(String iri) {
        try {
            IRIx x = IRIx.create(iri);
            return x.scheme() != null && !x.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    private static String lines(List<Triple> triples) {
        return triples.stream().map(Triple::toString).sorted().collect(Collectors.joining("\n"));
    }
}
