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
final class TitleForm {
    /** The least similarity (1 − edits / length) at which two titles may be one paper's. */
    static final double NEAR_IDENTICAL = 0.95;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    private static final int BUCKETS = 32;

    private final String text;
    private final List<String> numbers;
    /** How many of the text's characters fall in each of 32 buckets (by the low bits of the char); null for a text too long to count in shorts. */
    private final short[] counts;

    private TitleForm(String text, List<String> numbers) {
        this.text = text;
        this.numbers = numbers;
        this.counts = text.length() > Short.MAX_VALUE ? null : new short[BUCKETS];
        for (int i = 0; counts != null && i < text.length(); i++) {
            counts[text.charAt(i) & (BUCKETS - 1)]++;
        }
    }

    static TitleForm of(String title) {
        String folded = NOT_WORD.matcher(NameForm.fold(title == null ? "" : title)).replaceAll(" ").strip();
        List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        List<String> numbers = new ArrayList<>();
        for (String w : words) {
            if (NUMBER.matcher(w).matches()) {
                numbers.add(w);
            }
        }
        return new TitleForm(folded, List.copyOf(numbers));
    }

    String text() {
        return text;
    }

    /**
     * The words, split again when asked for: only block keys read them, once a title, and a
     * whole-store resolution holds every title's form at once (kept, the words were a fifth of
     * its strings at 10,000 documents).
     */
    List<String> words() {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    List<String> numbers() {
        return numbers;
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
        int longer = Math.max(text.length(), other.text.length());
        return numbers.equals(other.numbers) && lengthsNear(text.length(), other.text.length())
                && 1 - (double) editsAtLeast(other) / longer >= NEAR_IDENTICAL
                && similarity(other) >= NEAR_IDENTICAL;
    }

    /**
     * Whether two titles of these lengths may be near-identical: the edit distance is at least the
     * difference in length, so it may be at most a twentieth of the longer.
     */
    static boolean lengthsNear(int a, int b) {
        return Math.abs(a - b) <= Math.max(a, b) * (1 - NEAR_IDENTICAL);
    }

    /**
     * A lower bound of the edit distance: each edit changes at most one character's count on each
     * side, so the distance is at least the larger surplus of one text's characters over the
     * other's, and counting them in buckets only lowers that surplus. Titles that share a block
     * (their first or last words) and a length mostly differ in what their other words are made
     * of; the bound rejects them in 32 steps, before the edit distance's length × limit ones.
     */
    int editsAtLeast(TitleForm other) {
        if (counts == null || other.counts == null) {
            return 0;
        }
        int more = 0;
        int fewer = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int d = counts[b] - other.counts[b];
            if (d > 0) {
                more += d;
            } else {
                fewer -= d;
            }
        }
        return Math.max(more, fewer);
    }

    @Override
    public String toString() {
        return text;
    }
}
