package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown links and images in a line: links become their labels (kept as anchors), images go. */
final class MarkdownLinks {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private MarkdownLinks() {
    }

    static Line flatten(int number, String text, List<Anchor> known) {
        List<Anchor> anchors = new ArrayList<>(known);
        String s = IMAGE.matcher(text).replaceAll("");
        Matcher m = LINK.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            anchors.add(new Anchor(Markup.plain(m.group(1)), m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(out);
        return new Line(number, Markup.spaces(out.toString()), anchors);
    }
}
