package org.scholargraph.extract.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.scholargraph.source.Document;

/**
 * A page ready to read: the DOM of an HTML page or of a rendered Markdown source, Liquid tags
 * and front matter removed, with the page's own URL (from a saved page's {@code <!-- src: … -->}
 * comment, {@code <link rel=canonical>} or {@code og:url}) as base for its links.
 */
final class MarkupPage {
    private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
    private static final Pattern SAVED_URL = Pattern.compile(
            "<!--\\s*(?:src|source|url|saved from url=\\(\\d+\\))\\s*:?\\s*(https?://[^\\s>]+?)\\s*-->",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|body|div|p|table|h[1-6]|ul|ol|li|br|section|article|span|a|b|strong|td)"
                    + "(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?i).*\\.(md|markdown|mdown|mkd)$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");

    private final org.jsoup.nodes.Document dom;
    private final boolean markdown;
    private final MarkdownLines markdownLines;
    private final String ownUrl;
    private final String frontTitle;

    private MarkupPage(org.jsoup.nodes.Document dom, boolean markdown, String ownUrl, String frontTitle) {
        this.dom = dom;
        this.markdown = markdown;
        this.markdownLines = markdown ? new MarkdownLines(dom) : null;
        this.ownUrl = ownUrl;
        this.frontTitle = frontTitle;
    }

    /** True for text that is HTML or Markdown (with or without front matter), false for binary or plain text. */
    static boolean readable(Document document) {
        if (document.looksBinary()) {
            return false;
        }
        FrontMatter fm = FrontMatter.split(document.text());
        return isMarkdown(document, fm) || HTML_TAG.matcher(fm.body()).find();
    }

    static MarkupPage read(Document document) {
        String raw = document.text();
        FrontMatter fm = FrontMatter.split(raw);
        String body = withoutLiquid(fm.body());
        boolean markdown = isMarkdown(document, fm);
        String html = markdown ? MarkdownHtml.render(body) : body;
        org.jsoup.nodes.Document dom = Jsoup.parse(html, document.location(),
                Parser.htmlParser().setTrackPosition(true));
        String own = savedUrl(raw).or(() -> declaredUrl(dom)).orElse(null);
        if (own != null) {
            dom.setBaseUri(own);
        }
        return new MarkupPage(dom, markdown, own, fm.title() == null ? null : withoutLiquid(fm.title()).strip());
    }

    org.jsoup.nodes.Document dom() {
        return dom;
    }

    /** The page's own URL as it declares it, empty when it does not. */
    Optional<String> ownUrl() {
        return Optional.ofNullable(ownUrl);
    }

    /**
     * The front matter title, else the HTML {@code <title>} without the site name pages append
     * ("… – NeurIPS Blog", "… | Jolt ML"), else empty.
     */
    Optional<String> title() {
        if (frontTitle != null && !frontTitle.isBlank()) {
            return Optional.of(frontTitle);
        }
        String[] parts = TITLE_SEPARATOR.split(dom.title());
        return parts[0].isBlank() ? Optional.empty() : Optional.of(parts[0].strip());
    }

    /** The line in the source file where an element starts (Markdown: its block's line), 0 when unknown. */
    int lineOf(Element element) {
        if (markdown) {
            return markdownLines.lineOf(element);
        }
        return element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
    }

    /** "line 12: td > a" for HTML, "line 12" for Markdown (its selectors would name rendered HTML). */
    String place(Element element) {
        int line = lineOf(element);
        String at = line > 0 ? "line " + line : "";
        if (markdown) {
            return at;
        }
        return at.isEmpty() ? element.cssSelector() : at + ": " + element.cssSelector();
    }

    private static boolean isMarkdown(Document document, FrontMatter fm) {
        String type = document.mediaType() == null ? "" : document.mediaType().toLowerCase(Locale.ROOT);
        if (type.contains("markdown") || MARKDOWN_NAME.matcher(pathOf(document.location())).matches()) {
            return true;
        }
        return fm.found() && !type.contains("html") && !HTML_TAG.matcher(fm.body()).find();
    }

    private static String pathOf(String location) {
        String s = location == null ? "" : location;
        int cut = s.indexOf('?');
        s = cut >= 0 ? s.substring(0, cut) : s;
        cut = s.indexOf('#');
        return cut >= 0 ? s.substring(0, cut) : s;
    }

    /** Liquid tags go, their line breaks stay (so line numbers still match the file). */
    static String withoutLiquid(String text) {
        if (!text.contains("{{") && !text.contains("{%")) {
            return text;
        }
        Matcher m = LIQUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String breaks = "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count());
            m.appendReplacement(out, breaks);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> savedUrl(String raw) {
        Matcher m = SAVED_URL.matcher(raw.length() > 4096 ? raw.substring(0, 4096) : raw);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> declaredUrl(org.jsoup.nodes.Document dom) {
        Element canonical = dom.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.absUrl("href").startsWith("http")) {
            return Optional.of(canonical.absUrl("href"));
        }
        Element og = dom.selectFirst("meta[property=og:url][content]");
        return og != null && og.attr("content").startsWith("http") ? Optional.of(og.attr("content")) : Optional.empty();
    }
}
