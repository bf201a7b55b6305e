package org.scholargraph.extract.hugo;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Builds the {@link Paper} a {@link PublicationPage} describes, reporting what it had to doubt
 * (unresolved {@code admin}, a date that disagrees with the venue's year, unknown type codes…).
 */
final class PaperAssembler {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;]+$");

    private final VenueReader venues;
    private final NoteReader notes;
    private final AuthorEntries authors;

    PaperAssembler(VenueCatalog catalog, HugoOptions options) {
        this.venues = new VenueReader(catalog);
        this.notes = new NoteReader(catalog);
        this.authors = new AuthorEntries(options.siteOwner());
    }

    Paper assemble(PublicationPage page, Origin origin, ExtractionSink sink) {
        Integer paperYear = first(page.year(), page.dateYear(), page.venueYear(), page.publishYear());
        VenueReader.Reading venue = venues.read(page.publication(), page.publicationShort(),
                first(page.venueYear(), paperYear));
        PageLinks.Reading links = PageLinks.read(page.links());
        Paper.Builder paper = Paper.builder(page.title(), origin)
                .authors(authors.read(page, origin, sink))
                .venue(venue.venue())
                .year(paperYear)
                .type(type(page, venue.venue(), origin, sink))
                .abstractText(page.abstractText())
                .summary(page.summary())
                .doi(doi(page, links, origin, sink))
                .arxivId(links.arxivId() != null ? links.arxivId() : venue.arxivId());
        links.links().forEach(paper::link);
        venue.presentations().forEach(k -> paper.presentation(new Presentation(k, null)));
        NoteReader.Reading read = notes.read(page.notes(), venue.venue());
        read.presentations().forEach(k -> paper.presentation(new Presentation(k, null)));
        read.awards().forEach(paper::award);
        tags(page).forEach(paper::tag);
        reportUnpublished(venue, origin, sink);
        reportYears(page, venue.venue(), paperYear, origin, sink);
        return paper.build();
    }

    private static PaperType type(PublicationPage page, VenueRef venue, Origin origin, ExtractionSink sink) {
        PaperType type = PaperType.UNKNOWN;
        for (String entry : page.publicationTypes()) {
            Optional<PaperType> t = PublicationTypes.of(entry);
            if (t.isEmpty()) {
                sink.problem(Problem.warning(origin.at("key 'publication_types'"),
                        "publication type '" + entry + "' is neither a theme code (0-8) nor a CSL type name; ignored"));
            } else if (type == PaperType.UNKNOWN) {
                type = t.get();
            }
        }
        // An uncategorised page whose venue is arXiv is a preprint by any reading.
        boolean arxiv = venue != null && "arXiv".equals(venue.shortName());
        return type == PaperType.UNKNOWN && arxiv ? PaperType.PREPRINT : type;
    }

    private static String doi(PublicationPage page, PageLinks.Reading links, Origin origin, ExtractionSink sink) {
        if (page.doi() == null) {
            return links.doi();
        }
        Optional<String> doi = Identifiers.doi(page.doi());
        if (doi.isEmpty()) {
            sink.problem(Problem.warning(origin.at("key 'doi'"), "'" + page.doi() + "' is not a DOI; ignored"));
        }
        return doi.orElse(links.doi());
    }

    private static Set<String> tags(PublicationPage page) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : page.tags()) {
            String tag = TRAILING_PUNCTUATION.matcher(t).replaceAll("").strip();
            if (!tag.isEmpty()) {
                out.add(tag);
            }
        }
        return out;
    }

    private static void reportUnpublished(VenueReader.Reading venue, Origin origin, ExtractionSink sink) {
        if (venue.unpublished() != null) {
            sink.problem(Problem.warning(origin.at("key 'publication'"), "'" + venue.unpublished()
                    + "' names a submission, not where the paper appeared: no venue recorded"));
        }
    }

    /** The arXiv-date-against-conference case: both years are kept, and the report says so. */
    private static void reportYears(PublicationPage page, VenueRef venue, Integer paperYear, Origin origin,
            ExtractionSink sink) {
        if (venue == null || venue.year() == null || page.dateYear() == null || page.dateYear().equals(venue.year())) {
            return;
        }
        String kept = venue.year().equals(paperYear)
                ? "its year " + paperYear + " is kept for the paper and the edition"
                : "paper year " + paperYear + " and edition year " + venue.year() + " kept apart";
        sink.problem(Problem.warning(origin.at("key 'date'"), "the page's date says " + page.dateYear()
                + " but the venue " + venue.label() + " is the " + venue.year() + " edition: " + kept));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
