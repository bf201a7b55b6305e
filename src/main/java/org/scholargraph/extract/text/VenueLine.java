package org.scholargraph.extract.text;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads a venue-and-year line through the {@link VenueCatalog}: a known series with a year in
 * any case ("NEURIPS 2020", "ICML 2019", "8th International Conference on Learning
 * Representations (ICLR), 2020"), or a short capitalised name ending in a year ("RLC 2025"). A
 * workshop is never its host conference. A number where the year belongs that cannot be one
 * ("ICML 20201") is kept aside, not guessed.
 */
final class VenueLine {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])((?:19|20)\\d{2,4})(?![\\d.]?\\d)");
    private static final Pattern TWO_DIGIT = Pattern.compile("\\s*'(\\d{2})$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&+\\-/]{1,15}");
    private static final Pattern NOTE_WORDS = Pattern.compile(
            "(?i)\\b(oral|spotlight|poster|award|best|outstanding|honou?rable|mention|nominee|finalist|highlight|contributed)\\b");
    private static final Pattern OWN_VENUE = Pattern.compile("(?i)\\b(workshops?|tutorials?)\\b");
    private static final Pattern THESIS = Pattern.compile("(?i)\\b(thesis|dissertation)\\b");
    private static final Pattern IN_PREFIX = Pattern.compile("^(?i:in:?\\s+(?:the\\s+)?|to appear in\\s+|accepted (?:at|to)\\s+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");
    private static final Pattern EDGE_SYMBOLS = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern FOUR_DIGITS = Pattern.compile(".*\\d{4}.*");
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[\\s,;:–—-]+|[\\s,;:–—(-]+$");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)" + Dates.MONTH_NAME + "\\.?,?");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "on", "and", "in", "the", "for", "&", "at", "to", "de");
    private static final int FIRST_YEAR = 1950;
    private static final int MAX_WORDS = 20;
    private static final int MAX_FREE_WORDS = 6;
    private static final int MAX_LOWER_WORDS = 2;

    private final VenueCatalog catalog;

    VenueLine(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<VenueReading> read(String text) {
        String s = TRAILING_PUNCTUATION.matcher(Markup.plain(text)).replaceAll("");
        if (s.isEmpty() || Dates.whole(s).isPresent() || hasMonth(s)) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        s = withoutNotes(s, notes);
        Integer year = null;
        String impossible = null;
        Matcher m = NUMBER.matcher(s);
        int at = -1;
        int end = -1;
        while (m.find()) {
            at = m.start();
            end = m.end();
            String digits = m.group(1);
            if (plausible(digits)) {
                year = Integer.valueOf(digits);
                impossible = null;
            } else {
                year = null;
                impossible = digits;
            }
        }
        String name = at < 0 ? s : s.substring(0, at) + " " + s.substring(end);
        if (at < 0) {
            Matcher two = TWO_DIGIT.matcher(s);
            if (two.find()) {
                year = 2000 + Integer.parseInt(two.group(1));
                name = s.substring(0, two.start());
            }
        }
        name = tidy(name);
        if (name.isEmpty() || words(name).size() > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<VenueCatalog.Series> series = series(name);
        boolean dated = year != null || impossible != null;
        boolean venueLike = series.isPresent()
                ? (dated || catalog.lookup(name).isPresent()) && lowerCaseWords(name) <= MAX_LOWER_WORDS
                : dated && freeVenue(name);
        if (!venueLike) {
            return Optional.empty();
        }
        return Optional.of(reading(name, series, year, impossible, notes));
    }

    private VenueReading reading(String name, Optional<VenueCatalog.Series> series, Integer year, String impossible,
            List<String> notes) {
        if (THESIS.matcher(name).find()) {
            return new VenueReading(null, year, impossible, notes, PaperType.THESIS);
        }
        VenueRef venue;
        if (series.isPresent() && !OWN_VENUE.matcher(name).find()) {
            venue = series.get().ref(year);
        } else {
            venue = ownVenue(name, year);
        }
        PaperType type = "arXiv".equals(venue.shortName()) ? PaperType.PREPRINT : PaperType.UNKNOWN;
        return new VenueReading(venue, year, impossible, notes, type);
    }

    /**
     * A venue the catalog does not know, or a workshop: an acronym alone is a short name, a
     * parenthesised acronym too unless it is the host conference's ("… (NeurIPS) Deep RL
     * Workshop"), anything else a long name.
     */
    VenueRef ownVenue(String name, Integer year) {
        if (!name.contains(" ") && ACRONYM.matcher(name).matches()) {
            return new VenueRef(name, null, year);
        }
        Matcher m = PARENTHESES.matcher(name);
        if (m.find() && ACRONYM.matcher(m.group(1)).matches() && m.group(1).chars().filter(Character::isUpperCase).count() >= 2
                && catalog.lookup(m.group(1)).isEmpty()) {
            return new VenueRef(m.group(1), Markup.spaces(name.replace(m.group(), " ")), year);
        }
        return new VenueRef(null, name, year);
    }

    /** The known series a name denotes or mentions, upper-case spellings included ("NEURIPS"). */
    Optional<VenueCatalog.Series> series(String name) {
        Optional<VenueCatalog.Series> whole = catalog.lookup(name).or(() -> catalog.findIn(name));
        if (whole.isPresent()) {
            return whole;
        }
        for (String w : words(name)) {
            String token = EDGE_SYMBOLS.matcher(w).replaceAll("");
            if (token.length() >= 3 && Names.isUpperCase(token)) {
                Optional<VenueCatalog.Series> s = catalog.lookup(token);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    static boolean plausible(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= FIRST_YEAR && y <= Year.now().getValue() + 2;
    }

    private static boolean freeVenue(String name) {
        return words(name).size() <= MAX_FREE_WORDS && Character.isUpperCase(name.codePointAt(0)) && lowerCaseWords(name) <= 1;
    }

    /** Words in lower case other than function words: a venue has few ("preprint"), a sentence many. */
    private static long lowerCaseWords(String name) {
        return words(name).stream().filter(w -> !FUNCTION_WORDS.contains(w))
                .filter(w -> w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.codePointAt(0))).count();
    }

    private static String withoutNotes(String s, List<String> notes) {
        Matcher m = PARENTHESES.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1).strip();
            boolean note = NOTE_WORDS.matcher(inside).find();
            if (note) {
                notes.add(inside);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(note ? " " : m.group()));
        }
        m.appendTail(out);
        // "NeurIPS 2021, Oral Presentation": a comma-separated note after the venue.
        List<String> kept = new ArrayList<>();
        String[] segments = SEGMENT_SEPARATOR.split(out.toString());
        for (int i = 0; i < segments.length; i++) {
            boolean note = i > 0 && NOTE_WORDS.matcher(segments[i]).find()
                    && !FOUR_DIGITS.matcher(segments[i]).matches();
            if (note) {
                notes.add(segments[i].strip());
            } else {
                kept.add(segments[i]);
            }
        }
        return Markup.spaces(String.join(", ", kept));
    }

    private static String tidy(String name) {
        String s = EMPTY_PARENTHESES.matcher(LOOSE_ENDS.matcher(Markup.spaces(name)).replaceAll("")).replaceAll("");
        return Markup.spaces(IN_PREFIX.matcher(s).replaceFirst(""));
    }

    private static boolean hasMonth(String s) {
        return words(s).stream().anyMatch(w -> MONTH_WORD.matcher(w).matches() && !Names.isUpperCase(w));
    }

    private static List<String> words(String s) {
        return Arrays.stream(WHITESPACE.split(s.strip())).filter(w -> !w.isEmpty()).toList();
    }
}
