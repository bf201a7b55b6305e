package org.scholargraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks graphs against the shipped SHACL shapes (ontology/shapes.ttl, bundled in the jar). */
public final class ShapeValidator {
    private static final String SHAPES = "/ontology/shapes.ttl";
    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapeValidator bundled() {
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("the shapes " + SHAPES + " are not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapeValidator(Shapes.parse(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a graph; the caller holds any transaction the graph needs. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
