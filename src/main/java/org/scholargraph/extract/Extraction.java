package org.scholargraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;
import org.scholargraph.model.Severity;

/** A sink that keeps everything: the usual way to run an extractor over one document. */
public final class Extraction implements ExtractionSink {
    private final List<Record> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void record(Record record) {
        records.add(record);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    public List<Record> records() {
        return List.copyOf(records);
    }

    public List<Paper> papers() {
        return records.stream().filter(Paper.class::isInstance).map(Paper.class::cast).toList();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    public boolean failed() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
