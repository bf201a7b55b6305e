package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.model.VenueCatalog;

/**
 * An award as a heading, cell or bold line names it, cleaned the way a reader would state it:
 * "ICML 2021 Outstanding Paper Awards" → "Outstanding Paper Award", "Best Paper Award Nominees"
 * → "Best Paper Award" (nominee). A label is {@link Kind#SPECIFIC} ("Best Student Paper"),
 * a {@link Kind#QUALIFIER} of the award above it ("Runner Up", "Honorable Mention"), or
 * {@link Kind#GENERIC} ("Paper Awards").
 *
 * @param text the label as displayed, cleaned; empty for a bare "Nominees"
 * @param kind how it relates to the labels above it
 * @param nominee the label announces nominations or finalists, not wins
 */
record AwardLabel(String text, Kind kind, boolean nominee) {
    enum Kind { SPECIFIC, QUALIFIER, GENERIC }

    private static final Pattern AWARD = Pattern.compile("\\b(?:awards?|prizes?|honou?rable\\s+mentions?"
            + "|test[\\s-]+of[\\s-]+time|runners?[\\s-]+ups?|finalists?|nominees?|winners?|retrospective"
            + "|(?:best|outstanding|distinguished|notable|most\\s+(?:impactful|influential))\\b.*\\b(?:papers?"
            + "|students?|demos?|demonstrations?|presentations?|posters?|contributions?|articles?|theses"
            + "|thesis|dissertations?|reviewers?|directions?))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AN_AWARD = Pattern.compile("\\b(?:committees?|chairs?|criteria|process"
            + "|ceremony|sponsors?|sponsored|guidelines|procedures?|call\\s+for|eligib\\w*|rules|faq|how\\s+to"
            + "|deadline|submission|schedule"
            // verbs make a sentence ("The 2026 Best Paper Award goes to"), never a label
            + "|goes|went|is|are|was|were|has|have|had|will|awarded\\s+to|given|receives?|received|won|wins"
            + "|features?|recogni[sz]es?|recogni[sz]e|selected|presented)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOMINATION = Pattern.compile("\\b(?:nominees?|nominated|nominations?|finalists?"
            + "|short-?listed|shortlist|candidates)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:runners?[\\s-]+ups?|honou?rable\\s+mentions?"
            + "|winners?|finalists?|nominees?)?");
    private static final Pattern GENERIC_WORDS = Pattern.compile("(?i)(?:\\b(?:paper|award|prize|conference|and"
            + "|the|our|recognition|honou?rs)\\b|\\s)*");
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:announcing|announcement\\s+of|congratulations"
            + "(?:\\s+to)?|introducing)\\s+)?(?:the\\s+)?");
    private static final Pattern TRAIL = Pattern.compile("(?i)(?:\\s+(?:winners?|recipients?|announced|announcement"
            + "|results|list|at|in|of|for|to|are|is))+$");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in",
            "on", "at", "from", "to", "a", "an", "with", "by", "or");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(?:19|20)\\d{2}(?![\\d])");
    private static final Pattern PLURAL = Pattern.compile("(?i)\\b(award|paper|mention|prize)s\\b");
    private static final Pattern RUNNERS_UP = Pattern.compile("(?i)\\b(runner)s?([\\s-])(up)s?\\b");
    private static final Pattern RETROSPECTIVE = Pattern.compile("(?i)test[\\s-]+of[\\s-]+time|retrospective"
            + "|most\\s+(?:impactful|influential)|ten[\\s-]+year|10[\\s-]+year|long[\\s-]+term\\s+impact|classic\\s+paper");
    private static final Pattern TRAILING_COLON_OR_STOP = Pattern.compile("[:.]+$");
    private static final Pattern SENTENCE_STOP = Pattern.compile(".*[.!?](\\s.*|$)");
    private static final Pattern PERCENT_OR_EQUALS = Pattern.compile(".*[%=].*");
    private static final Pattern COMMA_IN_PARENTHESES = Pattern.compile(".*\\([^)]*,.*");
    private static final Pattern FROM_ONWARDS = Pattern.compile("(?i)\\bfrom\\b.*$");
    private static final Pattern CONTAINS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern LOWER_CASE_START = Pattern.compile("\\p{Ll}.*");
    private static final Pattern HASH_OR_BAR = Pattern.compile("[#|]");
    private static final Pattern LOOSE_ENDS_OR_LEADING_QUOTE = Pattern.compile("^[\\s\\-–—:,'’]+|[\\s\\-–—:,(]+$");
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[\\s\\-–—:,]+|[\\s\\-–—:,(]+$");

    /** True when a resolved label is for a paper from an earlier edition (test of time and the like). */
    static boolean retrospective(String label) {
        return RETROSPECTIVE.matcher(label).find();
    }

    /** The label in a short line, or empty when it names no award (or names a committee, a process…). */
    static Optional<AwardLabel> read(String line, VenueCatalog catalog) {
        String raw = TRAILING_COLON_OR_STOP.matcher(AuthorList.collapse(line)).replaceAll("").strip();
        if (raw.isEmpty() || raw.split(" ").length > 14 || !AWARD.matcher(raw).find()
                || NOT_AN_AWARD.matcher(raw).find() || SENTENCE_STOP.matcher(raw).matches()
                || PERCENT_OR_EQUALS.matcher(raw).matches() || COMMA_IN_PARENTHESES.matcher(raw).matches()) {
            return Optional.empty();
        }
        boolean nominee = NOMINATION.matcher(raw).find();
        String text = clean(raw, catalog);
        if (CONTAINS_DIGIT.matcher(FROM_ONWARDS.matcher(text).replaceAll("")).matches() || readsLikeProse(text)) {
            return Optional.empty();
        }
        return Optional.of(new AwardLabel(text, kindOf(text), nominee));
    }

    /** Labels are short or title-cased; a long line of lower-case words is a sentence without its full stop. */
    private static boolean readsLikeProse(String text) {
        String[] words = text.split(" ");
        long lower = Arrays.stream(words)
                .filter(w -> LOWER_CASE_START.matcher(w).matches() && !FUNCTION_WORDS.contains(w)).count();
        return words.length > 6 && lower >= 3;
    }

    /** True when a line uses award words at all ("Award Committee" does): such a line is no paper title. */
    static boolean mentionsAward(String line) {
        return AWARD.matcher(line).find();
    }

    private static Kind kindOf(String text) {
        if (QUALIFIER.matcher(text).matches()) {
            return Kind.QUALIFIER;
        }
        return GENERIC_WORDS.matcher(text).matches() ? Kind.GENERIC : Kind.SPECIFIC;
    }

    /** Venue names and years go (except after "from", as in "Most Impactful Paper from CVPR 2011"). */
    private static String clean(String raw, VenueCatalog catalog) {
        int from = raw.toLowerCase(Locale.ROOT).indexOf(" from ");
        String head = from >= 0 ? raw.substring(0, from) : raw;
        String tail = from >= 0 ? raw.substring(from) : "";
        head = withoutVenues(head, catalog);
        head = YEAR.matcher(head).replaceAll(" ");
        head = NOMINATION.matcher(head).replaceAll(" ");
        String s = AuthorList.collapse(HASH_OR_BAR.matcher(head + tail).replaceAll(" "));
        s = LOOSE_ENDS_OR_LEADING_QUOTE.matcher(s).replaceAll("");
        s = LEAD.matcher(s).replaceFirst("");
        s = TRAIL.matcher(s).replaceFirst("");
        s = PLURAL.matcher(s).replaceAll("$1");
        s = RUNNERS_UP.matcher(s).replaceAll("$1$2$3");
        return LOOSE_ENDS.matcher(AuthorList.collapse(s)).replaceAll("");
    }

    private static String withoutVenues(String text, VenueCatalog catalog) {
        String s = text;
        for (int round = 0; round < 4; round++) {
            Optional<VenueCatalog.Series> found = catalog.findIn(s);
            if (found.isEmpty()) {
                break;
            }
            String next = names(found.get()).matcher(s).replaceAll(" ");
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    private static Pattern names(VenueCatalog.Series series) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add(Pattern.quote(series.shortName()));
        if (series.fullName() != null) {
            alternatives.add(Pattern.quote(series.fullName()));
        }
        series.aliases().forEach(a -> alternatives.add(Pattern.quote(a)));
        alternatives.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?:\\s*['’]?\\s*\\d{2,4})?"
                + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
