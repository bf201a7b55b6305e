package org.scholargraph.extract.hugo;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Front-matter text (venues, notes) with its Markdown emphasis, HTML tags and entities removed:
 * {@code "In *the 56th Annual Meeting … (ACL)*"} reads as {@code "In the 56th Annual Meeting … (ACL)"}.
 */
final class PlainText {
    private static final Pattern HTML = Pattern.compile("<[a-zA-Z/]|&[#a-zA-Z0-9]+;");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_{1,2}([^_]+?)_{1,2}(?![\\p{L}\\p{N}])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The plain text, whitespace collapsed; null for null or blank input. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = HTML.matcher(text).find() ? Jsoup.parseBodyFragment(text).body().text() : text;
        s = s.replace("\\*", "*").replace("*", "");
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("$1");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }
}
