package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Person;

/**
 * Describes people: every author named in a list, and the people sources describe at length with
 * their education and positions (one node each, so degree, years and advisors stay together).
 */
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
        person.education().forEach(e -> out.add(node, SG.education, education(person.name(), e, out)));
        person.employment().forEach(e -> out.add(node, SG.employment, employment(person.name(), e, out)));
    }

    private Node education(String person, Education education, Triples out) {
        Node node = iris.education(person, education.institution(), education.degree());
        out.add(node, RDF.Nodes.type, SG.Education);
        out.text(node, SG.degree, education.degree());
        out.text(node, SG.institution, education.institution());
        years(node, education.startYear(), education.endYear(), out);
        out.text(node, SG.thesisTitle, education.thesis());
        for (String advisor : education.advisors()) {
            if (advisor != null && !advisor.isBlank()) {
                out.add(node, SG.advisor, named(advisor, out));
            }
        }
        return node;
    }

    private Node employment(String person, Employment employment, Triples out) {
        Node node = iris.employment(person, employment.organisation(), employment.role(), employment.startYear());
        out.add(node, RDF.Nodes.type, SG.Employment);
        out.text(node, SG.role, employment.role());
        out.text(node, SG.organisation, employment.organisation());
        years(node, employment.startYear(), employment.endYear(), out);
        for (String host : employment.hosts()) {
            if (host != null && !host.isBlank()) {
                out.add(node, SG.host, named(host, out));
            }
        }
        return node;
    }

    private static void years(Node node, Integer start, Integer end, Triples out) {
        out.integer(node, SG.startYear, start);
        out.integer(node, SG.endYear, end);
    }
}
