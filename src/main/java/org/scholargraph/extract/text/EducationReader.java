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
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final int MAX_INSTITUTION_WORDS = 10;

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
                .map(d -> new Education(d.degree, d.institution, d.advisors, start(d.span), end(d.span), d.thesis))
                .toList();
    }

    private void line(Line line) {
        String s = line.plain();
        Matcher adv = ADVISORS.matcher(s);
        if (adv.find()) {
            current(line).advisors.addAll(Names.list(first(adv)));
            return;
        }
        Matcher thesis = THESIS.matcher(s);
        if (thesis.find()) {
            current(line).thesis = thesis.group(1).replaceAll("^[\\s\"“”']+|[\\s\"“”'.]+$", "");
            return;
        }
        if (Markup.isBullet(line.text()) || Places.isPlace(s)) {
            return;
        }
        Optional<Dates.Span> whole = Dates.whole(s);
        if (whole.isPresent()) {
            span(whole.get());
            return;
        }
        Optional<Dates.Span> lead = Dates.leading(s);
        String rest = lead.isPresent() ? Dates.afterLeading(s) : s;
        if (DEGREE.matcher(rest).find()) {
            degree(line, rest, lead.orElse(null));
        } else if (INSTITUTION.matcher(rest).find() && rest.split("\\s+").length <= MAX_INSTITUTION_WORDS + 2) {
            Draft d = startEntry(line);
            d.institution = institution(rest);
            lead.ifPresent(this::span);
        }
    }

    private void degree(Line line, String text, Dates.Span span) {
        List<String> bold = Markup.boldRuns(line.text());
        String degree = !bold.isEmpty() && DEGREE.matcher(bold.get(0)).find() ? bold.get(0) : text.split("\\s*,\\s*")[0];
        String after = text.substring(Math.min(text.length(), text.indexOf(degree) + degree.length()))
                .replaceFirst("^[\\s,]+(?:(?:at|from)\\s+)?", "");
        String institution = after.isBlank() ? null : institution(after.split("\\s*,\\s*")[0]);
        Draft d;
        if (institution != null) {
            d = startEntry(line);
            d.institution = institution;
        } else {
            d = drafts.isEmpty() ? startEntry(line) : lacking(drafts.get(drafts.size() - 1));
        }
        d.degree = TitleCase.of(degree.strip());
        if (span != null) {
            d.span = span;
        }
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
        return s.replaceAll("[\\s,;.]+$", "").strip();
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static Integer start(Dates.Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Dates.Span s) {
        if (s == null || s.ongoing()) {
            return null;
        }
        return s.end() != null ? s.end() : s.start();
    }
}
