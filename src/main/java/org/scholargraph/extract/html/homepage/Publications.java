package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;

/**
 * The papers of a page: layout entries read and vetted (right section, complete enough, or vouched
 * for by like-built complete siblings), embedded BibTeX merged into the entry that holds it, then
 * the page's structured metadata; the same title seen twice (a "selected" list above the full one)
 * is one paper.
 */
final class Publications {
    private final HtmlPage page;
    private final SiteOwner owner;
    private final Headings headings;
    private final VenueCatalog catalog;
    private final Authorship authorship;
    private int layoutCount;

    Publications(HtmlPage page, SiteOwner owner, Headings headings, VenueCatalog catalog, Authorship authorship) {
        this.page = page;
        this.owner = owner;
        this.headings = headings;
        this.catalog = catalog;
        this.authorship = authorship;
    }

    /** A layout entry, the section it sits in and what was read from it. */
    private record Read(EntryFinder.Entry entry, SectionKind section, Draft draft) {
        boolean complete() {
            return draft.title != null && !draft.authors.isEmpty() && (draft.year != null || draft.venue != null);
        }
    }

    /** How many papers the layout analysis found (before structured metadata was added). */
    int layoutCount() {
        return layoutCount;
    }

    List<Draft> read(List<Line> lines, JsonLd jsonLd, Microdata microdata) {
        List<Read> accepted = owner == null ? List.of() : layoutEntries(lines);
        layoutCount = accepted.size();
        Map<String, Draft> byTitle = new LinkedHashMap<>();
        for (Read r : accepted) {
            merge(byTitle, r.draft());
        }
        for (HtmlPage.BibBlock block : page.bibtex) {
            Optional<Read> holder = accepted.stream()
                    .filter(r -> page.order().contains(r.entry().element(), block.marker())).findFirst();
            if (holder.isEmpty() && headings.sectionOf(block.marker()).excludesPapers()) {
                continue;
            }
            for (BibEntry e : block.entries()) {
                Draft d = BibtexPapers.draft(e, authorship, catalog, block.origin(), page.order().start(block.marker()));
                if (d == null) {
                    continue;
                }
                if (holder.isPresent() && block.entries().size() == 1) {
                    holder.get().draft().fillFrom(d);
                } else {
                    merge(byTitle, d);
                }
            }
        }
        List<Draft> structured = new ArrayList<>();
        Highwire.paper(page.doc, authorship, catalog, page::origin, page.order()).ifPresent(structured::add);
        structured.addAll(jsonLd.papers(authorship, catalog, page::origin, page.order()));
        structured.addAll(microdata.papers(authorship, catalog, page::origin, page.order(), headings));
        structured.addAll(Coins.papers(page.doc, authorship, catalog, page::origin, page.order()));
        structured.forEach(d -> merge(byTitle, d));
        List<Draft> out = new ArrayList<>(byTitle.values());
        out.sort((a, b) -> Integer.compare(a.position, b.position));
        return out;
    }

    private static void merge(Map<String, Draft> byTitle, Draft d) {
        Draft known = byTitle.get(d.key());
        if (known == null) {
            byTitle.put(d.key(), d);
        } else {
            known.fillFrom(d);
        }
    }

    private List<Read> layoutEntries(List<Line> lines) {
        EntryReader reader = new EntryReader(owner, authorship, catalog, headings, page::origin);
        List<Read> reads = new ArrayList<>();
        for (EntryFinder.Entry e : EntryFinder.find(lines, owner, headings, page.order())) {
            SectionKind section = headings.sectionOf(e.element());
            if (section.excludesPapers()) {
                continue;
            }
            try {
                reader.read(e.element(), page.order().start(e.element()))
                        .filter(d -> EntryReader.looksLikeTitle(d.title, owner))
                        .ifPresent(d -> reads.add(new Read(e, section, d)));
            } catch (IllegalArgumentException ex) {
                // A record refused what was read (a blank field): report the entry, read the rest.
                page.problems.add(Problem.warning(page.origin(e.element()), "entry skipped: " + ex.getMessage()));
            }
        }
        Map<String, Integer> completeByGroup = new HashMap<>();
        for (Read r : reads) {
            if (r.complete()) {
                completeByGroup.merge(r.entry().group(), 1, Integer::sum);
            }
        }
        List<Read> accepted = new ArrayList<>();
        for (Read r : reads) {
            if (accept(r, completeByGroup.getOrDefault(r.entry().group(), 0))) {
                page.problems.addAll(r.draft().warnings);
                accepted.add(r);
            }
        }
        return accepted;
    }

    /**
     * Under a publications heading an entry needs a title and authors; elsewhere it must also have a
     * venue or year and either be fully specified or sit among like-built complete entries.
     */
    private static boolean accept(Read r, int completeSiblings) {
        if (r.draft().title == null || r.draft().authors.isEmpty()) {
            return false;
        }
        if (r.section() == SectionKind.PUBLICATIONS) {
            return true;
        }
        boolean full = r.draft().year != null && r.draft().venue != null
                && r.draft().type != PaperType.UNKNOWN;
        return r.complete() && (completeSiblings >= 2 || full);
    }
}
