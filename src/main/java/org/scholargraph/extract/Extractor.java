package org.scholargraph.extract;

import org.scholargraph.source.Document;

/**
 * Reads one kind of document. The contract (after jbang's resolvers): {@link #recognises} says
 * whether a document is of this kind without judging its quality; {@link #extract} reports a
 * document that is of this kind but broken as an ERROR problem (with the most precise location
 * it knows) rather than throwing.
 */
public interface Extractor {
    /** The kind name users give to {@code --kind}, e.g. "award-page". */
    String kind();

    /**
     * Recorded with each ingested source, and bumped when the graph written from one document
     * changes: the extractor's records, or how they are mapped (its IRIs). {@code crawl} reads an
     * unchanged page again when the version that wrote its graph is not the current one. Version
     * 2: person nodes scoped by 64-bit source keys, and everything before (version 1 was never
     * bumped while the extractors grew).
     */
    String version();

    boolean recognises(Document document);

    void extract(Document document, ExtractionSink sink);

    default Extraction extract(Document document) {
        Extraction out = new Extraction();
        extract(document, out);
        return out;
    }
}
