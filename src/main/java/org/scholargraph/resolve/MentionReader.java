package org.scholargraph.resolve;

import org.apache.jena.sparql.core.DatasetGraph;

/** Reads every mention in the sources, with papers' abstracts when some source shows title-less abstracts to link. */
public final class MentionReader {
    private MentionReader() {
    }

    public static Mentions read(DatasetGraph dsg) {
        return readAll(dsg, false);
    }

    /**
     * @param twoThreads read people on a second thread (only in a transaction that has written nothing yet).
     *     Named apart from {@link #read(DatasetGraph)}, so that stays usable as a method reference.
     */
    static Mentions readAll(DatasetGraph dsg, boolean twoThreads) {
        SourceReader reader = new SourceReader(dsg, new SourceReader(dsg, false).hasAbstracts());
        return twoThreads ? reader.allOnTwoThreads() : reader.all();
    }
}
