package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;
import org.scholargraph.model.Person;
import org.scholargraph.model.Record;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;

/**
 * Turns model records into triples sent to a {@link StreamRDF}, in the shape ontology/README.md
 * describes. It only sends triples: the caller owns the stream's start/finish and where the triples
 * go (a store's named graph, a file, a test graph). Each record's triples are sent once each;
 * repeats across records (the same author on two papers) are left to the receiving graph, which
 * keeps a set.
 */
public final class RecordMapper {
    private final PaperMapper papers;
    private final PersonMapper people;
    private final AwardMapper awards;
    private final TalkMapper talks;
    private final ServiceMapper services;
    private final IriMinter iris;

    public RecordMapper(MappingContext context) {
        this.iris = new IriMinter(context.base(), context.catalog()).scopedTo(context.sourceGraph());
        VenueMapper venues = new VenueMapper(iris);
        this.people = new PersonMapper(iris);
        this.awards = new AwardMapper(iris, venues, people, context.sourceNode());
        this.papers = new PaperMapper(iris, venues, people, awards);
        this.talks = new TalkMapper(iris, people);
        this.services = new ServiceMapper(iris, venues, people);
    }

    /** Sends one record's triples; returns how many. */
    public int map(Record record, StreamRDF out) {
        Triples triples = new Triples();
        if (record instanceof Paper paper) {
            papers.map(paper, triples);
        } else if (record instanceof Person person) {
            people.map(person, triples);
        } else if (record instanceof AwardReceipt award) {
            awards.personAward(award, triples);
        } else if (record instanceof Talk talk) {
            talks.map(talk, triples);
        } else if (record instanceof Service service) {
            services.map(service, triples);
        } else if (record instanceof PaperAbstract text) {
            // Kept as an abstract, never as an untitled paper: resolution links it to its paper.
            Node node = iris.paperAbstract(text.text());
            triples.add(node, RDF.Nodes.type, SG.PaperAbstract);
            triples.text(node, DCTerms.abstract_.asNode(), text.text());
        } else {
            throw new IllegalArgumentException("no mapping for record type " + record.getClass().getName());
        }
        triples.sendTo(out);
        return triples.size();
    }

    /** Sends the triples of every record in order; returns how many were sent. */
    public int mapAll(Iterable<? extends Record> records, StreamRDF out) {
        int sent = 0;
        for (Record r : records) {
            sent += map(r, out);
        }
        return sent;
    }
}
