package org.scholargraph.bench;

import java.util.List;

/**
 * What an extractor should find for one paper of a generated document: the title and the author
 * names as the document prints them (marks such as '*' and bold removed), in order.
 */
public record ExpectedPaper(String title, List<String> authors) {
    public ExpectedPaper {
        authors = List.copyOf(authors);
    }
}
