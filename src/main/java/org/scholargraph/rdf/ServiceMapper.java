package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.model.Service;
import org.scholargraph.model.VenueRef;

/**
 * Describes reviewing and organising service: one node per person, role and venue edition, linked
 * to the edition (or the series when the source gives no year) under the catalog's canonical names.
 */
final class ServiceMapper {
    private final IriMinter iris;
    private final VenueMapper venues;
    private final PersonMapper people;

    ServiceMapper(IriMinter iris, VenueMapper venues, PersonMapper people) {
        this.iris = iris;
        this.venues = venues;
        this.people = people;
    }

    void map(Service service, Triples out) {
        Node node = iris.service(service.person(), service.role(), service.venue());
        out.add(node, RDF.Nodes.type, SG.ServiceRole);
        out.add(node, SG.servedBy, people.named(service.person(), out));
        out.text(node, SG.role, service.role());
        VenueRef venue = service.venue();
        if (venue != null) {
            Integer year = iris.editionYear(venue);
            out.add(node, SG.servedAt, year != null ? venues.edition(venue, year, out) : venues.series(venue, out));
        }
        out.text(node, SG.distinction, service.distinction());
    }
}
