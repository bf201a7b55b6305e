package org.scholargraph.resolve;

import java.util.List;

/**
 * What one source says about one paper node: title, year, venue, identifiers, its author
 * nodes in order, and a year it printed that cannot be one.
 *
 * @param venue the venue series' short name and edition year as the source gives them ("ICML 2021"), or null
 * @param venueName the short name of the venue series ("ICML"), or null
 */
public record PaperStatement(String node, String source, String title, Integer year, String venue, String venueName,
        String doi, String arxivId, String impossibleYear, String abstractText, List<String> authors) {
    public PaperStatement {
        authors = List.copyOf(authors);
    }
}
