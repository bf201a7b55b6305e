package org.scholargraph.extract.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a publication list and what it is: an author list, a venue-year, a presentation or
 * award note, a whole reference on one line, an abstract (labelled "Abstract:"), a long paragraph of prose (an unlabelled abstract, or an
 * introduction), unbuilt template code, an "Equal contribution" footnote, a location, a list number, or other
 * text (a title, a figure caption).
 */
record PublicationLine(Line line, Role role, AuthorLine authors, VenueReading venue, InlineCitation citation, String text) {
    enum Role { NUMBER, TEMPLATE, ABSTRACT, PROSE, EQUAL_NOTE, AUTHORS, CITATION, VENUE, NOTE, LOCATION, TEXT }

    private static final Pattern NUMBER = Pattern.compile(
            "^(?:\\[?\\d{1,3}[.)\\]]?|(?:19|20)\\d{2}(?:\\s+(?:and|&|or)\\s+(?:earlier|before|older|prior))?)$",
            Pattern.CASE_INSENSITIVE);
    /** Unbuilt template code (Liquid, Jinja, Hugo): never a title. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern ABSTRACT = Pattern.compile("^abstract\\s*[:.—–-]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EQUAL = Pattern.compile(
            "equal(?:ly)?\\s+contribut|contributed\\s+equally|joint\\s+first|equal\\s+advising", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile(
            "^(?:(?:long|short)[ -])?(?:oral|spotlight|poster|contributed talk)\\b"
                    + "|\\b(?:award|best (?:student )?paper|outstanding paper|honou?rable mention)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_YEAR = Pattern.compile("(?:19|20)\\d{2}.*");
    private static final int NOTE_WORDS = 12;
    private static final int PROSE_WORDS = 40;

    static PublicationLine classify(Line line, VenueLine venues) {
        String plain = line.plain();
        if (NUMBER.matcher(plain).matches()) {
            return of(line, Role.NUMBER, plain);
        }
        if (TEMPLATE.matcher(line.text()).find()) {
            return of(line, Role.TEMPLATE, plain);
        }
        if (ABSTRACT.matcher(plain).find()) {
            return of(line, Role.ABSTRACT, ABSTRACT.matcher(plain).replaceFirst(""));
        }
        int words = WHITESPACE.split(plain).length;
        if (words <= NOTE_WORDS && EQUAL.matcher(line.text()).find()) {
            return of(line, Role.EQUAL_NOTE, line.text());
        }
        Optional<AuthorLine> authors = AuthorLine.parse(line.text());
        if (authors.isPresent()) {
            return new PublicationLine(line, Role.AUTHORS, authors.get(), null, null, plain);
        }
        Optional<InlineCitation> citation = InlineCitation.parse(line, venues);
        if (citation.isPresent()) {
            return new PublicationLine(line, Role.CITATION, citation.get().authors(), citation.get().venue(), citation.get(), plain);
        }
        Optional<VenueReading> venue = venues.read(line.text());
        if (venue.isPresent()) {
            return new PublicationLine(line, Role.VENUE, null, venue.get(), null, plain);
        }
        if (words <= NOTE_WORDS && NOTE.matcher(plain).find()) {
            return of(line, Role.NOTE, plain);
        }
        if (Places.isPlace(plain)) {
            return of(line, Role.LOCATION, plain);
        }
        return of(line, words >= PROSE_WORDS ? Role.PROSE : Role.TEXT, plain);
    }

    private static PublicationLine of(Line line, Role role, String text) {
        return new PublicationLine(line, role, null, null, null, text);
    }

    boolean is(Role r) {
        return role == r;
    }

    /** A year heading ("2025", "2015 and earlier") dates the entries under it. */
    Integer yearHeading() {
        return role == Role.NUMBER && LEADING_YEAR.matcher(text).matches() ? Integer.valueOf(text.substring(0, 4))
                : null;
    }
}
