package org.scholargraph.extract.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as CVs write them: "May. 2021", "Febuary 2019 - Current", "2014 - 2019",
 * "October 2022-Present", "F2024". A month is any word starting with a month's first three
 * letters, so misspellings ("Febuary") still read.
 */
final class Dates {
    /** A span of years; {@code end} is null while it runs ("- Present") or when only one date was given. */
    record Span(Integer start, Integer end, boolean ongoing, String text) {
        Integer year() {
            return start != null ? start : end;
        }
    }

    /** A span's first year, null without a span. */
    static Integer startYear(Span s) {
        return s == null ? null : s.start();
    }

    /** A span's last year: none while ongoing, the start year for a single-year span. */
    static Integer endYear(Span s) {
        if (s == null || s.ongoing()) {
            return null;
        }
        return s.end() != null ? s.end() : s.start();
    }

    static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary|uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String MONTH = "(?:" + MONTH_NAME + "\\.?|spring|summer|fall|autumn|winter)";
    private static final String DAY = "(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?";
    private static final String DATE = "(?:" + DAY + MONTH + "\\s+" + DAY + ")?((?:19|20)\\d{2})";
    private static final String OPEN = "(present|current|now|today|ongoing)";
    private static final Pattern SPAN = Pattern.compile(
            "^\\(?" + DATE + "(?:\\s*(?:[-–—]+|to|until)\\s*(?:" + DATE + "|" + OPEN + "))?\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_ANYWHERE = Pattern.compile(
            "(?<![\\p{L}\\d])" + DATE + "(?:\\s*(?:[-–—]+|to|until)\\s*(?:" + DATE + "|" + OPEN + "))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("^" + DAY + MONTH + "\\s+" + DAY + "(?:19|20)\\d{2}\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[\\s,;|–—-]+|[\\s,;|–—(-]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,:;|–—-]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

    private Dates() {
    }

    /** A date or span at the start of a text: "2014 - 2019 Ph.D. …", "December 2018 - Current". */
    static Optional<Span> leading(String text) {
        Matcher m = SPAN.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        Integer start = Integer.valueOf(m.group(1));
        Integer end = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
        boolean ongoing = m.group(3) != null;
        return Optional.of(new Span(start, end, ongoing, m.group().strip()));
    }

    /** A text with a date or span cut out of it: "COMPUTER VISION ENGINEER May 2014 - May 2015". */
    record Cut(Span span, String rest) {
    }

    /** The first date or span anywhere in a text, and the text without it. */
    static Optional<Cut> cut(String text) {
        Matcher m = SPAN_ANYWHERE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Span span = new Span(Integer.valueOf(m.group(1)), m.group(2) != null ? Integer.valueOf(m.group(2)) : null,
                m.group(3) != null, m.group().strip());
        String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
        rest = EMPTY_PARENTHESES.matcher(rest).replaceAll("");
        return Optional.of(new Cut(span, Markup.spaces(LOOSE_ENDS.matcher(rest).replaceAll(""))));
    }

    /** The rest of a text after its leading date, or the text when it has none. */
    static String afterLeading(String text) {
        Matcher m = SPAN.matcher(text.strip());
        return m.find() ? LEADING_SEPARATORS.matcher(text.strip().substring(m.end())).replaceFirst("").strip()
                : text.strip();
    }

    /** A line that is only a date or a span of dates. */
    static Optional<Span> whole(String text) {
        String t = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        Matcher m = SPAN.matcher(t);
        return m.find() && m.end() == t.length() ? leading(t) : Optional.empty();
    }

    /** "December 2021", "May. 2021": a month and a year, nothing else. */
    static boolean isMonthYear(String text) {
        return MONTH_YEAR.matcher(text.strip()).matches();
    }

    /** A date anywhere in a text: its span when it starts the text, else the last plausible year. */
    static Optional<Span> anywhere(String text) {
        Optional<Span> lead = leading(text);
        if (lead.isPresent()) {
            return lead;
        }
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        String found = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
            found = m.group(1);
        }
        return year == null ? Optional.empty() : Optional.of(new Span(year, null, false, found));
    }
}
