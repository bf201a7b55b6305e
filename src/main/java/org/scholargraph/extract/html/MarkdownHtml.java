package org.scholargraph.extract.html;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown (with the raw HTML Jekyll pages mix in) to HTML, marking each block with the
 * source line it came from ({@code data-line}) so records found in the HTML point back into the
 * Markdown file.
 */
final class MarkdownHtml {
    static final String LINE_ATTRIBUTE = "data-line";

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .attributeProviderFactory(context -> MarkdownHtml::markLine)
            .build();

    private MarkdownHtml() {
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static void markLine(Node node, String tagName, java.util.Map<String, String> attributes) {
        if (node instanceof Block && !node.getSourceSpans().isEmpty()) {
            SourceSpan first = node.getSourceSpans().get(0);
            attributes.put(LINE_ATTRIBUTE, Integer.toString(first.getLineIndex() + 1));
        }
    }
}
