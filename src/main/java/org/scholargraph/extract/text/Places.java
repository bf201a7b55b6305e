package org.scholargraph.extract.text;

import java.util.regex.Pattern;

/**
 * Places as CVs print them next to an organisation: a line of its own with a city of one or two
 * words ("Vienna, Austria", "New York, New York", "Online") or a city with a two-letter region at the end of a line ("Google Brain Toronto, ON",
 * "Dagri Mountain View, CA"). Two-word city names are told by their usual first words.
 */
final class Places {
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final Pattern PLACE = Pattern.compile(
            "^" + WORD + "(?: " + WORD + ")?(?: City)?, " + WORD + "(?: " + WORD + "){0,2}$|^(?i:online|virtual|remote)$");
    private static final Pattern TRAILING = Pattern.compile(
            "\\s+(?:(?:San|Santa|Los|Las|New|Menlo|Mountain|Palo|Long|Salt|Saint|St\\.|Fort|Ann|Redwood|Baton|El|Kansas"
                    + "|Hong|Tel|Buenos|Abu|Sao|São|Rio|Cape|Ho|Kuala|Mexico|Addis|College|Chapel|Woods|Los|Half|Culver"
                    + "|Sunnyvale|Foster|Daly|Union)\\s+)?" + WORD + ",\\s*\\p{Lu}{2}\\.?$");

    private Places() {
    }

    static boolean isPlace(String text) {
        return PLACE.matcher(text.strip()).matches();
    }

    /** "Google Brain Toronto, ON" → "Google Brain"; text without such an ending unchanged. */
    static String withoutTrailingPlace(String text) {
        String s = TRAILING.matcher(text.strip()).replaceFirst("");
        return s.isBlank() ? text.strip() : s.strip();
    }

    static boolean endsWithPlace(String text) {
        return TRAILING.matcher(text.strip()).find();
    }
}
