package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Unrendered template tags ({@code {{ page.title }}}, {@code {% for p in site.data.pubs %}}) in an
 * unbuilt Jekyll or Hugo page. They are dropped from the text and attributes so that a placeholder is
 * never read as a title or a name; only the page's static content remains. Script and style bodies
 * are left alone: client-side templates live there in built pages too.
 */
final class TemplateSyntax {
    private static final Pattern TAG = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);

    private TemplateSyntax() {
    }

    /** Removes template tags under {@code root}; returns the tags removed, in document order. */
    static List<String> strip(Element root) {
        List<String> found = new ArrayList<>();
        root.forEachNode(node -> stripNode(node, found));
        return found;
    }

    private static void stripNode(Node node, List<String> found) {
        if (node instanceof TextNode text && !insideCode(text)) {
            String t = text.getWholeText();
            if (t.contains("{{") || t.contains("{%")) {
                text.text(replace(t, found));
            }
        } else if (node instanceof Element el) {
            for (Attribute a : el.attributes()) {
                if (a.getValue().contains("{{") || a.getValue().contains("{%")) {
                    el.attr(a.getKey(), replace(a.getValue(), found));
                }
            }
        }
    }

    private static boolean insideCode(TextNode text) {
        Element p = text.parentElement();
        return p != null && (p.normalName().equals("script") || p.normalName().equals("style"));
    }

    private static String replace(String text, List<String> found) {
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            found.add(TextForm.squash(m.group()));
            m.appendReplacement(out, " ");
        }
        m.appendTail(out);
        return out.toString();
    }
}
