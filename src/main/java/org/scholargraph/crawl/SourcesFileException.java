package org.scholargraph.crawl;

import java.util.List;

/** A sources manifest that cannot be used; every problem found, each as "file:line: message". */
public final class SourcesFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    SourcesFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
