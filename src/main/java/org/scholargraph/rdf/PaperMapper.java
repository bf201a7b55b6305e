package org.scholargraph.rdf;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.scholargraph.model.Author;
import org.scholargraph.model.Link;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueRef;

/**
 * Describes a paper: its title and identifiers, its authors in order (one authorship node each),
 * the edition it appeared in, how it was presented, its awards and its links.
 */
final class PaperMapper {
    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern ARXIV_PREFIX = Pattern.compile("(?i)^(?:https?://arxiv\\.org/(?:abs|pdf)/|arxiv:\\s*)");
    private static final Pattern ARXIV_VERSION = Pattern.compile("(?i)(?:v[0-9]+)?(?:\\.pdf)?$");

    private final IriMinter iris;
    private final VenueMapper venues;
    private final PersonMapper people;
    private final AwardMapper awards;

    PaperMapper(IriMinter iris, VenueMapper venues, PersonMapper people, AwardMapper awards) {
        this.iris = iris;
        this.venues = venues;
        this.people = people;
        this.awards = awards;
    }

    void map(Paper paper, Triples out) {
        Node node = iris.paper(paper.title());
        out.add(node, RDF.Nodes.type, SG.Paper);
        Node subclass = subclass(paper.type());
        if (subclass != null) {
            out.add(node, RDF.Nodes.type, subclass);
        }
        out.add(node, RDF.Nodes.type, SchemaDO.ScholarlyArticle.asNode());
        out.text(node, DCTerms.title.asNode(), paper.title());
        out.integer(node, SG.year, paper.year());
        Integer editionYear = venue(node, paper, out);
        authors(node, paper, out);
        presentations(node, paper, editionYear, out);
        String titleKey = Keys.of(paper.title());
        for (PaperAward award : paper.awards()) {
            awards.paperAward(node, titleKey, award, out);
        }
        details(node, paper, out);
    }

    /**
     * Links the paper to its edition and returns the edition's year. A venue without a year of its
     * own ("ICLR" in a Hugo front matter) is taken to be the paper's year's edition; with no year
     * at all the paper is linked to the series only.
     */
    private Integer venue(Node node, Paper paper, Triples out) {
        VenueRef venue = paper.venue();
        if (venue == null) {
            return null;
        }
        Integer year = iris.editionYear(venue) != null ? iris.editionYear(venue) : paper.year();
        if (year == null) {
            out.add(node, SG.venue, venues.series(venue, out));
        } else {
            out.add(node, SG.publishedIn, venues.edition(venue, year, out));
        }
        return year;
    }

    private void authors(Node node, Paper paper, Triples out) {
        List<Author> authors = paper.authors();
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            int ordinal = i + 1;
            Node person = people.named(author.name(), out);
            Node authorship = iris.authorship(paper.title(), ordinal, author.name());
            out.add(node, SG.authorship, authorship);
            out.add(node, SG.author, person);
            out.add(authorship, RDF.Nodes.type, SG.Authorship);
            out.add(authorship, SG.paper, node);
            out.add(authorship, SG.person, person);
            out.integer(authorship, SG.ordinal, ordinal);
            out.text(authorship, SG.nameAsPrinted, author.printed());
            out.bool(authorship, SG.equalContribution, author.equalContribution());
            if (author.equalContribution()) {
                // A marked author belongs to some group even when the source did not number them.
                out.integer(authorship, SG.equalContributionGroup, Math.max(1, author.equalGroup()));
            }
            if (author.siteOwner()) {
                out.bool(authorship, SG.siteOwner, true);
            }
        }
    }

    private void presentations(Node node, Paper paper, Integer editionYear, Triples out) {
        VenueRef venue = paper.venue();
        Node edition = venue != null && editionYear != null ? venues.edition(venue, editionYear, out) : null;
        for (Presentation p : paper.presentations()) {
            Node presentation = iris.presentation(paper.title(), p.kind(), venue, editionYear);
            out.add(node, SG.presentation, presentation);
            out.add(presentation, RDF.Nodes.type, SG.Presentation);
            out.add(presentation, RDF.Nodes.type, subclass(p.kind()));
            out.add(presentation, SG.paper, node);
            if (edition != null) {
                out.add(presentation, SG.presentedAt, edition);
            }
            out.link(presentation, SG.pageUrl, p.url());
        }
    }

    private void details(Node node, Paper paper, Triples out) {
        out.text(node, DCTerms.abstract_.asNode(), paper.abstractText());
        out.text(node, SG.summary, paper.summary());
        out.text(node, SG.doi, paper.doi() == null ? null : DOI_PREFIX.matcher(paper.doi().strip()).replaceFirst(""));
        out.text(node, SG.arxivId, arxivId(paper.arxivId()));
        out.text(node, SG.impossibleYear, paper.impossibleYear());
        paper.tags().forEach(t -> out.text(node, SG.tag, t));
        for (Link link : paper.links()) {
            out.link(node, property(link), link.url());
        }
    }

    /** "arXiv:1810.01367v2" and "https://arxiv.org/abs/1810.01367" are both the work 1810.01367. */
    private static String arxivId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String bare = ARXIV_PREFIX.matcher(id.strip()).replaceFirst("");
        return ARXIV_VERSION.matcher(bare).replaceFirst("");
    }

    private static Node property(Link link) {
        switch (link.kind()) {
            case PAGE: return SG.pageUrl;
            case PDF: return SG.pdfUrl;
            case CODE: return SG.codeUrl;
            case VIDEO: return SG.videoUrl;
            case SLIDES: return SG.slidesUrl;
            case DATASET: return SG.datasetUrl;
            case PROJECT: return SG.projectUrl;
            case POSTER: return SG.posterUrl;
            default: return SG.link;
        }
    }

    private static Node subclass(PaperType type) {
        switch (type) {
            case CONFERENCE_PAPER: return SG.ConferencePaper;
            case JOURNAL_ARTICLE: return SG.JournalArticle;
            case PREPRINT: return SG.Preprint;
            case THESIS: return SG.Thesis;
            case PATENT: return SG.Patent;
            case BOOK: return SG.Book;
            case BOOK_SECTION: return SG.BookSection;
            case REPORT: return SG.Report;
            default: return null;
        }
    }

    private static Node subclass(PresentationKind kind) {
        switch (kind) {
            case ORAL: return SG.OralPresentation;
            case LONG_ORAL: return SG.LongOralPresentation;
            case SPOTLIGHT: return SG.SpotlightPresentation;
            default: return SG.PosterPresentation;
        }
    }
}
