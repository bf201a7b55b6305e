package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A title reduced for comparison: folded like names, punctuation gone, words single-spaced. Two
 * titles are near-identical when at most one character in twenty differs and they carry the same
 * numbers ("… Part 1" and "… Part 2" are two papers however alike the rest is).
 */
record TitleForm(String text, List<String> words, List<String> numbers) {
    /** The least similarity (1 − edits / length) at which two titles may be one paper's. */
    static final double NEAR_IDENTICAL = 0.95;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    static TitleForm of(String title) {
        String folded = NOT_WORD.matcher(NameForm.fold(title == null ? "" : title)).replaceAll(" ").strip();
        List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        List<String> numbers = new ArrayList<>();
        for (String w : words) {
            if (NUMBER.matcher(w).matches()) {
                numbers.add(w);
            }
        }
        return new TitleForm(folded, words, List.copyOf(numbers));
    }

    /** 1 − Levenshtein distance / longer length: 1 for equal titles. */
    double similarity(TitleForm other) {
        int longer = Math.max(text.length(), other.text.length());
        if (longer == 0) {
            return 0;
        }
        int limit = (int) Math.ceil(longer * (1 - NEAR_IDENTICAL)) + 1;
        Integer d = new LevenshteinDistance(limit).apply(text, other.text);
        return d < 0 ? 0 : 1 - (double) d / longer;
    }

    boolean nearIdentical(TitleForm other) {
        // The edit distance is at least the difference in length: most pairs in a block fail on that alone.
        int longer = Math.max(text.length(), other.text.length());
        return numbers.equals(other.numbers) && Math.abs(text.length() - other.text.length()) <= longer * (1 - NEAR_IDENTICAL)
                && similarity(other) >= NEAR_IDENTICAL;
    }
}
