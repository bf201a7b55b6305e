package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits an element into {@link Line}s the way a reader sees them: block elements and {@code <br>}
 * end a line, and so do elements whose class names a field (a {@code span.title}, {@code
 * span.journal-info}, {@code span.year}: hand-written pages set fields side by side in inline spans).
 */
final class Lines {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
            "legend", "menu", "br", "html");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "head", "button", "select", "option", "iframe", "object", "video", "audio", "canvas", "input",
            "textarea", "title");
    private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i", "u", "mark");
    /** Class words that name a field of an entry; an element carrying one is a line of its own. */
    private static final Set<String> FIELD_CLASSES = Set.of("journal", "venue", "year", "date", "link", "links",
            "periodical", "booktitle", "conference", "conf", "publication", "desc", "description", "award",
            "awards", "honor", "honors", "oral", "badge", "note", "notes", "abstract", "doi", "metadata", "authors",
            "btn", "label", "tag", "tags", "status", "venue-info", "pub");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)");
    private static final Pattern UNDERLINE_STYLE = Pattern.compile("text-decoration\\s*:\\s*underline");
    private static final Pattern CLASS_WORD_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u200b]+");

    private Lines() {
    }

    static List<Line> of(Element root) {
        return of(root, Set.of());
    }

    /** Lines of {@code root}; {@code boundaries} are extra elements that get lines of their own. */
    static List<Line> of(Element root, Set<Element> boundaries) {
        Builder builder = new Builder(root);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    builder.append(text);
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    if (SKIPPED.contains(el.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isBoundary(el, boundaries)) {
                        builder.flush();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && isBoundary(el, boundaries)) {
                    builder.flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        builder.flush();
        return builder.lines;
    }

    static boolean isBoundary(Element el, Set<Element> extra) {
        String name = el.normalName();
        if (BLOCKS.contains(name) || extra.contains(el)) {
            return true;
        }
        if (!el.tag().isKnownTag() && (name.contains("heading") || name.contains("title"))) {
            return true;
        }
        return hasFieldClass(el) || isFloated(el);
    }

    static boolean hasFieldClass(Element el) {
        for (String cls : el.classNames()) {
            String c = cls.toLowerCase(Locale.ROOT);
            if (c.contains("title")) {
                return true;
            }
            for (String word : CLASS_WORD_SEPARATOR.split(c)) {
                if (FIELD_CLASSES.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFloated(Element el) {
        String style = el.attr("style").toLowerCase(Locale.ROOT);
        return style.contains("float") || style.contains("display:block") || style.contains("display: block");
    }

    static boolean emphasized(Node node, Element root) {
        for (Element e = node.parentElement(); e != null; e = e.parent()) {
            if (EMPHASIS.contains(e.normalName())) {
                return true;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT);
            if (!style.isEmpty() && (BOLD_STYLE.matcher(style).find() || UNDERLINE_STYLE.matcher(style).find())) {
                return true;
            }
            if (e == root) {
                break;
            }
        }
        return false;
    }

    private static boolean within(Node node, Element root, String tag) {
        for (Element e = node.parentElement(); e != null; e = e.parent()) {
            if (e.normalName().equals(tag) && (!tag.equals("a") || e.hasAttr("href"))) {
                return true;
            }
            if (e == root) {
                break;
            }
        }
        return false;
    }

    /** Accumulates text nodes into the current line. */
    private static final class Builder {
        private final Element root;
        private final List<Line> lines = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private List<Line.Piece> pieces = new ArrayList<>();

        Builder(Element root) {
            this.root = root;
        }

        void append(TextNode node) {
            String t = WHITESPACE.matcher(node.getWholeText().replace('\u00a0', ' ')).replaceAll(" ");
            if (t.isEmpty()) {
                return;
            }
            if (t.charAt(0) == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                t = t.substring(1);
                if (t.isEmpty()) {
                    return;
                }
            }
            if (needsSpace(node, t)) {
                text.append(' ');
            }
            int start = text.length();
            text.append(t);
            pieces.add(new Line.Piece(node, start, text.length(), emphasized(node, root), within(node, root, "a"),
                    within(node, root, "sup")));
        }

        /** Two words from different elements with nothing between them ("ICLR" "Oral") stay two words. */
        private boolean needsSpace(TextNode node, String t) {
            if (pieces.isEmpty() || text.length() == 0) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            Line.Piece prev = pieces.get(pieces.size() - 1);
            return Character.isLetterOrDigit(last) && Character.isLetterOrDigit(t.charAt(0))
                    && prev.node().parent() != node.parent();
        }

        void flush() {
            if (!pieces.isEmpty() && !text.toString().isBlank()) {
                lines.add(new Line(text.toString(), pieces, blockOf(pieces.get(0).node())));
            }
            text = new StringBuilder();
            pieces = new ArrayList<>();
        }

        private Element blockOf(Node node) {
            for (Element e = node.parentElement(); e != null; e = e.parent()) {
                if (e == root || isBoundary(e, Set.of())) {
                    return e;
                }
            }
            return root;
        }
    }
}
