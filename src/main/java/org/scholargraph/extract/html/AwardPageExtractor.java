package org.scholargraph.extract.html;

import java.util.List;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * Reads a conference's award page — a virtual site's awards table, a blog post, a Jekyll or
 * Markdown page with headings, lists and prose — into the awarded papers: title, authors in
 * page order, the awards as displayed (nominations kept apart from wins), the edition that gave
 * them, the paper's own venue and year, its presentations and links, and its abstract when shown.
 */
public final class AwardPageExtractor implements Extractor {
    static final String LOOKED_FOR = "looked for award labels (headings, table cells or bold lines such as "
            + "'Best Paper', 'Outstanding Paper', 'Test of Time Award') followed by title + author entries, "
            + "'Title (Authors)' list items, and sentences like 'to A, B and C for their paper Title'";

    private final VenueCatalog catalog;
    private final PmlrVolumes pmlr;

    public AwardPageExtractor() {
        this(VenueCatalog.bundled());
    }

    public AwardPageExtractor(VenueCatalog catalog) {
        this.catalog = catalog;
        this.pmlr = PmlrVolumes.bundled(catalog);
    }

    @Override
    public String kind() {
        return "award-page";
    }

    @Override
    public String version() {
        return "2";
    }

    /** An HTML or Markdown page most of whose title + author entries sit under award labels. */
    @Override
    public boolean recognises(Document document) {
        if (!MarkupPage.readable(document)) {
            return false;
        }
        EntryFinder.Findings found = findings(MarkupPage.read(document));
        return !found.awarded().isEmpty() && found.awarded().size() * 2 >= found.total();
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        Origin origin = Origin.of(document.location());
        if (!MarkupPage.readable(document)) {
            sink.problem(Problem.error(origin, document.displayName() + " is not an HTML or Markdown page"));
            return;
        }
        MarkupPage page = MarkupPage.read(document);
        List<Line> lines = LineReader.read(page.dom());
        EntryFinder.Findings found = new EntryFinder(catalog).find(lines, page.title());
        if (found.awarded().isEmpty()) {
            sink.problem(Problem.error(origin, "no award rows found in " + document.displayName() + "; " + LOOKED_FOR));
            return;
        }
        Edition edition = new EditionFinder(catalog, pmlr).find(page, lines, document.location());
        warnAbout(edition, found, origin, sink);
        new PaperAssembly(page, edition, pmlr, catalog, document.location()).papers(found.awarded()).forEach(sink::record);
    }

    private EntryFinder.Findings findings(MarkupPage page) {
        return new EntryFinder(catalog).find(LineReader.read(page.dom()), page.title());
    }

    private static void warnAbout(Edition edition, EntryFinder.Findings found, Origin origin, ExtractionSink sink) {
        if (!edition.known()) {
            sink.problem(Problem.warning(origin, "cannot tell which conference gives these awards (looked at the "
                    + "title, headings, page URL, file name, award sentences and proceedings links)"));
        } else if (edition.year() == null) {
            sink.problem(Problem.warning(origin, "cannot tell which year of " + edition.series().shortName()
                    + " gives these awards"));
        }
        if (found.unawarded() > 0) {
            sink.problem(Problem.warning(origin, found.unawarded()
                    + " title/author entries outside any award section were skipped"));
        }
    }
}
