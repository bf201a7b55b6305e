package org.scholargraph.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueRef;

/**
 * Turns an entry into a paper: title without link labels or quotes, authors in order with
 * equal-contribution groups and the owner flagged, venue and year, presentations and awards
 * from the notes, typed links. Reports an impossible year and an elided author list.
 */
final class PaperAssembler {
    private static final Pattern LINK_LABELS = Pattern.compile("(?:\\s*\\[[^\\]]{1,25}])+\\s*$");
    private static final Pattern QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    private static final Pattern AWARD = Pattern.compile(
            "(?i)\\b(award|best (?:student )?paper|outstanding paper|honou?rable mention|test of time)\\b");
    private static final Pattern NOMINEE = Pattern.compile("(?i)\\b(nominee|nominated|nomination|finalist)\\b");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern NOTE_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern NOTE_EDGES = Pattern.compile("^[\\s(*]+|[\\s).*]+$");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String ownerName;
    private final Problems problems;
    private final boolean documentNotesEqual;

    PaperAssembler(String owner, boolean documentNotesEqual, Problems problems) {
        this.ownerName = owner;
        this.documentNotesEqual = documentNotesEqual;
        this.problems = problems;
    }

    Paper.Builder assemble(Entry e) {
        String title = title(e);
        Paper.Builder b = Paper.builder(title, problems.at(e.title));
        authors(e, b);
        venue(e, b);
        notes(e, b);
        if (e.abstractText != null && !e.abstractText.isBlank()) {
            b.abstractText(e.abstractText);
        }
        for (Anchor a : e.anchors) {
            PaperLinks.of(a, title).ifPresent(b::link);
            PaperLinks.arxivId(a.url()).ifPresent(b::arxivId);
        }
        return b;
    }

    static String title(Entry e) {
        return e.titleText != null ? e.titleText : title(e.title);
    }

    static String title(Line line) {
        String s = LINK_LABELS.matcher(line.plain()).replaceAll("");
        s = QUOTES.matcher(s.strip()).replaceAll("");
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    private void authors(Entry e, Paper.Builder b) {
        AuthorLine line = e.authors.authors();
        EqualMarks marks = new EqualMarks(line.names(), e.equalNote || documentNotesEqual);
        for (PrintedName n : line.names()) {
            int group = marks.groupOf(n);
            boolean self = ownerName != null && Names.samePerson(ownerName, n.name());
            b.author(new Author(n.name(), n.printed(), group > 0, group, self));
        }
        if (line.elided()) {
            problems.warn(e.authors.line(), "author list is elided ('...' or 'et al.'): "
                    + "the positions of authors after the gap are not known");
        }
    }

    private void venue(Entry e, Paper.Builder b) {
        if (e.venue == null) {
            Integer cited = e.authors.citation() != null ? e.authors.citation().year() : null;
            b.year(cited != null ? cited : e.yearHeading);
            return;
        }
        VenueReading v = e.venue.venue();
        b.venue(v.venue()).year(v.year()).type(v.type());
        if (v.impossibleYear() != null) {
            b.impossibleYear(v.impossibleYear());
            problems.warn(e.venue.line(), "'" + e.venue.text() + "' gives " + v.impossibleYear()
                    + " as the year, which is not a possible year; the year is left empty");
        } else if (v.year() == null) {
            b.year(e.yearHeading);
        }
    }

    private void notes(Entry e, Paper.Builder b) {
        VenueRef venue = e.venue == null ? null : e.venue.venue().venue();
        Integer year = e.venue == null ? null : e.venue.venue().year();
        for (String note : e.notes.stream().flatMap(n -> List.of(NOTE_SEPARATOR.split(n)).stream()).toList()) {
            PresentationKind.parse(note).ifPresent(k -> b.presentation(new Presentation(k, null)));
            if (AWARD.matcher(note).find() && PresentationKind.parse(note).isEmpty()) {
                String label = NOTE_EDGES.matcher(note).replaceAll("");
                b.award(new PaperAward(label, venue, year, NOMINEE.matcher(label).find()));
            }
        }
    }

    static boolean titleMatches(String title, String mention) {
        String t = title.toLowerCase(Locale.ROOT);
        String m = mention.toLowerCase(Locale.ROOT).strip();
        return !m.isEmpty() && (t.startsWith(m) || List.of(NOT_LETTERS_OR_DIGITS.split(t)).contains(m));
    }
}
