package org.scholargraph.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an upper-case phrase ("M.S. IN COMPUTER SCIENCE", "STUDENT RESEARCHER") in title case,
 * with short function words in lower case and dotted abbreviations ("M.S.", "B.S.") kept.
 */
final class TitleCase {
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
            "of", "on", "or", "the", "to", "with", "via");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

    private TitleCase() {
    }

    static String of(String text) {
        if (!Names.isUpperCase(text)) {
            return text;
        }
        String[] words = WHITESPACE.split(text.strip());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (w.contains(".") && NON_LETTER.matcher(w).replaceAll("").length() <= 4) {
                out.append(w);
            } else if (i > 0 && SMALL.contains(lower)) {
                out.append(lower);
            } else {
                out.append(Names.properCase(w));
            }
        }
        return out.toString();
    }
}
