package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads {@code publication} and {@code publication_short} into a venue: Markdown and "In …"
 * removed, a presentation word at the end ("NeurIPS Spotlight", "(Poster)") taken out as a
 * presentation, the series canonicalised through the {@link VenueCatalog} unless the venue is a
 * workshop (a workshop at ICLR is not ICLR), and the edition's year read from the venue's own
 * words when it has one.
 */
final class VenueReader {

    /**
     * @param venue the venue, null when the page names none or only a submission
     * @param unpublished the text when the page says the paper is only submitted/under review
     */
    record Reading(VenueRef venue, List<PresentationKind> presentations, String arxivId, String unpublished) {
    }

    private static final Pattern PRESENTATION_SUFFIX = Pattern.compile(
            "[\\s,;:\\-–—]*\\(?\\b(long[\\s-]oral|oral|spotlight|poster)(?:\\s+(?:presentation|talk|paper))?\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNPUBLISHED = Pattern.compile(
            "^(submitted\\b|under\\s+(review|submission)\\b|in\\s+(submission|preparation|review)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_PREFIX = Pattern.compile("^in:?\\s+(the\\s+)?(?=\\S)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKSHOP = Pattern.compile("\\bworkshops?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Za-z][A-Za-z0-9&+\\-]{1,15})\\)");
    private static final Pattern BIBLIOGRAPHIC_TAIL = Pattern.compile(
            ",\\s*(vol\\.?|volume|issue|no\\.|pp\\.?|pages?)\\s.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,;:])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final VenueCatalog catalog;

    VenueReader(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param fallbackYear the edition year to use when the venue's words give none */
    Reading read(String publication, String publicationShort, Integer fallbackYear) {
        List<PresentationKind> presentations = new ArrayList<>();
        String longText = withoutPresentation(PlainText.of(publication), presentations);
        String shortText = withoutPresentation(PlainText.of(publicationShort), presentations);
        String arxivId = Identifiers.arxivIdInText(longText).or(() -> Identifiers.arxivIdInText(shortText)).orElse(null);
        String unpublished = unpublished(longText, shortText);
        if (unpublished != null || (longText == null && shortText == null)) {
            return new Reading(null, presentations, arxivId, unpublished);
        }
        String longName = tidy(longText);
        String shortName = tidy(shortText);
        Integer year = yearIn(shortName).or(() -> yearIn(longName)).orElse(fallbackYear);
        return new Reading(venue(longName, shortName, year), presentations, arxivId, null);
    }

    private VenueRef venue(String longName, String shortName, Integer year) {
        boolean workshop = mentions(WORKSHOP, longName) || mentions(WORKSHOP, shortName);
        if (!workshop) {
            Optional<VenueCatalog.Series> series = catalog.lookup(shortName).or(() -> catalog.lookup(longName))
                    .or(() -> catalog.findIn(shortName)).or(() -> catalog.findIn(longName));
            if (series.isPresent()) {
                return series.get().ref(year);
            }
        }
        // A workshop's own short name, never the host conference's ("In *NAACL*" on a RepEval paper).
        String ownShort = workshop && !mentions(WORKSHOP, shortName) ? null : shortName;
        String acronym = acronymIn(longName);
        if (ownShort == null && acronym != null) {
            return new VenueRef(acronym, withoutBibliographicTail(longName.replace("(" + acronym + ")", " ")), year);
        }
        String ownLong = withoutBibliographicTail(longName);
        boolean named = (ownShort != null && !ownShort.isBlank()) || (ownLong != null && !ownLong.isBlank());
        return named ? new VenueRef(ownShort, ownLong, year) : null;
    }

    private static String withoutPresentation(String text, List<PresentationKind> presentations) {
        if (text == null) {
            return null;
        }
        String s = text;
        Matcher m = PRESENTATION_SUFFIX.matcher(s);
        while (m.find()) {
            PresentationKind.parse(m.group(1)).filter(k -> !presentations.contains(k)).ifPresent(presentations::add);
            s = s.substring(0, m.start());
            m = PRESENTATION_SUFFIX.matcher(s);
        }
        return s.isBlank() ? null : s;
    }

    private static String unpublished(String longText, String shortText) {
        for (String s : new String[] {longText, shortText}) {
            if (s != null && UNPUBLISHED.matcher(s).find()) {
                return s;
            }
        }
        return null;
    }

    /** "In the 56th Annual Meeting … (ACL)." → "56th Annual Meeting … (ACL)". */
    private static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String s = IN_PREFIX.matcher(text).replaceFirst("");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
        return s.isEmpty() ? null : s;
    }

    private static Optional<Integer> yearIn(String name) {
        return VenueCatalog.yearIn(Identifiers.withoutArxivIds(name));
    }

    private static boolean mentions(Pattern p, String text) {
        return text != null && p.matcher(text).find();
    }

    /** A parenthesised acronym with at least two capitals: "(NDSS)", "(RepEval)", "(ML4H)". */
    private static String acronymIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            if (m.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String withoutBibliographicTail(String text) {
        if (text == null) {
            return null;
        }
        String s = BIBLIOGRAPHIC_TAIL.matcher(text).replaceFirst("");
        return WHITESPACE.matcher(SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1")).replaceAll(" ").strip();
    }
}
