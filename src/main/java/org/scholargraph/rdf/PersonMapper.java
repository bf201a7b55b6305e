package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.model.Person;

/** Describes people: every author named in a list, and the people sources describe at length. */
final class PersonMapper {
    private final IriMinter iris;

    PersonMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The person's node, typed and named (also as FOAF, for tools that know only FOAF). */
    Node named(String name, Triples out) {
        Node node = iris.person(name);
        out.add(node, RDF.Nodes.type, SG.Person);
        out.add(node, RDF.Nodes.type, FOAF.Person.asNode());
        out.text(node, FOAF.name.asNode(), name);
        return node;
    }

    void map(Person person, Triples out) {
        Node node = named(person.name(), out);
        out.link(node, SG.homepage, person.homepage());
        out.text(node, SG.position, person.position());
        out.text(node, SG.affiliation, person.affiliation());
        person.interests().forEach(i -> out.text(node, SG.researchInterest, i));
    }
}
