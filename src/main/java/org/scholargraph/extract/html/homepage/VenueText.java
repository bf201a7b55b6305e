package org.scholargraph.extract.html.homepage;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads a venue line — "8th International Conference on Learning Representations (ICLR), 2020",
 * "In the 13th International Conference on Learning Representations, 2025.", "(NeurIPS 2020)",
 * "<em>CVPR</em>, 2018 (Oral)" — into a venue (the catalog's series when it knows one), a year, the
 * kind of publication it implies and the badges written beside it.
 */
final class VenueText {
    static final int MAX_YEAR = Year.now().getValue() + 2;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19[5-9]\\d|20\\d\\d)(?![\\d])");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern EQUAL_NOTE = Pattern.compile(
            "(?i)[*∗†‡#]?\\s*(denotes\\s+|indicates\\s+)?(equal(ly)?\\s+contribut\\w*|joint\\s+first\\s+author\\w*)");
    /** A sentence ends after a number or a parenthesis: "…, 2022. Abridged in …", "arXiv:2110.00473. Also …". */
    private static final Pattern SENTENCE = Pattern.compile("(?<=\\d|\\))\\.\\s+(?=\\p{Lu})");
    private static final Pattern LEADS_LIKE_VENUE = Pattern.compile("^(?i)(in|in:|to appear in|accepted (at|to|in)|"
            + "published in|proceedings)\\s");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern LEAD = Pattern.compile("^(?i)(in\\s*:\\s*|in\\s+the\\s+|in\\s+|to\\s+appear\\s+(in|at)"
            + "\\s+(the\\s+)?|accepted\\s+(at|to|in|by)\\s+(the\\s+)?|published\\s+(in|at)\\s+(the\\s+)?|appeared\\s+in"
            + "\\s+(the\\s+)?|presented\\s+at\\s+(the\\s+)?)");
    private static final Pattern EVIDENCE = Pattern.compile("(?i)\\b(conference|proceedings|proc\\.|journal|workshop|"
            + "symposium|transactions|letters|arxiv|preprint|thesis|dissertation|patent|report|in\\s+press|under\\s+"
            + "review|submitted|book|chapter|magazine|review|corr|surveys)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?is).*\\b(we|our|i|my|this paper)\\b.*");
    private static final Pattern YEAR_ONLY = Pattern.compile("(19[5-9]\\d|20\\d\\d)");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern THESIS_WORDS = Pattern.compile(".*\\b(thesis|dissertation)\\b.*");
    private static final Pattern PREPRINT_WORDS = Pattern.compile(
            ".*\\b(arxiv|preprint|under review|submitted|corr)\\b.*");
    private static final Pattern REPORT_WORDS = Pattern.compile(".*\\b(technical report|tech\\.? rep\\w*)\\b.*");
    private static final Pattern JOURNAL_WORDS = Pattern.compile(
            ".*\\b(journal|transactions|letters|magazine|surveys|reports)\\b.*");
    private static final Pattern JOURNAL_SERIES_WORDS = Pattern.compile(".*\\b(journal|transactions)\\b.*");
    private static final Pattern BOOK_WORDS = Pattern.compile(".*\\b(book|chapter)\\b.*");
    private static final Pattern CONFERENCE_WORDS = Pattern.compile(
            ".*\\b(conference|proceedings|symposium|proc)\\b.*");

    /** A venue line read: the venue (null when the line names none), year, kind and badge parts. */
    record Reading(VenueRef venue, Integer year, PaperType type, List<String> badges) {
    }

    private final VenueCatalog catalog;

    VenueText(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /** The last plausible year in a text ("ICLR 2019 Workshop …, 2020" → 2020), if any. */
    static Optional<Integer> lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= MAX_YEAR) {
                year = y;
            }
        }
        return Optional.ofNullable(year);
    }

    /** True when a line reads like a venue: a year, a known series, or a word venues use. */
    boolean hasEvidence(String text) {
        return lastYear(text).isPresent() || catalog.findIn(text).isPresent() || EVIDENCE.matcher(text).find()
                || LEADS_LIKE_VENUE.matcher(TextForm.squash(text)).find()
                && !FIRST_PERSON.matcher(text).matches();
    }

    static boolean isYearOnly(String text) {
        return YEAR_ONLY.matcher(TextForm.trimPunctuation(text)).matches();
    }

    Reading read(String raw) {
        String s = BRACKETS.matcher(TextForm.squash(raw)).replaceAll(" ");
        s = EQUAL_NOTE.matcher(s).replaceAll(" ");
        String[] sentences = SENTENCE.split(TextForm.squash(s), 2);
        s = TextForm.trimPunctuation(sentences[0]);
        Integer year = lastYear(s).orElse(null);
        List<String> badges = new ArrayList<>();
        s = dropBadgeGroups(s, badges);
        if (s.startsWith("(") && s.endsWith(")") && s.indexOf('(', 1) < 0) {
            s = s.substring(1, s.length() - 1);
        }
        String display = withoutTrailingYear(s, year);
        display = TextForm.trimPunctuation(LEAD.matcher(display).replaceFirst(""));
        VenueRef venue = display.isEmpty() || isYearOnly(display) ? null : venue(display, year);
        return new Reading(venue, year, type(display, venue), badges);
    }

    private static String dropBadgeGroups(String s, List<String> badges) {
        StringBuilder out = new StringBuilder();
        Matcher m = PAREN.matcher(s);
        int last = 0;
        while (m.find()) {
            List<String> inner = Badges.parts(m.group(1));
            if (!inner.isEmpty() && inner.stream().anyMatch(Badges::isBadge)) {
                badges.addAll(inner);
                out.append(s, last, m.start());
                last = m.end();
            }
        }
        out.append(s.substring(last));
        String rest = TextForm.squash(out.toString());
        // A label written after the year without parentheses: "CVPR 2019, Oral".
        List<String> parts = new ArrayList<>(List.of(COMMA.split(rest)));
        while (parts.size() > 1 && Badges.isBadge(parts.get(parts.size() - 1))) {
            badges.add(parts.remove(parts.size() - 1));
        }
        return String.join(", ", parts);
    }

    private static String withoutTrailingYear(String s, Integer year) {
        if (year == null) {
            return s;
        }
        String t = TextForm.trimPunctuation(s);
        t = t.replaceAll("\\s*\\([^()]*\\b" + year + "\\b[^()]*\\)$", "").replaceAll("\\s*\\(\\s*" + year + "\\s*\\)", "");
        return EMPTY_PARENTHESES.matcher(t.replaceAll("[\\s,(]*\\b" + year + "\\b\\)?$", "")).replaceAll(" ");
    }

    private VenueRef venue(String display, Integer year) {
        if (display.toLowerCase(java.util.Locale.ROOT).contains("workshop")) {
            return new VenueRef(null, display, year);
        }
        Optional<VenueCatalog.Series> series = catalog.lookup(display).or(() -> catalog.findIn(display));
        return series.map(x -> x.ref(year)).orElse(new VenueRef(null, display, year));
    }

    /** The kind of publication a venue implies; UNKNOWN when it says nothing. */
    static PaperType type(String display, VenueRef venue) {
        String d = display.toLowerCase(java.util.Locale.ROOT);
        String full = venue == null ? "" : (venue.label() + " " + (venue.longName() == null ? "" : venue.longName()))
                .toLowerCase(java.util.Locale.ROOT);
        if (THESIS_WORDS.matcher(d).matches()) {
            return PaperType.THESIS;
        }
        if (d.contains("patent")) {
            return PaperType.PATENT;
        }
        if (full.contains("arxiv") || PREPRINT_WORDS.matcher(d).matches()) {
            return PaperType.PREPRINT;
        }
        if (REPORT_WORDS.matcher(d).matches()) {
            return PaperType.REPORT;
        }
        if (d.contains("workshop")) {
            return PaperType.CONFERENCE_PAPER;
        }
        if (JOURNAL_WORDS.matcher(d).matches()
                || JOURNAL_SERIES_WORDS.matcher(full).matches()) {
            return PaperType.JOURNAL_ARTICLE;
        }
        if (BOOK_WORDS.matcher(d).matches()) {
            return PaperType.BOOK_SECTION;
        }
        if (venue != null && venue.shortName() != null
                || CONFERENCE_WORDS.matcher(d).matches()) {
            return PaperType.CONFERENCE_PAPER;
        }
        return PaperType.UNKNOWN;
    }
}
