package org.scholargraph.extract.text;

import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;

/** Where the readers report what they doubt: located warnings, all worded and placed the same way. */
final class Problems {
    private final Origin origin;
    private final ExtractionSink sink;

    Problems(Origin origin, ExtractionSink sink) {
        this.origin = origin;
        this.sink = sink;
    }

    void warn(Line line, String message) {
        sink.problem(Problem.warning(at(line), message));
    }

    void warn(String message) {
        sink.problem(Problem.warning(origin, message));
    }

    Origin at(Line line) {
        return origin.at(line.where());
    }
}
