package org.scholargraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A document the generator wrote.
 *
 * @param path where it is
 * @param kind the extractor kind that should read it ("award-page", "hugo-publication", "homepage", "cv-text")
 * @param papers the papers it prints, in page order
 */
public record GeneratedDocument(Path path, String kind, List<ExpectedPaper> papers) {
    public GeneratedDocument {
        papers = List.copyOf(papers);
    }
}
