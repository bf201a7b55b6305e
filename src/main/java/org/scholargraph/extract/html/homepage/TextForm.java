package org.scholargraph.extract.html.homepage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms a piece of page text is compared in: squashed whitespace, and folded for matching.
 * Patterns are compiled once: these run on every line of every page (String.replaceAll compiles
 * its pattern on each call, which the profile of a homepage ingest showed).
 */
final class TextForm {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u200b]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:.|/\\-–—]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.|/\\-–—]+$");

    private TextForm() {
    }

    /** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }

    /** Lower case, no diacritics, punctuation as spaces: the form titles and names meet on. */
    static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(squash(text), Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Drops trailing separators a source leaves after a field ("Title.", "ICLR,"). */
    static String trimPunctuation(String text) {
        return TRAILING.matcher(LEADING.matcher(squash(text)).replaceAll("")).replaceAll("").strip();
    }

    static int wordCount(String text) {
        String s = squash(text);
        return s.isEmpty() ? 0 : s.split(" ").length;
    }
}
