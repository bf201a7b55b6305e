package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;

/**
 * Award rows on one line: "<i>Title</i>, A, B and C.", "Title (A, B)", "Title by A, B",
 * "Title – A, B".
 */
final class InlineEntries {
    private static final Pattern TITLE_THEN_PARENS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*[.;,]?$");
    private static final Pattern BY = Pattern.compile("(?i),?\\s+by\\s+");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[\"“‘'«\\s]+");
    private static final Pattern CLOSING_QUOTES_AND_BY = Pattern.compile("^[\"”’'»\\s,.:;\\-–—]+(?:(?i)by\\s+)?");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.;]$");

    private InlineEntries() {
    }

    static Optional<Draft> in(Line line) {
        if (line.words() > 80) {
            return Optional.empty();
        }
        return leadingSpan(line).or(() -> parenthesised(line)).or(() -> split(line, BY)).or(() -> split(line, DASH));
    }

    /** A marked title opening the line ("<i>Title</i>, A and B", "<a>Title</a>. A and B"), names after it. */
    private static Optional<Draft> leadingSpan(Line line) {
        List<Element> spans = new ArrayList<>(line.emphases());
        line.anchors().forEach(a -> spans.add(a.element()));
        String text = LEADING_QUOTES.matcher(line.text()).replaceFirst("");
        for (Element e : spans) {
            String t = AuthorList.collapse(e.text());
            if (Titles.isTitle(t) && text.startsWith(t) && !AuthorList.isNameList(t)) {
                String rest = CLOSING_QUOTES_AND_BY.matcher(text.substring(t.length())).replaceFirst("");
                if (AuthorList.isNameList(rest)) {
                    return Optional.of(Draft.of(t, rest, line, Titles.anchorIn(line, t), List.of(line)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Draft> parenthesised(Line line) {
        Matcher parens = TITLE_THEN_PARENS.matcher(line.text());
        return parens.matches() && AuthorList.isNameList(parens.group(2))
                ? draft(line, parens.group(1), parens.group(2)) : Optional.empty();
    }

    /** Tries every "by" (or dash) in turn, so "Learning by Doing by A and B" splits at the right one. */
    private static Optional<Draft> split(Line line, Pattern separator) {
        String text = line.text();
        Matcher m = separator.matcher(text);
        while (m.find()) {
            String authors = TRAILING_STOP.matcher(text.substring(m.end())).replaceAll("");
            Optional<Draft> d = AuthorList.isNameList(authors) ? draft(line, text.substring(0, m.start()), authors)
                    : Optional.empty();
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Draft> draft(Line line, String title, String authors) {
        String t = Titles.clean(title);
        if (!Titles.isTitle(t) || t.split(" ").length < 2 || AuthorList.isNameList(t) || Titles.isSentence(t)) {
            return Optional.empty();
        }
        return Optional.of(Draft.of(t, authors, line, Titles.anchorIn(line, t), List.of(line)));
    }
}
