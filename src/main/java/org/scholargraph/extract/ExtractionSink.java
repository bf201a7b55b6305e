package org.scholargraph.extract;

import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;

/** Where an extractor sends what it finds; the caller decides what to keep (as RIOT's StreamRDF). */
public interface ExtractionSink {
    void record(Record record);

    void problem(Problem problem);
}
