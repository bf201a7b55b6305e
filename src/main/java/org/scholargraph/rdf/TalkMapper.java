package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.model.Talk;

/**
 * Describes invited talks a person lists. The host stays a name: talks are given at labs,
 * universities and workshops that no catalog knows, so it is not forced into a venue.
 */
final class TalkMapper {
    private final IriMinter iris;
    private final PersonMapper people;

    TalkMapper(IriMinter iris, PersonMapper people) {
        this.iris = iris;
        this.people = people;
    }

    void map(Talk talk, Triples out) {
        Node node = iris.talk(talk.speaker(), talk.title(), talk.year(), talk.host());
        out.add(node, RDF.Nodes.type, SG.Talk);
        out.text(node, DCTerms.title.asNode(), talk.title());
        out.add(node, SG.speaker, people.named(talk.speaker(), out));
        out.text(node, SG.hostName, talk.host());
        out.text(node, SG.date, talk.date());
        out.integer(node, SG.year, talk.year());
    }
}
