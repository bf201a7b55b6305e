package org.scholargraph.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known venue series (short name, full name, aliases) from the shipped {@code venues.tsv}, which
 * users can extend with a file of their own. Turns "International Conference on Learning
 * Representations", "ICLR" and "8th International Conference on Learning Representations (ICLR)"
 * into the same series, and finds series mentioned in free text ("Outstanding Paper, ICML 2021").
 */
public final class VenueCatalog {
    /** A series as the catalog knows it. */
    public record Series(String shortName, String fullName, List<String> aliases) {
        public VenueRef ref(Integer year) {
            return new VenueRef(shortName, fullName, year);
        }
    }

    // Compiled once: names are keyed for every venue a source states.
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PROCEEDINGS_OF = Pattern.compile("(?i)\\bproceedings of( the)?\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b[0-9]+(st|nd|rd|th)\\b");
    private static final Pattern ORDINAL_WORD = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");
    private static final Pattern SHORT_YEAR = Pattern.compile("'[0-9]{2}\\b");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^'?([0-9]{2})$");

    private final List<Series> series;
    private final Map<String, Series> byKey = new HashMap<>();
    private final List<Map.Entry<Pattern, Series>> mentions = new ArrayList<>();

    private VenueCatalog(List<Series> series) {
        this.series = List.copyOf(series);
        for (Series s : series) {
            index(s.shortName(), s);
            index(s.fullName(), s);
            s.aliases().forEach(a -> index(a, s));
        }
        for (Series s : series) {
            addMention(s.shortName(), s, false);
            addMention(s.fullName(), s, true);
            s.aliases().forEach(a -> addMention(a, s, true));
        }
        // Longer names first, so "NAACL-HLT" is not read as "ACL".
        mentions.sort((a, b) -> b.getKey().pattern().length() - a.getKey().pattern().length());
    }

    /** The catalog shipped with scholargraph. */
    public static VenueCatalog bundled() {
        try (InputStream in = VenueCatalog.class.getResourceAsStream("venues.tsv")) {
            return new VenueCatalog(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled venues.tsv", e);
        }
    }

    /** The bundled catalog plus a user's own table (same columns; their rows win). */
    public VenueCatalog with(Path userTable) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(userTable, StandardCharsets.UTF_8)) {
            List<Series> all = new ArrayList<>(read(r));
            all.addAll(series);
            return new VenueCatalog(all);
        }
    }

    public List<Series> series() {
        return series;
    }

    /** The series a venue name denotes, whole: "ICLR", "NIPS", "Proceedings of the 37th ICML". */
    public Optional<Series> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Series s = byKey.get(key(name));
        return s != null ? Optional.of(s) : Optional.ofNullable(byKey.get(key(stripDecoration(name))));
    }

    /** The first known series mentioned anywhere in a text, longest names first. */
    public Optional<Series> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = fold(text);
        int best = Integer.MAX_VALUE;
        Series found = null;
        for (Map.Entry<Pattern, Series> m : mentions) {
            Matcher matcher = m.getKey().matcher(folded);
            if (matcher.find() && matcher.start() < best) {
                best = matcher.start();
                found = m.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A venue with its series' canonical names when the catalog knows it ("NIPS" → NeurIPS),
     * unchanged otherwise; a year in the name ("ICML 2021") fills a missing edition year.
     */
    public VenueRef canonical(VenueRef venue) {
        Integer year = venue.year() != null ? venue.year() : yearIn(venue.shortName()).orElse(yearIn(venue.longName()).orElse(null));
        Optional<Series> s = lookup(venue.shortName()).or(() -> lookup(venue.longName()));
        return s.map(x -> x.ref(year)).orElse(venue.withYear(year));
    }

    /** A plausible four-digit year in a text ("ICML 2021" → 2021), or a two-digit one ("ICML'19"). */
    public static Optional<Integer> yearIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        String[] words = text.trim().split("[\\s]+");
        String last = words[words.length - 1];
        int apostrophe = last.lastIndexOf('\'');
        Matcher two = TWO_DIGIT_YEAR.matcher(apostrophe >= 0 ? last.substring(apostrophe) : "");
        return two.find() ? Optional.of(2000 + Integer.parseInt(two.group(1))) : Optional.empty();
    }

    private void index(String name, Series s) {
        if (name != null && !name.isBlank()) {
            byKey.putIfAbsent(key(name), s);
        }
    }

    private void addMention(String name, Series s, boolean caseInsensitive) {
        if (name == null || name.isBlank()) {
            return;
        }
        String quoted = Pattern.quote(fold(name));
        int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        mentions.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}])", flags), s));
    }

    /** Drops what decorates a series name: years, ordinals, "Proceedings of the", parentheses. */
    static String stripDecoration(String name) {
        String s = PARENTHESES.matcher(fold(name)).replaceAll(" ");
        s = PROCEEDINGS_OF.matcher(s).replaceAll(" ");
        s = ORDINAL.matcher(s).replaceAll(" ");
        s = ORDINAL_WORD.matcher(s).replaceAll(" ");
        s = YEAR.matcher(s).replaceAll(" ");
        s = SHORT_YEAR.matcher(s).replaceAll(" ");
        return s;
    }

    /** Lower case, no diacritics or markup, punctuation as spaces: the key names meet on. */
    static String key(String name) {
        String s = NOT_KEY.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return LEADING_THE.matcher(s).replaceAll("");
    }

    private static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return s.replace('*', ' ').replace('_', ' ');
    }

    private static List<Series> read(BufferedReader reader) throws IOException {
        List<Series> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String full = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
            List<String> aliases = cols.length > 2 && !cols[2].isBlank()
                    ? List.of(cols[2].strip().split("\\s*\\|\\s*")) : List.of();
            out.add(new Series(cols[0].strip(), full, aliases));
        }
        return out;
    }
}
