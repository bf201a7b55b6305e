package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads the free text pages put in {@code note}, {@code extra} or {@code awards}
 * ({@code "**Oral. Best Student Paper @ AABI 2018**."}) into presentations and awards. Oral,
 * spotlight and poster are presentations, never awards. An award names who conferred it when
 * its clause mentions a known venue ("@ AABI 2018"); otherwise the paper's own venue gave it.
 */
final class NoteReader {

    record Reading(List<PresentationKind> presentations, List<PaperAward> awards) {
    }

    private static final Pattern LINES = Pattern.compile("\\r?\\n|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSES = Pattern.compile("(?<=[.!;])\\s+|\\s+\\|\\s+|;");
    private static final Pattern PRESENTATION = Pattern.compile(
            "\\b(long[\\s-]oral|oral|spotlight|poster|contributed\\s+talk)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AWARD = Pattern.compile(
            "\\b(awards?|prize|best|outstanding|honou?rable\\s+mention|distinguished|test[\\s-]of[\\s-]time|winner|runner[\\s-]up)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOMINATION = Pattern.compile(
            "\\b(nominee|nominated|nomination|finalist|shortlisted|candidate)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOMINATION_WORDS = Pattern.compile(
            "^(nominated|shortlisted)\\s+for\\s+(the\\s+)?|\\s*\\b(nominee|nomination|finalist|candidate)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where an award's name ends and its context (who, when) begins. */
    private static final Pattern LABEL_END = Pattern.compile("\\s+(@|at|from)\\s+|\\s*@\\s*|\\s*\\(|\\s+[-–—]\\s+|:\\s");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;!]+|[\\s.,;!]+$");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final VenueCatalog catalog;

    NoteReader(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param paperVenue the venue (with edition year) of the paper the notes are on; may be null */
    Reading read(List<String> notes, VenueRef paperVenue) {
        List<PresentationKind> presentations = new ArrayList<>();
        List<PaperAward> awards = new ArrayList<>();
        for (String clause : clauses(notes)) {
            Matcher p = PRESENTATION.matcher(clause);
            while (p.find()) {
                PresentationKind.parse(p.group(1)).filter(k -> !presentations.contains(k)).ifPresent(presentations::add);
            }
            awards(clause, paperVenue).stream().filter(a -> !awards.contains(a)).forEach(awards::add);
        }
        return new Reading(presentations, awards);
    }

    private static List<String> clauses(List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String note : notes) {
            for (String line : LINES.split(note)) {
                String plain = PlainText.of(line);
                if (plain == null) {
                    continue;
                }
                for (String c : CLAUSES.split(plain)) {
                    String clause = EDGE_PUNCTUATION.matcher(c).replaceAll("");
                    if (!clause.isEmpty()) {
                        out.add(clause);
                    }
                }
            }
        }
        return out;
    }

    /** Each comma-separated part naming an award, with the part after it as possible context. */
    private List<PaperAward> awards(String clause, VenueRef paperVenue) {
        List<PaperAward> out = new ArrayList<>();
        String[] parts = COMMA.split(clause);
        for (int i = 0; i < parts.length; i++) {
            if (!AWARD.matcher(parts[i]).find()) {
                continue;
            }
            String next = i + 1 < parts.length && !AWARD.matcher(parts[i + 1]).find() ? parts[i + 1] : "";
            award(parts[i], next, paperVenue).ifPresent(out::add);
        }
        return out;
    }

    private Optional<PaperAward> award(String part, String next, VenueRef paperVenue) {
        Matcher end = LABEL_END.matcher(part);
        String printed = end.find() && end.start() > 0 ? part.substring(0, end.start()) : part;
        String context = (part.substring(printed.length()) + " " + next).strip();
        boolean nominee = NOMINATION.matcher(part).find();
        String label = WHITESPACE.matcher(NOMINATION_WORDS.matcher(printed).replaceAll("")).replaceAll(" ").strip();
        if (label.isEmpty() || !AWARD.matcher(label).find()) {
            return Optional.empty();
        }
        Optional<VenueCatalog.Series> named = catalog.findIn(context).or(() -> catalog.findIn(label));
        Integer year = VenueCatalog.yearIn(context).or(() -> VenueCatalog.yearIn(label)).orElse(null);
        VenueRef by = conferrer(named, year, paperVenue);
        Integer awardYear = year != null ? year : by == null ? null : by.year();
        return Optional.of(new PaperAward(label, by, awardYear, nominee));
    }

    /** The venue the text names, else the paper's own; a named venue that is the paper's keeps its year. */
    private static VenueRef conferrer(Optional<VenueCatalog.Series> named, Integer year, VenueRef paperVenue) {
        if (named.isEmpty()) {
            return paperVenue == null ? null : year == null ? paperVenue : paperVenue.withYear(year);
        }
        VenueCatalog.Series s = named.get();
        boolean paperSeries = paperVenue != null && s.shortName().equals(paperVenue.shortName());
        return s.ref(year != null ? year : paperSeries ? paperVenue.year() : null);
    }
}
