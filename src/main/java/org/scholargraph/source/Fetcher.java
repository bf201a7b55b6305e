package org.scholargraph.source;

/** Reads a URL source into a Document; the plain {@link HttpFetcher} or a polite crawler. */
@FunctionalInterface
public interface Fetcher {
    Document fetch(SourceRef ref) throws SourceException;
}
