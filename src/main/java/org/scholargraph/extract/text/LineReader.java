package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's text into numbered lines. Plain text and Markdown keep their physical
 * lines (in a PDF captured as text every line break means something); a Markdown file carrying
 * inline HTML (generated CVs) is rendered by {@link HtmlLines}, which keeps the source line
 * numbers.
 */
final class LineReader {
    private static final Pattern TAG = Pattern.compile(
            "</?(?:p|div|br|table|tr|td|th|li|ul|ol|span|a|strong|em|b|i|h[1-6]|sup|sub)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final int TAGS_FOR_HTML = 3;

    private LineReader() {
    }

    static List<Line> read(String text) {
        return carriesHtml(text) ? HtmlLines.render(text) : plainLines(text);
    }

    static boolean carriesHtml(String text) {
        Matcher m = TAG.matcher(text);
        int n = 0;
        while (m.find() && n < TAGS_FOR_HTML) {
            n++;
        }
        return n >= TAGS_FOR_HTML;
    }

    private static List<Line> plainLines(String text) {
        String[] physical = LINE_BREAK.split(text, -1);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            Line line = MarkdownLinks.flatten(i + 1, physical[i], List.of());
            if (!line.text().isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }
}
