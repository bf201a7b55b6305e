package org.scholargraph.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;

/**
 * Reads a venue and year from an address: a site and its path ({@code icml.cc/virtual/2021},
 * {@code aistats.org/aistats2021}, {@code aaai-23.aaai.org}) or, for a local file, its name only
 * ({@code aistats__2016__best_papers.html}), since the folders above it say nothing of the page.
 */
final class UrlEdition {
    // Address parts that happen to be venue names or aliases ("www" is The Web Conference's).
    private static final Set<String> IGNORED = Set.of("www", "com", "org", "net", "edu", "cc", "io", "html", "htm",
            "php", "md", "index", "github", "http", "https", "file", "blog", "awards", "award");
    private static final Pattern YEAR = Pattern.compile("(?:19[5-9]|20\\d)\\d");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern LETTER_DIGIT_BOUNDARY = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");

    private UrlEdition() {
    }

    static Edition of(String location, VenueCatalog catalog) {
        List<String> tokens = tokens(location);
        int at = -1;
        VenueCatalog.Series series = null;
        for (int i = 0; i < tokens.size() && series == null; i++) {
            series = seriesOf(tokens.get(i), catalog).orElse(null);
            at = i;
        }
        return new Edition(series, yearIn(tokens, series == null ? -1 : at));
    }

    private static Optional<VenueCatalog.Series> seriesOf(String token, VenueCatalog catalog) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.length() < 3 || IGNORED.contains(t) || t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Optional<VenueCatalog.Series> whole = catalog.lookup(t);
        if (whole.isPresent()) {
            return whole;
        }
        // "neuripsconf", "icmlconf": a long enough short name at the start of a word.
        return catalog.series().stream()
                .filter(s -> s.shortName().length() >= 4 && t.startsWith(s.shortName().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static Integer yearIn(List<String> tokens, int seriesAt) {
        for (String t : tokens) {
            if (YEAR.matcher(t).matches()) {
                return Integer.valueOf(t);
            }
        }
        if (seriesAt >= 0 && seriesAt + 1 < tokens.size() && TWO_DIGITS.matcher(tokens.get(seriesAt + 1)).matches()) {
            return 2000 + Integer.parseInt(tokens.get(seriesAt + 1));
        }
        return null;
    }

    static List<String> tokens(String location) {
        List<String> pieces = new ArrayList<>();
        try {
            URI uri = new URI(location == null ? "" : location.replace(" ", "%20").replace("\\", "/"));
            if (uri.getHost() != null && !"file".equalsIgnoreCase(uri.getScheme())) {
                pieces.add(uri.getHost());
                pieces.add(uri.getPath() == null ? "" : uri.getPath());
            } else {
                pieces.add(lastSegment(uri.getPath() == null ? location : uri.getPath()));
            }
        } catch (URISyntaxException e) {
            pieces.add(lastSegment(location));
        }
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            for (String word : NOT_ALPHANUMERIC.split(piece)) {
                for (String part : LETTER_DIGIT_BOUNDARY.split(word)) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    private static String lastSegment(String path) {
        String p = path.replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
