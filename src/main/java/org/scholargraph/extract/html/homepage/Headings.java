package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The headings of a page in document order: {@code h1}–{@code h6}, made-up heading tags
 * ({@code <sectionheading>}), elements classed as headings, and lines set entirely in bold that
 * announce a section ("<b>Publications</b>"). Answers which section a node sits in.
 */
final class Headings {
    /** One heading: its element, rank (1 is highest), text and what it announces. */
    record Heading(Element element, int rank, String text, SectionKind kind) {
    }

    private static final Set<String> PSEUDO_HOSTS = Set.of("p", "div", "td", "th", "center", "dt");
    private static final Set<String> INLINE_WRAPPERS = Set.of("b", "strong", "u", "font", "big", "span", "em", "i",
            "a");
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");

    private final List<Heading> all;
    private final NodeOrder order;

    private Headings(List<Heading> all, NodeOrder order) {
        this.all = all;
        this.order = order;
    }

    static Headings of(Element body, NodeOrder order) {
        List<Heading> found = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            int rank = rank(e);
            if (rank > 0) {
                String text = TextForm.squash(e.text());
                if (!text.isEmpty() && TextForm.wordCount(text) <= 15) {
                    SectionKind kind = SectionKind.of(text);
                    if (rank < 9 || kind != SectionKind.NEUTRAL && !text.startsWith("(") && !Badges.onlyBadges(text)) {
                        found.add(new Heading(e, Math.min(rank, 4), text, kind));
                    }
                }
            }
        }
        return new Headings(List.copyOf(found), order);
    }

    /** 1–6 for real and made-up headings, 9 for a candidate bold-only line, 0 for anything else. */
    private static int rank(Element e) {
        String name = e.normalName();
        if (HEADING_TAG.matcher(name).matches()) {
            return name.charAt(1) - '0';
        }
        if (!e.tag().isKnownTag() && name.contains("heading")) {
            return name.contains("section") ? 1 : 3;
        }
        if ("heading".equals(e.attr("role"))) {
            return 2;
        }
        if (classedAsHeading(e) && e.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
            return 2;
        }
        return isBoldOnlyLine(e) ? 9 : 0;
    }

    private static boolean classedAsHeading(Element e) {
        for (String c : e.classNames()) {
            String l = c.toLowerCase(Locale.ROOT);
            if (l.contains("heading") || l.equals("section-title") || l.equals("sectiontitle")) {
                return true;
            }
        }
        return false;
    }

    /** A block whose whole text sits in one bold, underlined or enlarged inline element. */
    private static boolean isBoldOnlyLine(Element e) {
        if (!PSEUDO_HOSTS.contains(e.normalName()) || e.children().size() != 1 || !e.ownText().isBlank()) {
            return false;
        }
        Element child = e.child(0);
        while (INLINE_WRAPPERS.contains(child.normalName()) && child.children().size() == 1
                && child.ownText().isBlank()) {
            child = child.child(0);
        }
        return INLINE_WRAPPERS.contains(child.normalName()) && (Lines.emphasized(child.textNodes().isEmpty()
                ? child : child.textNodes().get(0), e) || child.normalName().equals("font")
                || child.normalName().equals("big"));
    }

    List<Heading> all() {
        return all;
    }

    /** What the section holding {@code node} announces: the nearest earlier heading that says. */
    SectionKind sectionOf(Node node) {
        return governing(node).map(Heading::kind).orElse(SectionKind.NEUTRAL);
    }

    Optional<Heading> governing(Node node) {
        int at = order.start(node);
        for (int i = all.size() - 1; i >= 0; i--) {
            Heading h = all.get(i);
            if (order.start(h.element()) < at && !order.contains(h.element(), node)
                    && h.kind() != SectionKind.NEUTRAL && h.kind() != SectionKind.YEAR) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** The year of the nearest earlier heading when that heading is a bare year (al-folio groups by year). */
    Optional<Integer> yearBefore(Node node) {
        int at = order.start(node);
        for (int i = all.size() - 1; i >= 0; i--) {
            Heading h = all.get(i);
            if (order.start(h.element()) < at && !order.contains(h.element(), node)) {
                return h.kind() == SectionKind.YEAR ? VenueText.lastYear(h.text()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when {@code outer} holds a heading that announces a section (or a year) outside {@code inner}. */
    boolean announcesWithin(Element outer, Element inner) {
        for (Heading h : all) {
            if (h.kind() != SectionKind.NEUTRAL && order.contains(outer, h.element())
                    && !order.contains(inner, h.element())) {
                return true;
            }
        }
        return false;
    }

    /** The position where the section under {@code h} ends: the next heading of the same or higher rank. */
    int sectionEnd(Heading h) {
        int after = order.end(h.element());
        for (Heading next : all) {
            if (order.start(next.element()) > after && next.rank() <= h.rank()) {
                return order.start(next.element());
            }
        }
        return Integer.MAX_VALUE;
    }

    /** True when the element is a heading that announces a section ("Publications", "2021"). */
    boolean announces(Element e) {
        return all.stream().anyMatch(h -> h.element() == e && h.kind() != SectionKind.NEUTRAL);
    }
}
