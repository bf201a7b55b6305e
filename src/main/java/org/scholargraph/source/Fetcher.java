package org.scholargraph.source;

/** Reads a URL source into a Document (the crawler's polite fetcher implements it; source knows no HTTP). */
@FunctionalInterface
public interface Fetcher {
    Document fetch(SourceRef ref) throws SourceException;
}
