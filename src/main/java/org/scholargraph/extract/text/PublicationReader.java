package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.extract.text.PublicationLine.Role;

/**
 * Finds the publication entries in a run of lines. Entries are anchored on author lines. When a
 * section starts with text (the usual layout) each entry's title is the nearest text line above
 * its authors; venue and notes between the title and the authors are the entry's, and so is
 * everything after the authors up to the next entry's title (venue, notes, abstract). When a
 * section starts with an author line, the title is the first text line after it. A whole
 * reference on one line is an entry by itself. Abstracts that
 * belong to no entry are returned as loose abstracts, never made into untitled papers.
 */
final class PublicationReader {
    /** What a run of lines holds: its entries and the abstracts with no entry. */
    record Result(List<Entry> entries, List<PublicationLine> looseAbstracts, List<Line> untitled) {
    }

    private final VenueLine venues;

    PublicationReader(VenueLine venues) {
        this.venues = venues;
    }

    Result read(List<Line> lines) {
        List<PublicationLine> items = demoteBoldTitles(lines.stream().map(l -> PublicationLine.classify(l, venues)).toList());
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).is(Role.AUTHORS)) {
                anchors.add(i);
            }
        }
        Result r = authorsFirst(items) ? readAuthorsFirst(items, anchors) : readTitleFirst(items, anchors);
        List<Entry> entries = new ArrayList<>(r.entries());
        items.stream().filter(p -> p.is(Role.CITATION)).map(Entry::of).forEach(entries::add);
        entries.sort((a, b) -> Integer.compare(a.title.number(), b.title.number()));
        return new Result(entries, r.looseAbstracts(), r.untitled());
    }

    /**
     * A lone bold "name" right above an author list is a bold title ("**Deep Residual Learning**"),
     * not a single-author list.
     */
    private static List<PublicationLine> demoteBoldTitles(List<PublicationLine> items) {
        List<PublicationLine> out = new ArrayList<>(items);
        for (int i = 0; i + 1 < out.size(); i++) {
            PublicationLine p = out.get(i);
            boolean lone = p.is(Role.AUTHORS) && p.authors().names().size() == 1 && !p.authors().elided();
            if (lone && out.get(i + 1).is(Role.AUTHORS)) {
                out.set(i, new PublicationLine(p.line(), Role.TEXT, null, null, null, p.text()));
            }
        }
        return out;
    }

    private static boolean authorsFirst(List<PublicationLine> items) {
        return items.stream().filter(p -> !p.is(Role.NUMBER)).findFirst().map(p -> p.is(Role.AUTHORS)).orElse(false);
    }

    private Result readTitleFirst(List<PublicationLine> items, List<Integer> anchors) {
        int[] titles = new int[anchors.size()];
        int previous = -1;
        for (int k = 0; k < anchors.size(); k++) {
            titles[k] = titleAbove(items, anchors.get(k), previous);
            previous = anchors.get(k);
        }
        List<Entry> entries = new ArrayList<>();
        List<Line> untitled = new ArrayList<>();
        boolean[] used = new boolean[items.size()];
        for (int k = 0; k < anchors.size(); k++) {
            int a = anchors.get(k);
            if (titles[k] < 0) {
                untitled.add(items.get(a).line());
                continue;
            }
            Entry e = new Entry(items.get(titles[k]).line(), items.get(a));
            e.yearHeading = yearHeadingAbove(items, titles[k]);
            int end = k + 1 < anchors.size() ? (titles[k + 1] >= 0 ? titles[k + 1] : anchors.get(k + 1)) : items.size();
            for (int i = titles[k]; i < end; i++) {
                used[i] = true;
                e.take(items.get(i));
            }
            entries.add(e);
        }
        return new Result(entries, loose(items, used), untitled);
    }

    private Result readAuthorsFirst(List<PublicationLine> items, List<Integer> anchors) {
        List<Entry> entries = new ArrayList<>();
        List<Line> untitled = new ArrayList<>();
        boolean[] used = new boolean[items.size()];
        for (int k = 0; k < anchors.size(); k++) {
            int a = anchors.get(k);
            int end = k + 1 < anchors.size() ? anchors.get(k + 1) : items.size();
            int title = -1;
            for (int i = a + 1; i < end && title < 0; i++) {
                title = items.get(i).is(Role.TEXT) ? i : -1;
            }
            if (title < 0) {
                untitled.add(items.get(a).line());
                continue;
            }
            Entry e = new Entry(items.get(title).line(), items.get(a));
            e.yearHeading = yearHeadingAbove(items, a);
            for (int i = a; i < end; i++) {
                used[i] = true;
                e.take(items.get(i));
            }
            entries.add(e);
        }
        return new Result(entries, loose(items, used), untitled);
    }

    /** The nearest text line above an author line, not reaching back past the previous entry's authors. */
    private static int titleAbove(List<PublicationLine> items, int anchor, int floor) {
        for (int i = anchor - 1; i > floor; i--) {
            PublicationLine p = items.get(i);
            if (p.is(Role.TEXT)) {
                return i;
            }
            if (p.is(Role.ABSTRACT) || p.is(Role.PROSE)) {
                return -1;
            }
        }
        return -1;
    }

    private static Integer yearHeadingAbove(List<PublicationLine> items, int from) {
        for (int i = from; i >= 0; i--) {
            Integer y = items.get(i).yearHeading();
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    private static List<PublicationLine> loose(List<PublicationLine> items, boolean[] used) {
        List<PublicationLine> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!used[i] && items.get(i).is(Role.ABSTRACT) && items.get(i).text().length() > 0) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
