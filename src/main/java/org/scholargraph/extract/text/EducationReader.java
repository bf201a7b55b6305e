package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Education;

/**
 * Reads an Education section: one entry per institution line ("University of Toronto Toronto,
 * ON") or per degree line that names its institution ("2014 - 2019 **Ph.D. in Computer
 * Science**, Carnegie Mellon University"), with its degree, dates, advisors ("Advised by Richard
 * Zemel and David Duvenaud", "Advisor: J. Zico Kolter") and thesis. A PDF captured as text may
 * push an entry's degree or dates down into the next entry; a second degree or date line in an
 * entry therefore goes back to the nearest earlier entry that has none.
 */
final class EducationReader {
    private static final Pattern DEGREE = Pattern.compile(
            "^(?:ph\\.?\\s?d|doctor(?:ate)?|d\\.?\\s?phil|m\\.?\\s?sc?|m\\.?\\s?a|m\\.?\\s?eng|m\\.?\\s?phil|m\\.?\\s?tech|master'?s?"
                    + "|mba|b\\.?\\s?sc?|b\\.?\\s?a|b\\.?\\s?eng|b\\.?\\s?tech|bachelor'?s?|diploma|a\\.?\\s?b|s\\.?\\s?b|s\\.?\\s?m"
                    + "|postdoc(?:toral)?|honou?rs)\\.?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:universit\\p{L}*|institute|institut|college|school|academy|polytechnic|politecnico|[ée]cole|eth|epfl"
                    + "|conservatory|hochschule|universidad|universidade)\\b");
    private static final Pattern ADVISORS = Pattern.compile(
            "(?i)\\b(?:co-)?(?:advised|supervised|mentored) by\\s+(.+)|\\b(?:co-)?(?:advisors?|supervisors?)\\s*:\\s*(.+)"
                    + "|\\bunder the (?:supervision|guidance) of\\s+(.+)");
    private static final Pattern THESIS = Pattern.compile("(?i)\\b(?:thesis|dissertation)(?: title)?\\s*:\\s*(.+)");
    private static final Pattern FIELD = Pattern.compile("(?i)\\s(?:in|of)\\s");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ENDS_WITH_PUNCTUATION = Pattern.compile(".*[.,;]\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\\s\"“”']+|[\\s\"“”'.]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern LEADING_COMMA_AT_OR_FROM = Pattern.compile("^[\\s,]+(?:(?:at|from)\\s+)?");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");
    private static final int MAX_ENTRY_WORDS = 25;

    private static final class Draft {
        String degree;
        String institution;
        final List<String> advisors = new ArrayList<>();
        Dates.Span span;
        String thesis;
        Line line;
    }

    private final List<Draft> drafts = new ArrayList<>();
    private Dates.Span pendingSpan;

    static List<Education> read(List<Line> lines) {
        EducationReader r = new EducationReader();
        lines.forEach(r::line);
        return r.drafts.stream().filter(d -> d.institution != null)
                .map(d -> new Education(d.degree, d.institution, d.advisors, Dates.startYear(d.span), Dates.endYear(d.span), d.thesis))
                .toList();
    }

    private void line(Line line) {
        String s = line.plain();
        Matcher adv = ADVISORS.matcher(s);
        Matcher thesis = THESIS.matcher(s);
        int clause = Math.min(adv.find() ? adv.start() : s.length(), thesis.find() ? thesis.start() : s.length());
        // The words before "Advisor:" start an entry only when a sentence ends there ("…, 2020. Advisor: …"),
        // not in "Master's Thesis: …".
        boolean sentenceBefore = clause == s.length()
                || ENDS_WITH_PUNCTUATION.matcher(s.substring(0, clause)).matches();
        if (clause > 0 && sentenceBefore) {
            entryLine(line, TRAILING_PUNCTUATION.matcher(s.substring(0, clause)).replaceAll(""));
        }
        if (adv.find(0)) {
            current(line).advisors.addAll(Names.listIn(adv));
        }
        if (thesis.find(0)) {
            current(line).thesis = EDGE_QUOTES.matcher(thesis.group(1)).replaceAll("");
        }
    }

    /** A line, or the part of one before its advisors or thesis, that may start or date an entry. */
    private void entryLine(Line line, String s) {
        if (s.isBlank() || Places.isPlace(s) || WHITESPACE.split(s).length > MAX_ENTRY_WORDS) {
            return;
        }
        Optional<Dates.Span> whole = Dates.whole(s);
        if (whole.isPresent()) {
            span(whole.get());
            return;
        }
        Optional<Dates.Cut> cut = Dates.cut(s);
        String rest = cut.map(Dates.Cut::rest).orElse(s);
        Dates.Span span = cut.map(Dates.Cut::span).orElse(null);
        if (DEGREE.matcher(rest).find()) {
            degree(line, rest, span);
        } else if (INSTITUTION.matcher(rest).find() && !Markup.isBullet(line.text())) {
            Draft d = startEntry(line);
            d.institution = institution(rest);
            if (span != null) {
                span(span);
            }
        }
    }

    private void degree(Line line, String text, Dates.Span span) {
        List<String> bold = Markup.boldRuns(line.text());
        String degree = !bold.isEmpty() && DEGREE.matcher(bold.get(0)).find() ? bold.get(0) : COMMA.split(text)[0];
        String after = text.substring(Math.min(text.length(), text.indexOf(degree) + degree.length()));
        after = LEADING_COMMA_AT_OR_FROM.matcher(after).replaceFirst("");
        List<String> parts = new ArrayList<>(List.of(COMMA.split(after)));
        parts.removeIf(String::isBlank);
        // A bare degree ("Ph.D., Electrical Engineering and Computer Science, MIT") is followed by its field.
        boolean bare = !FIELD.matcher(degree).find();
        String field = bare && !parts.isEmpty() && !INSTITUTION.matcher(parts.get(0)).find() ? parts.remove(0) : null;
        String institution = parts.stream().filter(p -> INSTITUTION.matcher(p).find()).findFirst()
                .orElse(parts.isEmpty() ? null : parts.get(0));
        Draft d;
        if (institution != null) {
            d = startEntry(line);
            d.institution = institution(institution);
        } else {
            d = drafts.isEmpty() ? startEntry(line) : lacking(last());
        }
        String printed = TitleCase.of(TRAILING_COMMAS.matcher(degree.strip()).replaceAll(""));
        d.degree = field == null || printed.contains(" ") ? printed : printed + ", " + field;
        if (span != null) {
            d.span = span;
        }
    }

    private Draft last() {
        return drafts.get(drafts.size() - 1);
    }

    /** The current entry when it has no degree yet, else the nearest earlier one without, else a new one. */
    private Draft lacking(Draft current) {
        if (current.degree == null) {
            return current;
        }
        for (int i = drafts.size() - 2; i >= 0; i--) {
            if (drafts.get(i).degree == null) {
                return drafts.get(i);
            }
        }
        Draft d = startEntry(current.line);
        d.institution = current.institution;
        return d;
    }

    private void span(Dates.Span span) {
        if (drafts.isEmpty()) {
            pendingSpan = span;
            return;
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).span == null) {
                drafts.get(i).span = span;
                return;
            }
        }
        pendingSpan = span;
    }

    private Draft startEntry(Line line) {
        Draft d = new Draft();
        d.line = line;
        d.span = pendingSpan;
        pendingSpan = null;
        drafts.add(d);
        return d;
    }

    private Draft current(Line line) {
        return drafts.isEmpty() ? startEntry(line) : drafts.get(drafts.size() - 1);
    }

    private static String institution(String text) {
        String s = PARENTHESES.matcher(Places.withoutTrailingPlace(text)).replaceAll("");
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }
}
