package org.scholargraph.extract.text;

import java.util.List;
import org.scholargraph.model.Link;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueRef;

/**
 * One reference of a LaTeX CV, read into its parts before it becomes a paper.
 *
 * @param status what the entry says of a paper not yet published ("In review", "Preprint"), empty when published
 * @param awards the award notes as printed ("Survey Certification")
 */
record LatexCitation(CitationAuthors.Result authors, String title, Integer year, VenueRef venue, PaperType type,
        List<String> status, List<String> awards, List<PresentationKind> presentations, List<Link> links, String doi,
        String arxivId) {
    LatexCitation {
        status = List.copyOf(status);
        awards = List.copyOf(awards);
        presentations = List.copyOf(presentations);
        links = List.copyOf(links);
    }
}
