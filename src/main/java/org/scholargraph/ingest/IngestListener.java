package org.scholargraph.ingest;

/** Told about each source as its outcome becomes final (when the commit holding it succeeds, or at failure). */
@FunctionalInterface
public interface IngestListener {
    void finished(SourceResult result);

    /**
     * A source went into the open write transaction; {@link #finished} follows once its commit
     * does. A commit holds thousands of sources, so a progress display moves on here rather than
     * stalling until then.
     */
    default void written(SourceResult result) {
    }

    IngestListener NONE = r -> { };
}
