package org.scholargraph.extract.hugo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One author name as a page prints it, taken apart: the clean name, whether it carries an
 * equal-contribution mark ({@code Name\*}, {@code Name*}, {@code &#42;}, {@code $^*$},
 * "(equal contribution)", {@code <sup>*</sup>}) and whether the whole name is emphasised
 * ({@code **Name**}, {@code *Name*}, {@code <em>Name</em>}), which is how these sites highlight
 * their owner.
 *
 * @param printed the string exactly as the page has it
 * @param name the name with marks, markup and entities removed; empty when nothing is left
 */
public record PrintedName(String printed, String name, boolean equalContribution, boolean emphasised) {

    /** Stands for a star that is certainly a mark, never Markdown emphasis. */
    private static final String MARK = "\uE000";
    private static final Pattern STAR_ENTITY = Pattern.compile("\\\\\\*|&#0*42;|&#x0*2a;|&ast;|&midast;|&lowast;",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATEX = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern EQUAL_NOTE = Pattern.compile(
            "\\(\\s*(equal(ly)?\\s+contribut\\w*|contributed\\s+equally|co-?first(\\s+authors?)?|joint\\s+first(\\s+authors?)?)\\s*\\.?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG = Pattern.compile("^(\\*\\*|__)(.+)\\1(.*)$");
    private static final Pattern EMPHASIS = Pattern.compile("^([*_])(?![\\s*_])(.+?)(?<![\\s*])\\1(?![*_\\p{L}])(.*)$");
    private static final String STARS = "*" + MARK + "\u2217\u22C6\uFF0A";
    private static final String OTHER_MARKS = "\u2020\u2021\u00A7\u00B6#\u00B9\u00B2\u00B3";
    private static final Pattern HTML = Pattern.compile("<[a-zA-Z/]|&[#a-zA-Z0-9]+;");
    private static final Pattern EMPHASIS_TAG = Pattern.compile("em|i|strong|b|u|mark");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");

    public static PrintedName parse(String printed) {
        String s = STAR_ENTITY.matcher(printed.strip()).replaceAll(MARK);
        s = latex(s);
        s = EQUAL_NOTE.matcher(s).replaceAll(MARK);
        boolean emphasised = false;
        if (HTML.matcher(s).find()) {
            Element body = Jsoup.parseBodyFragment(s).body();
            body.select("sup").forEach(sup -> sup.text(sup.text().contains("*") ? MARK : ""));
            emphasised = wholeNameEmphasised(body);
            s = body.text();
        }
        Matcher strong = STRONG.matcher(s);
        if (strong.matches()) {
            emphasised = true;
            s = strong.group(2) + strong.group(3);
        } else {
            Matcher em = EMPHASIS.matcher(s);
            if (em.matches()) {
                emphasised = true;
                s = em.group(2) + em.group(3);
            }
        }
        boolean equal = s.chars().anyMatch(c -> STARS.indexOf(c) >= 0);
        return new PrintedName(printed, clean(s), equal, emphasised);
    }

    /** Inline maths is only ever a mark here: {@code $^*$}, {@code $^{\ast}$}, {@code $^\dagger$}. */
    private static String latex(String s) {
        Matcher m = LATEX.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            boolean star = inner.contains("*") || inner.contains("\\ast") || inner.contains("\\star");
            m.appendReplacement(out, star ? MARK : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One emphasis element holding the name, with nothing but marks around it. */
    private static boolean wholeNameEmphasised(Element body) {
        if (body.childrenSize() != 1 || !EMPHASIS_TAG.matcher(body.child(0).tagName()).matches()) {
            return false;
        }
        return withoutMarks(body.ownText()).isBlank();
    }

    private static String clean(String s) {
        String name = WHITESPACE.matcher(withoutMarks(s)).replaceAll(" ").strip();
        return EDGE_PUNCTUATION.matcher(name).replaceAll("");
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> STARS.indexOf(c) < 0 && OTHER_MARKS.indexOf(c) < 0).forEach(out::appendCodePoint);
        return out.toString();
    }
}
