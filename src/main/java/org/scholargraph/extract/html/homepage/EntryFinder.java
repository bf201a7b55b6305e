package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the publication entries of a page by layout, whatever the template. An entry is anchored on
 * an author line naming the site owner; it extends up the tree to the largest element that holds no
 * other author line and no section heading — a table row, a list item, a card. Entries are then
 * grouped by their structural path (tags and classes from the root), because a publication list is a
 * run of elements built alike: a group with several complete entries vouches for its members.
 */
final class EntryFinder {
    private static final Pattern CONTAINS_DIGIT = Pattern.compile(".*\\d.*");

    /** An entry element and the group of like-built elements it belongs to. */
    record Entry(Element element, String group) {
    }

    private EntryFinder() {
    }

    static List<Entry> find(List<Line> lines, SiteOwner owner, Headings headings, NodeOrder order) {
        Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> anchors = new ArrayList<>();
        for (Line line : lines) {
            if (blocks.contains(line.block())) {
                continue;
            }
            if (NameList.findNaming(line.raw(), owner::matches).isPresent()) {
                blocks.add(line.block());
                anchors.add(line.block());
            }
        }
        int[] positions = anchors.stream().mapToInt(order::start).sorted().toArray();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Entry> out = new ArrayList<>();
        for (Element anchor : anchors) {
            Element entry = climb(anchor, positions, headings, order);
            if (seen.add(entry)) {
                out.add(new Entry(entry, path(entry)));
            }
        }
        out.sort((a, b) -> Integer.compare(order.start(a.element()), order.start(b.element())));
        return out;
    }

    private static Element climb(Element anchor, int[] positions, Headings headings, NodeOrder order) {
        Element cur = anchor;
        while (true) {
            Element parent = cur.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")
                    || count(positions, order.start(parent), order.end(parent)) > 1
                    || headings.announcesWithin(parent, cur)) {
                return cur;
            }
            cur = parent;
        }
    }

    private static int count(int[] sorted, int from, int to) {
        int lo = lowerBound(sorted, from);
        int hi = lowerBound(sorted, to + 1);
        return hi - lo;
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    /** Tag and class path from the body, classes with digits dropped ("year-2021", "col-md-8" vary). */
    static String path(Element e) {
        List<String> steps = new ArrayList<>();
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            steps.add(signature(p));
        }
        Collections.reverse(steps);
        return String.join(">", steps);
    }

    static String signature(Element e) {
        Set<String> classes = new TreeSet<>();
        for (String c : e.classNames()) {
            if (!CONTAINS_DIGIT.matcher(c).matches()) {
                classes.add(c.toLowerCase(Locale.ROOT));
            }
        }
        return classes.isEmpty() ? e.normalName() : e.normalName() + "." + String.join(".", classes);
    }
}
