package org.scholargraph.extract.html;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;

/**
 * Where and when a paper given a test-of-time (or similar) award appeared, as far as the page
 * says: a label "… from CVPR 2011", "for their 2015 ICLR paper", or a section speaking of "a
 * paper from 10 years ago". The series defaults to the awarding one (such awards look back on
 * the venue's own papers); the year stays unknown when the page does not give it — the award's
 * year is never assumed.
 */
final class RetrospectiveDating {
    // "from NeurIPS 2014", but not "from ICLR 2013 and 2014", which names no one year.
    private static final Pattern FROM_YEAR = Pattern.compile(
            "(?i)\\bfrom\\b[^.\\d]*?\\b((?:19|20)\\d{2})\\b(?!\\s*(?:and|or|,|&|–|-|to)\\s*(?:19|20)\\d{2})");
    private static final Pattern YEAR_PAPER = Pattern.compile(
            "(?i)\\b((?:19|20)\\d{2})\\s+(?:[\\p{L}\\-]+\\s+){0,2}(?:paper|publication|article)\\b");
    private static final Pattern YEARS_AGO = Pattern.compile(
            "(?i)\\b(\\d{1,2}|five|ten|fifteen|twenty|twenty-five|thirty)\\s+years?\\s+(?:ago|earlier|before|prior)\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, Integer> NUMBERS = Map.of("five", 5, "ten", 10, "fifteen", 15, "twenty", 20,
            "twenty-five", 25, "thirty", 30);

    private final VenueCatalog catalog;

    RetrospectiveDating(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    Edition paperEdition(String label, String context, Edition conferrer) {
        Optional<Edition> stated = stated(FROM_YEAR.matcher(label), conferrer)
                .or(() -> stated(YEAR_PAPER.matcher(context), conferrer))
                .or(() -> stated(FROM_YEAR.matcher(context), conferrer));
        if (stated.isPresent()) {
            return stated.get();
        }
        Matcher ago = YEARS_AGO.matcher(context);
        if (conferrer.year() != null && ago.find()) {
            String n = ago.group(1).toLowerCase(Locale.ROOT);
            int years = DIGITS.matcher(n).matches() ? Integer.parseInt(n) : NUMBERS.get(n);
            return conferrer.withYear(conferrer.year() - years);
        }
        return conferrer.withYear(null);
    }

    /** The first year before the award's in the matches, with the series named next to it if any. */
    private Optional<Edition> stated(Matcher m, Edition conferrer) {
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (conferrer.year() == null || year < conferrer.year()) {
                VenueCatalog.Series series = catalog.findIn(m.group()).orElse(conferrer.series());
                return Optional.of(new Edition(series, year));
            }
        }
        return Optional.empty();
    }
}
