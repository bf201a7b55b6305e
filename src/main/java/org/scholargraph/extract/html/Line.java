package org.scholargraph.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;

/**
 * One visual line of a page: the text of a heading, cell, list item or paragraph, or of a part
 * of one between {@code <br>}s, with the links and emphasised spans inside it.
 *
 * @param text the line's text, white space collapsed
 * @param block the innermost block element the line belongs to
 * @param anchors links with text inside the line, in order
 * @param emphases bold/italic elements with text inside the line, in order
 */
record Line(String text, Element block, List<Anchor> anchors, List<Element> emphases) {
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");

    /** A link in a line: the element and its text, white space collapsed. */
    record Anchor(Element element, String text) {
        String href() {
            return element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
        }
    }

    Line {
        anchors = List.copyOf(anchors);
        emphases = List.copyOf(emphases);
    }

    /** 1–6 for a line in a heading element, 0 otherwise. */
    int headingLevel() {
        for (Element e = block; e != null; e = e.parent()) {
            if (HEADING_TAG.matcher(e.normalName()).matches()) {
                return e.normalName().charAt(1) - '0';
            }
        }
        return 0;
    }

    /** The line is all the text of its block (a cell, a heading, a list item…). Not cheap: ask last. */
    boolean wholeBlock() {
        return AuthorList.collapse(block.text()).equals(text);
    }

    boolean isHeading() {
        return headingLevel() > 0;
    }

    /** The line is bold or italic from end to end, as a run-in label ("<b>Best Paper</b><br>…"). */
    boolean fullyEmphasised() {
        return emphases.stream().anyMatch(e -> AuthorList.collapse(e.text()).length() >= text.length() * 0.9);
    }

    /** The first link whose text covers at least that share of the line. */
    Optional<Anchor> mainAnchor(double share) {
        return anchors.stream().filter(a -> a.text().length() >= text.length() * share).findFirst();
    }

    /** The rest of this line after its first {@code length} characters, keeping the links and emphases in it. */
    Line after(int length) {
        String rest = text.substring(Math.min(length, text.length())).strip();
        return new Line(rest, block, anchors.stream().filter(a -> rest.contains(a.text())).toList(),
                emphases.stream().filter(e -> rest.contains(AuthorList.collapse(e.text()))).toList());
    }

    int words() {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
