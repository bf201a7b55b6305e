package org.scholargraph.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.scholargraph.extract.AuthorList;

/**
 * Reads a DOM into the lines a reader sees: a new line at every block element and {@code <br>}
 * (and at line breaks inside {@code <pre>}), skipping scripts, styles, navigation, forms and the
 * hidden copies MathJax keeps of each formula.
 */
final class LineReader implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "head", "nav", "form", "button", "select", "iframe", "object", "textarea");
    private static final Set<String> EMPHASIS = Set.of("b", "strong", "em", "i", "u", "mark");
    private static final Set<String> MATHJAX_COPIES = Set.of("MathJax_Preview", "MJX_Assistive_MathML",
            "mjx-assistive-mathml");

    private final List<Line> lines = new ArrayList<>();
    private final Deque<Element> blocks = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Element> anchors = new ArrayList<>();
    private final List<Element> emphases = new ArrayList<>();
    private Element lineBlock;
    private int preformatted;

    private LineReader() {
    }

    static List<Line> read(Element root) {
        LineReader reader = new LineReader();
        root.filter(reader);
        reader.flush();
        return List.copyOf(reader.lines);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText(), preformatted > 0);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        if (SKIPPED.contains(e.normalName()) || e.classNames().stream().anyMatch(MATHJAX_COPIES::contains)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (e.normalName().equals("br")) {
            flush();
        } else if (BLOCKS.contains(e.normalName())) {
            flush();
            blocks.push(e);
            preformatted += e.normalName().equals("pre") ? 1 : 0;
        } else if (e.normalName().equals("a") && e.hasAttr("href")) {
            anchors.add(e);
        } else if (EMPHASIS.contains(e.normalName())) {
            emphases.add(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !blocks.isEmpty()) {
            flush();
            blocks.pop();
            preformatted -= e.normalName().equals("pre") ? 1 : 0;
        }
        return FilterResult.CONTINUE;
    }

    private void append(String raw, boolean preformatted) {
        String[] parts = preformatted ? raw.split("\n", -1) : new String[] {raw};
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                flush();
            }
            if (!parts[i].isBlank() && lineBlock == null) {
                lineBlock = blocks.peek();
            }
            text.append(parts[i]);
        }
    }

    private void flush() {
        String line = AuthorList.collapse(text.toString());
        text.setLength(0);
        if (!line.isEmpty() && lineBlock != null) {
            lines.add(new Line(line, lineBlock, within(anchors, line).stream()
                    .map(a -> new Line.Anchor(a, AuthorList.collapse(a.text()))).toList(), within(emphases, line)));
        }
        lineBlock = null;
        anchors.clear();
        emphases.clear();
    }

    private static List<Element> within(List<Element> elements, String line) {
        return elements.stream().filter(e -> {
            String t = AuthorList.collapse(e.text());
            return !t.isEmpty() && line.contains(t);
        }).toList();
    }
}
