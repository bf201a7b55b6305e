package org.scholargraph.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;

/**
 * Maps elements of HTML rendered by {@link MarkdownHtml} back to lines of the Markdown file: an
 * element inside raw HTML is as many lines below its block's marker comment as it is in the
 * rendering (raw HTML is copied verbatim); any other element takes its Markdown block's line.
 */
final class MarkdownLines {
    private record Marker(int renderedPos, int renderedLine, int sourceLine) {
    }

    private final List<Marker> markers;

    MarkdownLines(org.jsoup.nodes.Document dom) {
        this.markers = dom.nodeStream(Comment.class)
                .filter(c -> c.getData().startsWith(MarkdownHtml.LINE_COMMENT) && c.sourceRange().isTracked())
                .map(c -> new Marker(c.sourceRange().startPos(), c.sourceRange().start().lineNumber(),
                        Integer.parseInt(c.getData().substring(MarkdownHtml.LINE_COMMENT.length()))))
                .toList();
    }

    /** The Markdown line an element starts on, 0 when unknown. */
    int lineOf(Element element) {
        Element block = element.closest("[" + MarkdownHtml.LINE_ATTRIBUTE + "]");
        int at = element.sourceRange().isTracked() ? element.sourceRange().startPos() : -1;
        Optional<Marker> raw = markers.stream().filter(m -> m.renderedPos() <= at).reduce((a, b) -> b);
        boolean insideRaw = raw.isPresent() && (block == null || raw.get().renderedPos() > block.sourceRange().startPos());
        if (insideRaw) {
            return raw.get().sourceLine() + element.sourceRange().start().lineNumber() - raw.get().renderedLine();
        }
        return block == null ? 0 : Integer.parseInt(block.attr(MarkdownHtml.LINE_ATTRIBUTE));
    }
}
