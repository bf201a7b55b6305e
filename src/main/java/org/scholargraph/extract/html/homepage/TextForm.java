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
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextForm() {
    }

    /** Whitespace (including no-break and zero-width spaces) collapsed to single spaces, trimmed. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        // A loop rather than a regex: this runs on every string of every page, several times.
        StringBuilder b = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pending = true;
            } else {
                if (pending) {
                    b.append(' ');
                    pending = false;
                }
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** What the regex class {@code \s} matches, with the no-break and zero-width spaces pages put between words. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u200b';
    }

    /** Lower case, no diacritics, punctuation as spaces: the form titles and names meet on. */
    static String fold(String text) {
        String squashed = squash(text);
        if (isAscii(squashed)) {
            return foldAscii(squashed);
        }
        String s = MARKS.matcher(Normalizer.normalize(squashed, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} for ASCII text, which decomposition leaves as it is: letters and digits kept, the rest one space. */
    private static String foldAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pending && b.length() > 0) {
                    b.append(' ');
                }
                pending = false;
                b.append(c);
            } else {
                pending = true;
            }
        }
        return b.toString();
    }

    /** Drops leading and trailing separators a source leaves around a field ("Title.", "ICLR,"). */
    static String trimPunctuation(String text) {
        String s = squash(text);
        int start = 0;
        int end = s.length();
        while (start < end && isSeparator(s.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    private static boolean isSeparator(char c) {
        return isSpace(c) || ",;:.|/-\u2013\u2014".indexOf(c) >= 0;
    }

    static int wordCount(String text) {
        String s = squash(text);
        return s.isEmpty() ? 0 : s.split(" ").length;
    }
}
