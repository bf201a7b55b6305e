package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.model.VenueRef;

/** Describes venue series ("ICML") and their editions ("ICML 2021") under canonical names. */
final class VenueMapper {
    private final IriMinter iris;

    VenueMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The series node, described. */
    Node series(VenueRef venue, Triples out) {
        VenueRef series = iris.series(venue);
        Node node = iris.venue(venue);
        out.add(node, RDF.Nodes.type, SG.Venue);
        out.text(node, RDFS.Nodes.label, series.label());
        out.text(node, SG.shortName, series.shortName());
        out.text(node, SG.fullName, series.longName());
        return node;
    }

    /** The edition node of the series in a year, described together with its series. */
    Node edition(VenueRef venue, int year, Triples out) {
        Node series = series(venue, out);
        Node node = iris.edition(venue, year);
        out.add(node, RDF.Nodes.type, SG.VenueEdition);
        out.text(node, RDFS.Nodes.label, iris.series(venue).label() + " " + year);
        out.add(node, SG.editionOf, series);
        out.integer(node, SG.year, year);
        return node;
    }
}
