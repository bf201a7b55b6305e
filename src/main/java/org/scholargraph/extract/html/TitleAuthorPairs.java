package org.scholargraph.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;

/**
 * Award rows laid out as a title line (a link, a bold span or a short plain line) followed by
 * an author line — or with the authors after a marked title on the same line — plus the
 * "[pdf] [code]" or bare-URL lines right after them.
 */
final class TitleAuthorPairs {
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:;\\-–—]+");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("[\\s\\[\\]()|/·•,;:-]*");

    private final Predicate<Line> isLabel;

    /** {@code isLabel} tells award-label lines, which are never author lines. */
    TitleAuthorPairs(Predicate<Line> isLabel) {
        this.isLabel = isLabel;
    }

    Optional<Draft> at(List<Line> lines, int at) {
        if (at + 1 >= lines.size()) {
            return Optional.empty();
        }
        Line line = lines.get(at);
        Line next = lines.get(at + 1);
        Optional<Titles.Spot> spot = Titles.in(line);
        if (spot.isEmpty()) {
            return Optional.empty();
        }
        Titles.Spot s = spot.get();
        String rest = LEADING_PUNCTUATION.matcher(line.text().replace(s.text(), " ")).replaceAll("");
        if (s.marked() && AuthorList.isNameList(rest)) {
            return Optional.of(Draft.of(s.text(), rest, line, s.anchor(), withLinkLines(lines, at, 1)));
        }
        if (!next.isHeading() && !isLabel.test(next) && AuthorList.isNameList(next.text())) {
            return Optional.of(Draft.of(s.text(), next.text(), line, s.anchor(), withLinkLines(lines, at, 2)));
        }
        return Optional.empty();
    }

    private static List<Line> withLinkLines(List<Line> lines, int from, int taken) {
        int end = from + taken;
        while (end < lines.size() && linksOnly(lines.get(end))) {
            end++;
        }
        return lines.subList(from, end);
    }

    private static boolean linksOnly(Line line) {
        if (line.anchors().isEmpty() || line.anchors().stream().anyMatch(a -> !EntryLinks.isLinkLabel(a.text()))) {
            return false;
        }
        String rest = line.text();
        for (Line.Anchor a : line.anchors()) {
            rest = rest.replace(a.text(), " ");
        }
        return ONLY_SEPARATORS.matcher(rest).matches();
    }
}
