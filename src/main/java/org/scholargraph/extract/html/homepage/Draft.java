package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.model.Author;
import org.scholargraph.model.Link;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueRef;

/**
 * A paper while the page is being read: every source (an entry's layout, its BibTeX, the page's
 * JSON-LD…) fills what it knows, and {@link #fillFrom} lets a later source complete an earlier one
 * without overriding it.
 */
final class Draft {
    String title;
    List<Author> authors = new ArrayList<>();
    VenueRef venue;
    Integer year;
    PaperType type = PaperType.UNKNOWN;
    String abstractText;
    String summary;
    String doi;
    String arxivId;
    final List<Presentation> presentations = new ArrayList<>();
    final List<PaperAward> awards = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    Origin origin;
    /** Doubts about this paper, reported only if the paper is kept. */
    final List<Problem> warnings = new ArrayList<>();
    /** Document position, so papers come out in page order whichever source found them. */
    int position;

    Draft(String title, Origin origin, int position) {
        this.title = title;
        this.origin = origin;
        this.position = position;
    }

    String key() {
        return TextForm.fold(title);
    }

    void link(Link l) {
        if (links.stream().noneMatch(x -> x.url().equals(l.url()))) {
            links.add(l);
        }
    }

    void presentation(Presentation p) {
        if (presentations.stream().noneMatch(x -> x.kind() == p.kind())) {
            presentations.add(p);
        }
    }

    void award(PaperAward a) {
        if (awards.stream().noneMatch(x -> x.label().equalsIgnoreCase(a.label()))) {
            awards.add(a);
        }
    }

    /** Completes this draft with what {@code other} knows and this one does not. */
    void fillFrom(Draft other) {
        if (authors.isEmpty()) {
            authors = new ArrayList<>(other.authors);
        }
        if (venue == null) {
            venue = other.venue;
        }
        if (year == null) {
            year = other.year;
        }
        if (type == PaperType.UNKNOWN) {
            type = other.type;
        }
        abstractText = abstractText != null ? abstractText : other.abstractText;
        summary = summary != null ? summary : other.summary;
        doi = doi != null ? doi : other.doi;
        arxivId = arxivId != null ? arxivId : other.arxivId;
        other.presentations.forEach(this::presentation);
        other.awards.forEach(this::award);
        other.links.forEach(this::link);
    }

    Paper toPaper() {
        Paper.Builder b = Paper.builder(title, origin).authors(authors).venue(venue).year(year).type(type)
                .abstractText(abstractText).summary(summary).doi(doi).arxivId(arxivId);
        presentations.forEach(b::presentation);
        awards.forEach(b::award);
        links.forEach(b::link);
        return b.build();
    }
}
