package org.scholargraph.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Writes an upper-case phrase ("M.S. IN COMPUTER SCIENCE", "STUDENT RESEARCHER") in title case,
 * with short function words in lower case and dotted abbreviations ("M.S.", "B.S.") kept.
 */
final class TitleCase {
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
            "of", "on", "or", "the", "to", "with", "via");

    private TitleCase() {
    }

    static String of(String text) {
        if (!Names.isUpperCase(text)) {
            return text;
        }
        String[] words = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (w.contains(".") && w.replaceAll("[^\\p{L}]", "").length() <= 4) {
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
