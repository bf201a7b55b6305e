package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders Markdown that carries inline HTML into lines, as a reader of the rendered page would
 * see them: block elements and {@code <br>} break lines, bold becomes {@code **…**}, headings get
 * Markdown hashes, scripts and comments vanish. Text outside any element is Markdown, so its own
 * line breaks are kept; text inside elements follows HTML whitespace rules. Each line carries the
 * source line its first words come from (jsoup position tracking).
 */
final class HtmlLines implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "dl", "blockquote", "pre", "section", "article",
            "header", "footer", "nav", "hr", "main", "aside", "figure", "figcaption", "tbody", "thead");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg", "img");
    private static final Set<String> BOLD = Set.of("strong", "b");
    private static final Pattern MARKDOWN_BLOCK = Pattern.compile("^\\s{0,3}(?:#{1,6}\\s|[-*+]\\s|\\d{1,3}\\.\\s)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EMPTY_BOLD = Pattern.compile("\\*\\*\\s*\\*\\*");
    private static final Pattern PADDED_BOLD = Pattern.compile("\\*\\*\\s*(\\S[^*]*?)\\s*\\*\\*");

    private final List<Line> lines = new ArrayList<>();
    private final List<Anchor> anchors = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLine = -1;
    private final List<Integer> anchorStarts = new ArrayList<>();

    private HtmlLines() {
    }

    static List<Line> render(String text) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        HtmlLines r = new HtmlLines();
        NodeTraversor.filter(r, doc.body());
        r.flush();
        return r.lines;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            openElement(e, tag);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            closeElement(e, e.normalName());
        }
        return FilterResult.CONTINUE;
    }

    private void openElement(Element e, String tag) {
        if (BLOCKS.contains(tag)) {
            flush();
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            current.append("#".repeat(tag.charAt(1) - '0')).append(' ');
        } else if (BOLD.contains(tag)) {
            current.append("**");
        } else if (tag.equals("a")) {
            anchorStarts.add(current.length());
        }
    }

    private void closeElement(Element e, String tag) {
        if (BOLD.contains(tag)) {
            current.append("**");
        } else if (tag.equals("a") && !anchorStarts.isEmpty()) {
            int start = Math.min(anchorStarts.remove(anchorStarts.size() - 1), current.length());
            String label = Markup.plain(current.substring(start));
            String href = e.attr("href").strip();
            if (!href.isEmpty() && !href.toLowerCase(Locale.ROOT).startsWith("javascript")) {
                anchors.add(new Anchor(label, href));
            }
        }
        if (BLOCKS.contains(tag)) {
            flush();
        }
    }

    private void text(TextNode t) {
        String raw = t.getWholeText();
        int line = t.sourceRange().isTracked() ? t.sourceRange().start().lineNumber() : -1;
        boolean markdown = t.parent() != null && t.parent().normalName().equals("body");
        String[] parts = LINE_BREAK.split(raw, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && (markdown || breaksBlock(parts, i))) {
                flush();
            } else if (i > 0) {
                current.append(' ');
            }
            start(line < 0 ? line : line + i, parts[i]);
            current.append(markdown ? parts[i] : WHITESPACE.matcher(parts[i]).replaceAll(" "));
        }
    }

    /**
     * Inside an element a line break is a space, except where Markdown starts a new block: after
     * a blank line, or before a heading or a list item. So a list left unclosed does not swallow
     * the Markdown headings after it.
     */
    private static boolean breaksBlock(String[] parts, int i) {
        boolean afterBlankLine = i >= 2 && parts[i - 1].isBlank();
        return afterBlankLine || MARKDOWN_BLOCK.matcher(parts[i]).find();
    }

    /** Remembers where the first visible words of the line being built come from. */
    private void start(int line, String raw) {
        if (currentLine < 0 && !raw.isBlank() && line > 0) {
            int leadingBreaks = (int) raw.substring(0, raw.length() - raw.stripLeading().length())
                    .chars().filter(c -> c == '\n').count();
            currentLine = line + leadingBreaks;
        }
    }

    private void flush() {
        // Bold runs tidied: "<b> Name </b>" gives "**Name**", an empty "<b></b>" nothing.
        String text = EMPTY_BOLD.matcher(Markup.spaces(current.toString())).replaceAll(" ");
        text = Markup.spaces(PADDED_BOLD.matcher(text).replaceAll("**$1**"));
        if (!text.isBlank() && !text.equals("**")) {
            Line line = MarkdownLinks.flatten(Math.max(currentLine, 1), text, anchors);
            if (!line.text().isEmpty()) {
                lines.add(line);
            }
        }
        current.setLength(0);
        anchors.clear();
        anchorStarts.clear();
        currentLine = -1;
    }
}
