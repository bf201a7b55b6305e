package org.scholargraph.ingest;

/** What happened to one source in an ingest run. */
public enum Outcome {
    /** Its graph was written. */
    LOADED,
    /** Nothing was written for it; the message says why. */
    FAILED,
    /** Found while walking a folder but of no kind scholargraph reads; not an error. */
    SKIPPED
}
