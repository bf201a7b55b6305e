package org.scholargraph.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A source waiting to be written: its metadata and a producer that streams its triples.
 * The triple count in the entry is filled in by the store after writing.
 */
public record PendingSource(SourceEntry entry, Consumer<StreamRDF> producer) {
}
