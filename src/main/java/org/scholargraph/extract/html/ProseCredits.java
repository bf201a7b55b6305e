package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;

/**
 * Award rows stated in prose: "Congratulations to A, B, and C for their paper <a>Title</a>",
 * "… goes to A (MIT) and B for their 2015 ICLR paper “Title”", the same spread over paragraphs
 * ("A, B, and C" / "for their paper" / Title), and "the paper <a>Title</a> by A and B".
 */
final class ProseCredits {
    private static final Pattern CREDIT = Pattern.compile("(?i)\\bfor\\s+(?:their|his|her|its|the)\\s+"
            + "(?:[\\p{L}\\p{N}'’\\-]+\\s+){0,3}?(?:paper|work|article|publication|contribution|submission)s?\\b"
            + "\\s*(?:(?:entitled|titled|called)\\s*)?[,:]?\\s*");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^for\\s*[:,]?$");
    private static final Pattern NAMES_START = Pattern.compile("(?i)(?:\\b(?:to|by|are|is|were|was)\\b|:)\\s+");
    private static final Pattern QUOTED = Pattern.compile("^\\s*[\"“‘'«]([^\"”’»]{4,300})[\"”’»]");
    private static final Pattern AFTER_TITLE_BY = Pattern.compile("(?i)^[\\s\"”’»]*,?\\s*by\\s+(.+?)"
            + "(?:[.;]\\s|[.;]?$|\\s+for\\s|\\s+at\\s|\\s+which\\s|\\s+and\\s+is\\s)");

    private ProseCredits() {
    }

    /** The rows credited in the line at {@code at} (reading the lines around it when the credit is spread). */
    static List<Draft> at(List<Line> lines, int at) {
        Line line = lines.get(at);
        String text = line.text();
        List<Draft> out = new ArrayList<>();
        Matcher m = CREDIT.matcher(text);
        int from = 0;
        while (m.find()) {
            String before = namesBefore(text.substring(from, m.start()));
            String names = before.isEmpty() && from == 0 && text.substring(0, m.start()).isBlank()
                    ? namesAbove(lines, at) : before;
            int end = m.end();
            if (!names.isEmpty()) {
                titleAfter(line, end, names).or(() -> titleBelow(lines, at, end, names)).ifPresent(out::add);
            }
            from = end;
        }
        if (out.isEmpty() && CONNECTOR.matcher(text).matches()) {
            String names = namesAbove(lines, at);
            if (!names.isEmpty()) {
                titleBelow(lines, at, text.length(), names).ifPresent(out::add);
            }
        }
        return out.isEmpty() ? titlesThenBy(line) : out;
    }

    /** The names right before "for their paper": after the last "to", "by", "are"… ("goes to A and B"). */
    private static String namesBefore(String before) {
        Matcher m = NAMES_START.matcher(before);
        int start = -1;
        while (m.find()) {
            start = m.end();
        }
        String candidate = start >= 0 ? before.substring(start) : before;
        return AuthorList.isNameList(candidate) ? candidate.strip() : "";
    }

    /** Names on the line above a line that starts with "for their paper". */
    private static String namesAbove(List<Line> lines, int at) {
        return at > 0 && AuthorList.isNameList(lines.get(at - 1).text()) ? lines.get(at - 1).text() : "";
    }

    /** The title right after the phrase: a link, a quoted string or an emphasised span. */
    private static Optional<Draft> titleAfter(Line line, int at, String names) {
        String text = line.text();
        for (Line.Anchor a : line.anchors()) {
            if (startsNear(text, a.text(), at) && Titles.isTitle(a.text())) {
                return Optional.of(Draft.of(a.text(), names, line, Optional.of(a), List.of(line)));
            }
        }
        Matcher q = QUOTED.matcher(text.substring(at));
        if (q.find()) {
            return Optional.of(Draft.of(q.group(1), names, line, Titles.anchorIn(line, q.group(1)), List.of(line)));
        }
        for (Element e : line.emphases()) {
            String t = AuthorList.collapse(e.text());
            if (startsNear(text, t, at) && Titles.isTitle(t)) {
                return Optional.of(Draft.of(t, names, line, Titles.anchorIn(line, t), List.of(line)));
            }
        }
        return Optional.empty();
    }

    private static boolean startsNear(String text, String part, int at) {
        int pos = text.indexOf(part, Math.max(0, at - 2));
        return pos >= 0 && pos - at <= 3;
    }

    /** The title on the next line when the phrase ends its line. */
    private static Optional<Draft> titleBelow(List<Line> lines, int at, int phraseEnd, String names) {
        Line line = lines.get(at);
        if (phraseEnd < line.text().length() || at + 1 >= lines.size()) {
            return Optional.empty();
        }
        Line next = lines.get(at + 1);
        return Titles.in(next).map(s -> Draft.of(s.text(), names, next, s.anchor(), List.of(line, next)));
    }

    /** "… the paper <a>Title</a> by A, B and C." */
    private static List<Draft> titlesThenBy(Line line) {
        List<Draft> out = new ArrayList<>();
        String text = line.text();
        for (Line.Anchor a : line.anchors()) {
            int pos = text.indexOf(a.text());
            if (pos < 0 || !Titles.isTitle(a.text())) {
                continue;
            }
            Matcher by = AFTER_TITLE_BY.matcher(text.substring(pos + a.text().length()));
            if (by.find() && AuthorList.isNameList(by.group(1))) {
                out.add(Draft.of(a.text(), by.group(1), line, Optional.of(a), List.of(line)));
            }
        }
        return out;
    }
}
