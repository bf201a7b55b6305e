package org.scholargraph.resolve;

import org.apache.jena.sparql.core.DatasetGraph;

/** Reads every mention in the sources, with papers' abstracts when some source shows title-less abstracts to link. */
public final class MentionReader {
    private MentionReader() {
    }

    public static Mentions read(DatasetGraph dsg) {
        return new SourceReader(dsg, new SourceReader(dsg, false).hasAbstracts()).all();
    }
}
