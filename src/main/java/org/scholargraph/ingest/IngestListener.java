package org.scholargraph.ingest;

/** Told about each source as its outcome becomes final (after its batch commits, or at failure). */
@FunctionalInterface
public interface IngestListener {
    void finished(SourceResult result);

    IngestListener NONE = r -> { };
}
