package org.scholargraph.extract.html;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown (with the raw HTML Jekyll pages mix in) to HTML, remembering where each block
 * came from so records found in the HTML point back into the Markdown file: Markdown blocks get
 * a {@code data-line} attribute, raw HTML blocks (which cannot take one) are preceded by a
 * {@code <!--sg-line:N-->} comment. {@link MarkdownLines} reads both back.
 */
final class MarkdownHtml {
    static final String LINE_ATTRIBUTE = "data-line";
    static final String LINE_COMMENT = "sg-line:";

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .attributeProviderFactory(context -> MarkdownHtml::markLine)
            .nodeRendererFactory(RawBlock::new)
            .build();

    private MarkdownHtml() {
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static void markLine(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Block) {
            firstLine(node).ifPresent(line -> attributes.put(LINE_ATTRIBUTE, Integer.toString(line)));
        }
    }

    private static Optional<Integer> firstLine(Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return Optional.empty();
        }
        SourceSpan first = node.getSourceSpans().get(0);
        return Optional.of(first.getLineIndex() + 1);
    }

    /** Raw HTML as is, after a comment naming its first line. */
    private static final class RawBlock implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        RawBlock(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            var html = context.getWriter();
            html.line();
            firstLine(node).ifPresent(line -> html.raw("<!--" + LINE_COMMENT + line + "-->"));
            html.raw(((HtmlBlock) node).getLiteral());
            html.line();
        }
    }
}
