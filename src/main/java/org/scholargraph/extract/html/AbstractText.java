package org.scholargraph.extract.html;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;

/**
 * The abstract shown with an award row (a card's "abstract" block), as plain text: MathJax's
 * hidden copies of each formula and its scripts removed so "2.5%" is read once.
 */
final class AbstractText {
    private static final String HIDDEN = "script, style, .MathJax_Preview, .MJX_Assistive_MathML, "
            + ".mjx-assistive-mathml, mjx-assistive-mml";
    private static final int SHORTEST = 40;
    private static final Pattern ABSTRACT_LABEL = Pattern.compile("(?i)^abstract\\s*[:.\\-–]?\\s*");

    private AbstractText() {
    }

    static Optional<String> in(Element container) {
        return container.select("[class*=abstract], [id*=abstract]").stream()
                .filter(e -> !e.normalName().equals("a"))
                .map(AbstractText::plain)
                .filter(t -> t.length() >= SHORTEST)
                .max(Comparator.comparingInt(String::length));
    }

    private static String plain(Element element) {
        Element copy = element.clone();
        copy.select(HIDDEN).remove();
        return ABSTRACT_LABEL.matcher(AuthorList.collapse(copy.text())).replaceFirst("");
    }
}
