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

    /** Bumped when the extractor's output changes, recorded with each ingested source. */
    String version();

    boolean recognises(Document document);

    void extract(Document document, ExtractionSink sink);

    default Extraction extract(Document document) {
        Extraction out = new Extraction();
        extract(document, out);
        return out;
    }
}
