package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown and typographic decoration a text line may carry: bullets, bold and italic
 * markers, backslash escapes. A {@code *} glued to the end of a word is an equal-contribution
 * mark, not emphasis, and is kept.
 */
final class Markup {
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+•·–▪◦]\\s+|[-•·▪◦](?=\\p{L}))+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}*\\\\])\\*(?![\\s*])([^*]+?)(?<![\\s\\\\*])\\*(?![\\p{L}\\p{N}*])"
                    + "|(?<![\\p{L}\\p{N}_\\\\])_(?![\\s_])([^_]+?)(?<![\\s\\\\_])_(?![\\p{L}\\p{N}_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&%])");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

    private Markup() {
    }

    /** Words only: bullets, heading hashes, bold and italic markers and escapes removed. */
    static String plain(String text) {
        String s = withoutBullet(HEADING.matcher(text.strip()).replaceFirst(""));
        s = withoutBold(s);
        s = ITALIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        s = ESCAPE.matcher(s).replaceAll("$1");
        return spaces(s);
    }

    /** Bold markers removed, everything else (marks, italics) kept. */
    static String withoutBold(String text) {
        String s = BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        return s.replace("**", "");
    }

    static boolean isBold(String text) {
        return text.contains("**") || BOLD.matcher(text).find();
    }

    /** The bold runs of a line, in order, without their markers. */
    static List<String> boldRuns(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BOLD.matcher(text);
        while (m.find()) {
            String run = spaces(m.group(1) != null ? m.group(1) : m.group(2));
            if (!run.isBlank()) {
                out.add(run);
            }
        }
        return out;
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text.strip()).find();
    }

    static String withoutBullet(String text) {
        return BULLET.matcher(text.strip()).replaceFirst("").strip();
    }

    static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll("$1");
    }

    /** Non-breaking and repeated spaces as one space, trimmed. */
    static String spaces(String text) {
        return SPACE_RUN.matcher(text.replace('\u00a0', ' ').replace('\t', ' ')).replaceAll(" ").strip();
    }
}
