package org.scholargraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * A kind of award ("ICML Outstanding Paper") as opposed to one conferral of it. Pages show the
 * kind dressed up with its conferrer and year ("Outstanding Paper Award, ICML 2021"); the kind's
 * label drops both, so the 2021 and 2022 awards, and the same award on two pages, share one kind.
 *
 * @param series the venue series that confers it, null when not a known venue
 * @param conferrerName the conferrer's name when it is not a venue ("Borealis AI"), else null
 * @param label the award without its conferrer and year ("Outstanding Paper")
 */
public record AwardKind(VenueRef series, String conferrerName, String label) {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])|'[0-9]{2}\\b");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    // What is left dangling once the conferrer and year are cut out: "Best Paper at", "@ ", ", ".
    private static final Pattern LOOSE_ENDS = Pattern.compile(
            "^(?:[\\s\\p{Pd},;:@|/–—]|\\b(?:at|in|from|by)\\b)+|(?:[\\s\\p{Pd},;:@|/–—]|\\b(?:at|in|from|by|the)\\b)+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_AWARD = Pattern.compile("(?i)[\\s-]+awards?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The kind of an award displayed as {@code displayed}, conferred by a venue (null when not a
     * known venue) or by a named body (null when unnamed).
     */
    public static AwardKind of(String displayed, VenueRef conferrer, String conferrerName, IriMinter iris) {
        VenueRef series = conferrer == null ? null : iris.series(conferrer);
        String name = series == null && conferrerName != null && !conferrerName.isBlank() ? conferrerName.strip() : null;
        List<String> names = new ArrayList<>();
        if (series != null) {
            names.addAll(seriesNames(series, iris.catalog()));
        } else if (name != null) {
            names.add(name);
        }
        return new AwardKind(series, name, clean(displayed, names));
    }

    /** "ICML Outstanding Paper": the conferrer's name, then the award. */
    public String name() {
        String by = series != null ? series.label() : conferrerName;
        return by == null ? label : by + " " + label;
    }

    /** "icml/outstanding-paper"; "Best Paper" and "Best Paper Award" share a key. */
    String key(IriMinter iris) {
        String by = series != null ? iris.venueKey(series) + "/" : conferrerName != null ? Keys.of(conferrerName) + "/" : "";
        String bare = TRAILING_AWARD.matcher(label).replaceAll("");
        return by + Keys.of(bare.isBlank() ? label : bare);
    }

    private static List<String> seriesNames(VenueRef series, VenueCatalog catalog) {
        List<String> names = new ArrayList<>();
        catalog.lookup(series.label()).ifPresent(s -> names.addAll(s.aliases()));
        if (series.longName() != null) {
            names.add(series.longName());
        }
        if (series.shortName() != null) {
            names.add(series.shortName());
        }
        // Longest first, so a full name goes before the short name it may contain.
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    private static String clean(String displayed, List<String> conferrerNames) {
        String s = displayed.strip();
        for (String n : conferrerNames) {
            s = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s).replaceAll(" ");
        }
        s = YEAR.matcher(s).replaceAll(" ");
        s = WHITESPACE.matcher(EMPTY_BRACKETS.matcher(s).replaceAll(" ")).replaceAll(" ");
        s = LOOSE_ENDS.matcher(s).replaceAll("").strip();
        return s.chars().anyMatch(Character::isLetter) ? s : displayed.strip();
    }
}
