package org.scholargraph.store;

import java.time.Instant;

/**
 * What the metadata graph records about one ingested source.
 *
 * @param graph the IRI of the source's named graph (its location as an IRI)
 * @param location where the source was read from, as the user named it
 * @param kind the source kind ("award-page")
 * @param contentHash SHA-256 of the bytes ingested
 * @param ingestedAt when the graph was written
 * @param triples how many triples the source's graph holds
 * @param extractor the extractor's name
 * @param extractorVersion the extractor's version
 */
public record SourceEntry(String graph, String location, String kind, String contentHash, Instant ingestedAt,
        long triples, String extractor, String extractorVersion) {

    public SourceEntry withTriples(long count) {
        return new SourceEntry(graph, location, kind, contentHash, ingestedAt, count, extractor, extractorVersion);
    }
}
