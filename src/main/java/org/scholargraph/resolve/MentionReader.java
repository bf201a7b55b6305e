package org.scholargraph.resolve;

import org.apache.jena.sparql.core.DatasetGraph;

/** Reads every mention in the sources, with papers' abstracts when some source shows title-less abstracts to link. */
public final class MentionReader {
    private MentionReader() {
    }

    public static Mentions read(DatasetGraph dsg) {
        return read(dsg, false);
    }

    /** @param twoThreads read people on a second thread (only in a transaction that has written nothing yet) */
    static Mentions read(DatasetGraph dsg, boolean twoThreads) {
        SourceReader reader = new SourceReader(dsg, new SourceReader(dsg, false).hasAbstracts());
        return twoThreads ? reader.allOnTwoThreads() : reader.all();
    }
}
