package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The items of a section (education, awards, talks, service): the lines between its heading and
 * the next heading of the same rank, gathered into the repeated elements that hold them (list
 * items, cards, table rows) or, when nothing repeats, one item per line.
 */
final class SectionItems {
    /** One item: the element that holds it (null for a bare line) and its lines. */
    record Item(Element element, List<Line> lines) {
        String text() {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l.text()).append(" | "));
            return TextForm.trimPunctuation(TRAILING_BAR.matcher(out.toString()).replaceAll(""));
        }

        /** The item's text without the labels of its links ("[Announcement]", "Video"). */
        String content() {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l.withoutLinkLabels()).append(' '));
            return TextForm.trimPunctuation(out.toString());
        }
    }

    private static final java.util.Set<String> ITEM_TAGS = java.util.Set.of("li", "tr", "p", "dd", "dt", "article",
            "section", "blockquote");
    private static final Pattern TRAILING_BAR = Pattern.compile("\\s*\\|\\s*$");

    private SectionItems() {
    }

    static List<Item> of(Headings.Heading heading, Headings headings, NodeOrder order, List<Line> lines) {
        int from = order.end(heading.element());
        int to = headings.sectionEnd(heading);
        List<Line> inside = new ArrayList<>();
        for (Line line : lines) {
            int at = order.start(line.firstNode());
            if (at > from && at < to) {
                inside.add(line);
            }
        }
        String itemSignature = itemSignature(inside, heading.element(), order);
        Map<Object, List<Line>> grouped = new LinkedHashMap<>();
        Map<Object, Element> holders = new LinkedHashMap<>();
        for (Line line : inside) {
            Element holder = null;
            for (Element e : chain(line, heading.element(), order)) {
                if (itemSignature != null ? EntryFinder.signature(e).equals(itemSignature)
                        : ITEM_TAGS.contains(e.normalName())) {
                    holder = e;
                    break;
                }
            }
            Object key = holder != null ? holder : line;
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            holders.put(key, holder);
        }
        List<Item> out = new ArrayList<>();
        grouped.forEach((k, v) -> out.add(new Item(holders.get(k), v)));
        return out;
    }

    /** The line's ancestors from its block up to (not including) the element that holds the heading. */
    private static List<Element> chain(Line line, Element heading, NodeOrder order) {
        List<Element> out = new ArrayList<>();
        for (Element e = line.block(); e != null && !order.contains(e, heading) && !e.normalName().equals("body");
                e = e.parent()) {
            out.add(e);
        }
        return out;
    }

    /**
     * The signature of the elements that hold the items: among signatures carried by two or more
     * elements of the section, the one whose elements hold the most lines, the outermost on a tie.
     * Counting nested elements too keeps items apart when a page forgets to close one. Bare
     * {@code div}s and {@code span}s are layout, not items, unless classed.
     */
    private static String itemSignature(List<Line> lines, Element heading, NodeOrder order) {
        Map<String, java.util.Set<Element>> elements = new LinkedHashMap<>();
        Map<String, Integer> coverage = new LinkedHashMap<>();
        Map<String, Integer> depth = new LinkedHashMap<>();
        for (Line line : lines) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Element e : chain(line, heading, order)) {
                String sig = EntryFinder.signature(e);
                elements.computeIfAbsent(sig, k -> java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>())).add(e);
                depth.merge(sig, e.parents().size(), Math::min);
                if (seen.add(sig)) {
                    coverage.merge(sig, 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (String sig : coverage.keySet()) {
            if (elements.get(sig).size() < 2 || !sig.contains(".") && !ITEM_TAGS.contains(sig)) {
                continue;
            }
            if (best == null || coverage.get(sig) > coverage.get(best)
                    || coverage.get(sig).equals(coverage.get(best)) && depth.get(sig) < depth.get(best)) {
                best = sig;
            }
        }
        return best;
    }
}
