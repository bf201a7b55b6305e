package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.model.VenueCatalog;

/**
 * Finds award rows in a page's lines. Award labels (headings, table cells, bold or stand-alone
 * lines) open scopes; inside them an entry is a sentence "… to A, B and C for their paper
 * Title", a line "Title (A, B)" / "Title by A, B" / "Title – A, B", or a title line (a link, a
 * bold span or a short plain line) followed by an author line.
 */
final class EntryFinder {
    private static final Pattern CREDIT = Pattern.compile("(?i)\\bfor\\s+(?:their|his|her|its|the)\\s+"
            + "(?:[\\p{L}\\p{N}'’\\-]+\\s+){0,3}?(?:paper|work|article|publication|contribution|submission)s?\\b"
            + "\\s*(?:(?:entitled|titled|called)\\s*)?[,:]?\\s*");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^for\\s*[:,]?$");
    private static final Pattern NAMES_START = Pattern.compile("(?i)(?:\\b(?:to|by|are|is|were|was)\\b|:)\\s+");
    private static final Pattern QUOTED = Pattern.compile("^\\s*[\"“‘'«]([^\"”’»]{4,300})[\"”’»]");
    private static final Pattern TITLE_THEN_PARENS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*[.;,]?$");
    private static final Pattern BY = Pattern.compile("(?i),?\\s+by\\s+");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern AFTER_TITLE_BY = Pattern.compile("(?i)^[\\s\"”’»]*,?\\s*by\\s+(.+?)"
            + "(?:[.;]\\s|[.;]?$|\\s+for\\s|\\s+at\\s|\\s+which\\s|\\s+and\\s+is\\s)");
    private static final Pattern SENTENCES = Pattern.compile(".*[.!?]\\s+\\p{Lu}.*");

    private final VenueCatalog catalog;

    EntryFinder(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rows found: those under an award, and how many title + author entries were under none. */
    record Findings(List<Entry> awarded, int unawarded) {
        int total() {
            return awarded.size() + unawarded;
        }
    }

    /** A row before it is placed under an award; {@code extra} counts the lines after the current one it used. */
    private record Draft(String title, String authors, Line titleLine, Optional<Line.Anchor> anchor,
            List<Line> lines, int extra) {
        Draft(String title, String authors, Line titleLine, Optional<Line.Anchor> anchor, List<Line> lines) {
            this(title, authors, titleLine, anchor, lines, lines.size() - 1);
        }
    }

    Findings find(List<Line> lines, Optional<String> pageTitle) {
        LabelScope scope = new LabelScope();
        pageTitle.flatMap(t -> AwardLabel.read(t, catalog)).ifPresent(l -> scope.enterHeading(0, l));
        List<Entry> awarded = new ArrayList<>();
        int unawarded = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<AwardLabel> label = labelOf(line);
            if (label.isPresent()) {
                enter(scope, line, label.get());
                continue;
            }
            List<Draft> drafts = credits(lines, i);
            if (!drafts.isEmpty()) {
                scope.note(line.text());
            } else {
                drafts = inline(line);
            }
            if (drafts.isEmpty() && i + 1 < lines.size()) {
                drafts = pair(lines, i);
            }
            if (drafts.isEmpty()) {
                passOver(scope, line);
                continue;
            }
            i += drafts.stream().mapToInt(Draft::extra).max().orElse(0);
            for (Draft d : drafts) {
                rowLabel(d.titleLine()).ifPresent(scope::enterRunIn);
                Optional<LabelScope.Resolved> award = scope.resolve();
                if (award.isPresent()) {
                    awarded.add(new Entry(d.title(), d.authors(), d.titleLine(), d.anchor(), d.lines(), award.get()));
                } else {
                    unawarded++;
                }
            }
        }
        return new Findings(awarded, unawarded);
    }

    private static void enter(LabelScope scope, Line line, AwardLabel label) {
        if (line.isHeading()) {
            scope.enterHeading(line.headingLevel(), label);
        } else {
            scope.enterRunIn(label);
        }
    }

    private static void passOver(LabelScope scope, Line line) {
        if (line.isHeading()) {
            scope.enterPlain(line.headingLevel());
        } else {
            scope.note(line.text());
        }
    }

    /** A line that can carry a label: a heading, a whole cell/paragraph/item, or a bold run-in line. */
    Optional<AwardLabel> labelOf(Line line) {
        boolean placed = line.isHeading() || (line.anchors().isEmpty() && (line.wholeBlock() || line.fullyEmphasised()));
        return placed && line.words() <= 14 ? AwardLabel.read(line.text(), catalog) : Optional.empty();
    }

    /** A label in another cell of the title's table row ("Best Paper | Title | Authors"). */
    private Optional<AwardLabel> rowLabel(Line titleLine) {
        Element row = titleLine.block().closest("tr");
        if (row == null) {
            return Optional.empty();
        }
        for (Element cell : row.children()) {
            if (!cell.normalName().matches("td|th") || titleLine.block().closest("td, th") == cell) {
                continue;
            }
            String text = AuthorList.collapse(cell.text());
            Optional<AwardLabel> label = text.split(" ").length <= 14 ? AwardLabel.read(text, catalog) : Optional.empty();
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    // ---- "… to A, B and C for their paper Title" / "the paper Title by A and B"

    private List<Draft> credits(List<Line> lines, int at) {
        Line line = lines.get(at);
        List<Draft> out = new ArrayList<>();
        String text = line.text();
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
            from = m.end();
        }
        if (out.isEmpty() && CONNECTOR.matcher(text).matches()) {
            String names = namesAbove(lines, at);
            if (!names.isEmpty()) {
                titleBelow(lines, at, text.length(), names).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            out.addAll(titlesThenBy(line));
        }
        return out;
    }

    /** Names on the line above a "for their paper" line ("**A**, **B**, and **C**" / "for their paper" / Title). */
    private static String namesAbove(List<Line> lines, int at) {
        return at > 0 && AuthorList.isNameList(lines.get(at - 1).text()) ? lines.get(at - 1).text() : "";
    }

    /** The title on the next line when the credit phrase ends its line. */
    private static Optional<Draft> titleBelow(List<Line> lines, int at, int phraseEnd, String names) {
        Line line = lines.get(at);
        if (phraseEnd < line.text().length() || at + 1 >= lines.size()) {
            return Optional.empty();
        }
        Line next = lines.get(at + 1);
        return titleOf(next).map(s -> new Draft(cleanTitle(s.text()), names, next, s.anchor(),
                List.of(line, next), 1));
    }

    private static String namesBefore(String before) {
        Matcher m = NAMES_START.matcher(before);
        int start = -1;
        while (m.find()) {
            start = m.end();
        }
        String candidate = start >= 0 ? before.substring(start) : before;
        return AuthorList.isNameList(candidate) ? candidate.strip() : "";
    }

    private static Optional<Draft> titleAfter(Line line, int at, String names) {
        String text = line.text();
        for (Line.Anchor a : line.anchors()) {
            int pos = text.indexOf(a.text(), Math.max(0, at - 2));
            if (pos >= 0 && pos - at <= 3 && isTitleText(a.text())) {
                return Optional.of(new Draft(cleanTitle(a.text()), names, line, Optional.of(a), List.of(line)));
            }
        }
        Matcher q = QUOTED.matcher(text.substring(at));
        if (q.find()) {
            return Optional.of(new Draft(cleanTitle(q.group(1)), names, line, anchorIn(line, q.group(1)), List.of(line)));
        }
        for (Element e : line.emphases()) {
            String t = AuthorList.collapse(e.text());
            int pos = text.indexOf(t, Math.max(0, at - 2));
            if (pos >= 0 && pos - at <= 3 && isTitleText(t)) {
                return Optional.of(new Draft(cleanTitle(t), names, line, anchorIn(line, t), List.of(line)));
            }
        }
        return Optional.empty();
    }

    private static List<Draft> titlesThenBy(Line line) {
        List<Draft> out = new ArrayList<>();
        String text = line.text();
        for (Line.Anchor a : line.anchors()) {
            int pos = text.indexOf(a.text());
            if (pos < 0 || !isTitleText(a.text())) {
                continue;
            }
            Matcher by = AFTER_TITLE_BY.matcher(text.substring(pos + a.text().length()));
            if (by.find() && AuthorList.isNameList(by.group(1))) {
                out.add(new Draft(cleanTitle(a.text()), by.group(1), line, Optional.of(a), List.of(line)));
            }
        }
        return out;
    }

    // ---- "Title (A, B)", "Title by A, B", "Title – A, B" on one line

    private static List<Draft> inline(Line line) {
        String text = line.text();
        if (line.words() > 80) {
            return List.of();
        }
        Optional<Draft> leading = leadingSpan(line);
        if (leading.isPresent()) {
            return List.of(leading.get());
        }
        Matcher parens = TITLE_THEN_PARENS.matcher(text);
        if (parens.matches() && AuthorList.isNameList(parens.group(2))) {
            Optional<Draft> d = draft(line, parens.group(1), parens.group(2));
            if (d.isPresent()) {
                return List.of(d.get());
            }
        }
        for (Pattern split : List.of(BY, DASH)) {
            Matcher m = split.matcher(text);
            while (m.find()) {
                String authors = text.substring(m.end()).replaceAll("[.;]$", "");
                if (AuthorList.isNameList(authors)) {
                    Optional<Draft> d = draft(line, text.substring(0, m.start()), authors);
                    if (d.isPresent()) {
                        return List.of(d.get());
                    }
                }
            }
        }
        return List.of();
    }

    /** "<i>Title</i>, A, B and C." / "<a>Title</a>. A and B": a marked title opening the line, names after it. */
    private static Optional<Draft> leadingSpan(Line line) {
        List<Element> spans = new ArrayList<>(line.emphases());
        line.anchors().forEach(a -> spans.add(a.element()));
        for (Element e : spans) {
            String t = AuthorList.collapse(e.text());
            String text = line.text().replaceFirst("^[\"“‘'«\\s]+", "");
            if (isTitleText(t) && text.startsWith(t) && !AuthorList.isNameList(t)) {
                String rest = text.substring(t.length()).replaceFirst("^[\"”’'»\\s,.:;\\-–—]+(?:(?i)by\\s+)?", "");
                if (AuthorList.isNameList(rest)) {
                    return Optional.of(new Draft(cleanTitle(t), rest, line, anchorIn(line, t), List.of(line)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Draft> draft(Line line, String title, String authors) {
        String t = cleanTitle(title);
        if (!isTitleText(t) || t.split(" ").length < 2 || AuthorList.isNameList(t) || SENTENCES.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(t, authors, line, anchorIn(line, t), List.of(line)));
    }

    // ---- a title line, then an author line

    private List<Draft> pair(List<Line> lines, int at) {
        Line line = lines.get(at);
        Line next = lines.get(at + 1);
        Optional<Spot> spot = titleOf(line);
        if (spot.isEmpty()) {
            return List.of();
        }
        Spot s = spot.get();
        String rest = line.text().replace(s.text(), " ").replaceAll("^[\\s,.:;\\-–—]+", "");
        if (s.marked() && AuthorList.isNameList(rest)) {
            return List.of(new Draft(cleanTitle(s.text()), rest, line, s.anchor(), withLinkLines(lines, at, 1)));
        }
        if (!next.isHeading() && labelOf(next).isEmpty() && AuthorList.isNameList(next.text())) {
            return List.of(new Draft(cleanTitle(s.text()), next.text(), line, s.anchor(), withLinkLines(lines, at, 2)));
        }
        return List.of();
    }

    /** The entry's lines and the "[pdf] [code]" or bare-URL lines right after them. */
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
        return rest.matches("[\\s\\[\\]()|/·•,;:-]*");
    }

    /** Where a title sits in a line: a link or bold span covering most of it, or the whole plain line. */
    private record Spot(String text, Optional<Line.Anchor> anchor, boolean marked) {
    }

    private static Optional<Spot> titleOf(Line line) {
        if (line.words() > 60) {
            return Optional.empty();
        }
        Optional<Line.Anchor> a = line.mainAnchor(0.5).filter(x -> isTitleText(x.text()));
        if (a.isPresent()) {
            return Optional.of(new Spot(a.get().text(), a, true));
        }
        for (Element e : line.emphases()) {
            String t = AuthorList.collapse(e.text());
            if (t.length() >= line.text().length() * 0.5 && isTitleText(t)) {
                return Optional.of(new Spot(t, anchorIn(line, t), true));
            }
        }
        boolean linkHeavy = line.anchors().stream().anyMatch(x -> x.text().length() >= line.text().length() * 0.3);
        String t = line.text();
        if (!linkHeavy && isTitleText(t) && t.length() <= 250 && line.words() >= 2 && !AuthorList.isNameList(t)
                && !SENTENCES.matcher(t).matches() && !t.matches(".*[.:!]$") && !AwardLabel.mentionsAward(t)) {
            return Optional.of(new Spot(t, Optional.empty(), false));
        }
        return Optional.empty();
    }

    private static Optional<Line.Anchor> anchorIn(Line line, String title) {
        return line.anchors().stream()
                .filter(a -> isTitleText(a.text()) && (title.contains(a.text()) || a.text().contains(title)))
                .findFirst();
    }

    static boolean isTitleText(String text) {
        String t = text.strip();
        return t.length() >= 4 && t.split(" ").length <= 40 && t.matches(".*\\p{L}{2,}.*")
                && !EntryLinks.isLinkLabel(t) && !t.matches("(?i)^(https?:|www\\.).*");
    }

    static String cleanTitle(String text) {
        String t = AuthorList.collapse(text);
        t = t.replaceAll("^[\"“‘'«\\s]+|[\"”’'»\\s]+$", "");
        t = t.replaceAll("[.,;:]+$", "");
        return t.strip();
    }
}
