package org.scholargraph.ingest;

import org.scholargraph.store.PendingSource;

/** What preparing one source gives the writer: triples to write, or an outcome already final. */
sealed interface Prepared {
    /** Mapped triples waiting for the store; the result becomes final when their commit lands. */
    record Mapped(PendingSource source, SourceResult result) implements Prepared {
    }

    /** Failed or skipped before reaching the store. */
    record Done(SourceResult result) implements Prepared {
    }
}
