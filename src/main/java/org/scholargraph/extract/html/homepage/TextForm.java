package org.scholargraph.extract.html.homepage;

import java.text.Normalizer;
import java.util.Locale;

/** The forms a piece of page text is compared in: squashed whitespace, and folded for matching. */
final class TextForm {
    private TextForm() {
    }

    /** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
    }

    /** Lower case, no diacritics, punctuation as spaces: the form titles and names meet on. */
    static String fold(String text) {
        String s = Normalizer.normalize(squash(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Drops trailing separators a source leaves after a field ("Title.", "ICLR,"). */
    static String trimPunctuation(String text) {
        return squash(text).replaceAll("^[\\s,;:.|/\\-–—]+", "").replaceAll("[\\s,;:.|/\\-–—]+$", "").strip();
    }

    static int wordCount(String text) {
        String s = squash(text);
        return s.isEmpty() ? 0 : s.split(" ").length;
    }
}
