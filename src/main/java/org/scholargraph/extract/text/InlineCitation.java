package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;

/**
 * A whole reference on one line, as Markdown CVs list them: "- J. Doe, **A. Me**. Learning Things.
 * In NeurIPS, 2021.", "A. Me and B. Lee, “A Title,” ICML 2020 (Oral)." The author list is the
 * longest start of the line, up to a full stop or a quoted title, that reads as names; the title
 * is the quoted or emphasised run, else the next sentence; the rest names the venue.
 */
record InlineCitation(String title, AuthorLine authors, VenueReading venue, Integer year, List<String> notes) {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{8,}?)[,.]?[”\"]");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}*_])[*_]{1,2}(?=\\S)([^*_]{8,}?)(?<=\\S)[*_]{1,2}(?![\\p{L}*_])");
    /** A sentence end: a full stop, question or exclamation mark after a word of two letters or more. */
    private static final Pattern STOP = Pattern.compile("(?<=[\\p{L}\\p{N})”\"*_]{2})[.?!](?=\\s+\\S)");
    private static final Pattern NOTE = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NUMBERING = Pattern.compile("^\\[?\\d{1,3}[.)\\]]\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.:]+$");
    private static final Pattern TRAILING_COMMAS_AND_STOPS = Pattern.compile("[\\s.,]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,:;]+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\s*[.;]\\s+");
    private static final int MIN_TITLE_WORDS = 2;

    InlineCitation {
        notes = List.copyOf(notes);
    }

    static Optional<InlineCitation> parse(Line line, VenueLine venues) {
        String raw = NUMBERING.matcher(Markup.withoutBullet(line.text())).replaceFirst("");
        return quoted(raw, venues).or(() -> emphasised(raw, venues)).or(() -> sentences(raw, venues));
    }

    private static Optional<InlineCitation> quoted(String raw, VenueLine venues) {
        Matcher m = QUOTED.matcher(raw);
        return m.find() ? assemble(raw.substring(0, m.start()), m.group(1), raw.substring(m.end()), venues) : Optional.empty();
    }

    private static Optional<InlineCitation> emphasised(String raw, VenueLine venues) {
        Matcher m = EMPHASIS.matcher(raw);
        while (m.find()) {
            if (AuthorLine.parse(m.group()).isEmpty() && m.start() > 0) {
                return assemble(raw.substring(0, m.start()), m.group(1), raw.substring(m.end()), venues);
            }
        }
        return Optional.empty();
    }

    private static Optional<InlineCitation> sentences(String raw, VenueLine venues) {
        List<Integer> stops = new ArrayList<>();
        Matcher m = STOP.matcher(raw);
        while (m.find()) {
            stops.add(m.start());
        }
        for (int k = stops.size() - 2; k >= 0; k--) {
            String authors = raw.substring(0, stops.get(k));
            if (AuthorLine.parse(authors).isPresent()) {
                int titleEnd = stops.get(k + 1);
                return assemble(authors, raw.substring(stops.get(k) + 1, titleEnd + 1), raw.substring(titleEnd + 1), venues);
            }
        }
        return Optional.empty();
    }

    private static Optional<InlineCitation> assemble(String authorText, String titleText, String rest, VenueLine venues) {
        Optional<AuthorLine> authors =
                AuthorLine.parse(TRAILING_PUNCTUATION.matcher(authorText.strip()).replaceAll(""));
        String title = TRAILING_COMMAS_AND_STOPS.matcher(Markup.plain(titleText)).replaceAll("").strip();
        if (authors.isEmpty() || WHITESPACE.split(title).length < MIN_TITLE_WORDS) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        String venueText = LEADING_PUNCTUATION.matcher(Markup.plain(rest)).replaceAll("");
        Matcher n = NOTE.matcher(venueText);
        while (n.find()) {
            notes.add(n.group(1));
        }
        Optional<VenueReading> venue = venues.read(venueText).or(() -> venues.read(SENTENCE_BREAK.split(venueText)[0]));
        Integer year = venue.map(VenueReading::year).orElse(VenueCatalog.yearIn(venueText).orElse(null));
        if (venue.isEmpty() && year == null) {
            return Optional.empty();
        }
        return Optional.of(new InlineCitation(title, authors.get(), venue.orElse(null), year, notes));
    }
}
