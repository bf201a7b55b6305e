package org.scholargraph.extract.html;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;

/** Where a paper title sits in a line, and what can be one (not "[pdf]", a URL, a sentence, a name list). */
final class Titles {
    private static final Pattern SENTENCES = Pattern.compile(".*[.!?]\\s+\\p{Lu}.*");
    private static final Pattern ENDS_WITH_STOP = Pattern.compile(".*[.:!]$");
    private static final Pattern TWO_LETTERS = Pattern.compile(".*\\p{L}{2,}.*");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?:|www\\.).*");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“‘'«\\s]+|[\"”’'»\\s]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

    /** A title in a line: a link or bold span covering most of it ({@code marked}), or the whole plain line. */
    record Spot(String text, Optional<Line.Anchor> anchor, boolean marked) {
    }

    private Titles() {
    }

    static Optional<Spot> in(Line line) {
        if (line.words() > 60) {
            return Optional.empty();
        }
        Optional<Line.Anchor> a = line.mainAnchor(0.5).filter(x -> isTitle(x.text()));
        if (a.isPresent()) {
            return Optional.of(new Spot(a.get().text(), a, true));
        }
        for (Element e : line.emphases()) {
            String t = AuthorList.collapse(e.text());
            if (t.length() >= line.text().length() * 0.5 && isTitle(t)) {
                return Optional.of(new Spot(t, anchorIn(line, t), true));
            }
        }
        boolean linkHeavy = line.anchors().stream().anyMatch(x -> x.text().length() >= line.text().length() * 0.3);
        String t = line.text();
        if (!linkHeavy && t.length() <= 250 && line.words() >= 2 && isPlainTitle(t)) {
            return Optional.of(new Spot(t, Optional.empty(), false));
        }
        return Optional.empty();
    }

    /** An unmarked line read as a title must not look like names, a sentence, a lead-in or an award label. */
    static boolean isPlainTitle(String t) {
        return isTitle(t) && !AuthorList.isNameList(t) && !SENTENCES.matcher(t).matches()
                && !ENDS_WITH_STOP.matcher(t).matches() && !AwardLabel.mentionsAward(t);
    }

    static boolean isSentence(String t) {
        return SENTENCES.matcher(t).matches();
    }

    static boolean isTitle(String text) {
        String t = text.strip();
        return t.length() >= 4 && t.split(" ").length <= 40 && TWO_LETTERS.matcher(t).matches()
                && !EntryLinks.isLinkLabel(t) && !ADDRESS.matcher(t).matches();
    }

    /** The link on a title, when one of the line's links is the title or inside it. */
    static Optional<Line.Anchor> anchorIn(Line line, String title) {
        return line.anchors().stream()
                .filter(a -> isTitle(a.text()) && (title.contains(a.text()) || a.text().contains(title)))
                .findFirst();
    }

    static String clean(String text) {
        String t = AuthorList.collapse(text);
        t = EDGE_QUOTES.matcher(t).replaceAll("");
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
        return t.strip();
    }
}
