package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;

/**
 * A homepage parsed and made ready to read: front matter set aside, unrendered template tags
 * dropped, embedded BibTeX blocks taken out (so al-folio's hidden copies are not read as entries
 * twice), and what was wrong with the markup kept as located warnings.
 */
final class HtmlPage {
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)<\\s*(!doctype\\s+html|html|head|body|div|p|table|ul|ol|li|span|a\\s|h[1-6]|section|article|br|"
            + "meta|title|link|header|nav|main|center|font)\\b");
    private static final Pattern BIBTEX_START = Pattern.compile("^\\s*@[A-Za-z]+\\s*[{(]");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.*");
    private static final int MAX_PARSE_WARNINGS = 3;

    /** BibTeX embedded in the page; {@code marker} stands where the block was, to place it in its section. */
    record BibBlock(Node marker, List<BibEntry> entries, Origin origin) {
    }

    final Document doc;
    final String location;
    final FrontMatter front;
    final List<BibBlock> bibtex = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** Numbered once the page is prepared (template tags and BibTeX blocks removed). */
    private NodeOrder order;
    private String address;

    private HtmlPage(Document doc, String location, FrontMatter front) {
        this.doc = doc;
        this.location = location;
        this.front = front;
    }

    /** True when the text is HTML (possibly after Jekyll front matter), not Markdown, TOML or plain text. */
    static boolean looksLikeHtml(String text) {
        FrontMatter fm = FrontMatter.split(text);
        if (fm.toml()) {
            return false;
        }
        String body = fm.body().strip();
        if (body.isEmpty()) {
            return false;
        }
        String head = body.substring(0, Math.min(body.length(), 4096));
        if (body.charAt(0) != '<' && !head.toLowerCase(Locale.ROOT).contains("<html")) {
            return false;
        }
        return HTML_START.matcher(head).find();
    }

    static HtmlPage read(org.scholargraph.source.Document source) {
        FrontMatter front = FrontMatter.split(source.text());
        String base = source.location() != null && HTTP_URL.matcher(source.location()).matches() ? source.location()
                : "";
        Parser parser = Parser.htmlParser().setTrackErrors(200).setTrackPosition(true);
        Document doc = Jsoup.parse(front.body(), base, parser);
        HtmlPage page = new HtmlPage(doc, source.location(), front);
        page.reportFrontMatter();
        page.reportParseErrors(parser.getErrors());
        page.reportMadeUpTags();
        page.dropTemplateTags(front.body());
        page.takeBibtex();
        page.address = page.canonicalAddress(base);
        page.order = new NodeOrder(doc);
        return page;
    }

    NodeOrder order() {
        return order;
    }

    Element body() {
        return doc.body();
    }

    /** Where a node is in the source file: "line 12:5" when jsoup tracked it. */
    Origin origin(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            Range r = n.sourceRange();
            if (r.isTracked()) {
                return Origin.of(location).at("line " + r.start().lineNumber() + ":" + r.start().columnNumber());
            }
        }
        return Origin.of(location);
    }

    private void reportFrontMatter() {
        if (front.present()) {
            String msg = "YAML front matter (lines 1–" + front.lines() + ") is an unbuilt Jekyll page's; read "
                    + "for the owner's name only";
            problems.add(Problem.warning(Origin.of(location).at("line 1:1"), front.broken() == null ? msg
                    : "front matter (lines 1–" + front.lines() + ") is not valid YAML: " + front.broken()));
        }
    }

    private void reportParseErrors(List<ParseError> errors) {
        for (int i = 0; i < Math.min(MAX_PARSE_WARNINGS, errors.size()); i++) {
            ParseError e = errors.get(i);
            problems.add(Problem.warning(Origin.of(location).at("line " + e.getCursorPos()),
                    "malformed HTML, read as browsers do: " + e.getErrorMessage()));
        }
        if (errors.size() > MAX_PARSE_WARNINGS) {
            problems.add(Problem.warning(Origin.of(location), (errors.size() - MAX_PARSE_WARNINGS)
                    + " more HTML parse errors (unclosed or misnested tags), read as browsers do"));
        }
    }

    private void reportMadeUpTags() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Element> firstSeen = new LinkedHashMap<>();
        for (Element e : doc.getAllElements()) {
            String name = e.normalName();
            if (!e.tag().isKnownTag() && !name.contains("-") && !name.contains(":") && !name.startsWith("#")) {
                counts.merge(name, 1, Integer::sum);
                firstSeen.putIfAbsent(name, e);
            }
        }
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            problems.add(Problem.warning(origin(firstSeen.get(c.getKey())), "non-standard element <" + c.getKey()
                    + "> (" + c.getValue() + "×) read as a generic container"
                    + (c.getKey().contains("heading") ? " and as a heading" : "")));
        }
    }

    private void dropTemplateTags(String raw) {
        List<String> tags = TemplateSyntax.strip(doc);
        if (!tags.isEmpty()) {
            String first = tags.get(0);
            int at = raw.indexOf(first.substring(0, Math.min(2, first.length())));
            Origin where = at < 0 ? Origin.of(location) : Origin.of(location).at(lineCol(raw, at));
            problems.add(Problem.warning(where, "unrendered template: " + tags.size() + " Liquid/Jinja tag"
                    + (tags.size() == 1 ? "" : "s") + " (first: " + first + ") dropped; only the page's static "
                    + "content is read"));
        }
    }

    private static String lineCol(String raw, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "line " + line + ":" + col;
    }

    private void takeBibtex() {
        List<Element> blocks = new ArrayList<>();
        for (Element e : doc.select("pre, code, textarea, [class*=bib]")) {
            boolean nested = blocks.stream().anyMatch(b -> e.parents().contains(b));
            String text = e.normalName().equals("textarea") ? e.val() : e.wholeText();
            if (!nested && BIBTEX_START.matcher(text).find()) {
                blocks.add(e);
            }
        }
        for (Element block : blocks) {
            String text = block.normalName().equals("textarea") ? block.val() : block.wholeText();
            BibtexParser.Result r = BibtexParser.parse(text);
            Origin where = origin(block);
            r.errors().forEach(msg -> problems.add(Problem.warning(where, msg)));
            Comment marker = new Comment(" BibTeX block read and set aside ");
            block.replaceWith(marker);
            if (!r.entries().isEmpty()) {
                bibtex.add(new BibBlock(marker, r.entries(), where));
            }
        }
    }

    /** Links resolve against the page's canonical address when it declares one. */
    private String canonicalAddress(String fetchedFrom) {
        for (String css : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
            Element e = doc.selectFirst(css);
            String href = e == null ? "" : e.hasAttr("href") ? e.attr("href") : e.attr("content");
            if (HTTP_URL.matcher(href).matches()) {
                doc.setBaseUri(href);
                return href;
            }
        }
        return fetchedFrom.isEmpty() ? null : fetchedFrom;
    }

    /** The page's canonical address or the address it was fetched from; null for a local file. */
    String address() {
        return address;
    }
}
