package org.scholargraph.extract.html.homepage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * Personal homepages and publication pages (kind {@code homepage}). Emits the owner's
 * {@link org.scholargraph.model.Person} first, then their papers in page order, then the awards,
 * talks and service the page lists. Structured metadata is read first; layout analysis finds the
 * rest. A page that is HTML but badly formed is read as far as it goes, with warnings.
 */
public final class HomepageExtractor implements Extractor {
    private static final Pattern TEXT_FILE = Pattern.compile(".*\\.(md|markdown|txt|tex|bib)$");

    private final VenueCatalog catalog;
    private Document lastDocument;
    private Reading lastReading;

    public HomepageExtractor() {
        this(VenueCatalog.bundled());
    }

    public HomepageExtractor(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String kind() {
        return "homepage";
    }

    @Override
    public String version() {
        return "2";
    }

    /**
     * A person's page with repeated publication entries naming them, or one paper's page with
     * citation tags. Markdown and text files are other kinds even when they carry inline HTML (a
     * Jekyll-included CV): their extractors read them.
     */
    @Override
    public boolean recognises(Document document) {
        if (document.looksBinary() || !HtmlPage.looksLikeHtml(document.text())
                || TEXT_FILE.matcher(document.location().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return false;
        }
        Reading r = read(document);
        return r.highwire() || r.owner().isPresent() && r.layoutPapers() >= 2;
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        if (document.looksBinary() || !HtmlPage.looksLikeHtml(document.text())) {
            sink.problem(Problem.error(Origin.of(document.location()), "not an HTML page (no markup found; "
                    + "Markdown, front matter and plain text are other kinds)"));
            return;
        }
        Reading r = read(document);
        r.page().problems.forEach(sink::problem);
        r.records().forEach(sink::record);
    }

    /**
     * Detection reads a page in full (the owner's author lines decide), and extraction follows it
     * for the same document: the last reading is kept so the page is read once, not twice. One
     * document at a time: an extractor instance is not shared between threads.
     */
    private Reading read(Document document) {
        Reading last = lastReading;
        if (last != null && lastDocument == document) {
            return last;
        }
        Reading r = new HomepageReading(document, catalog).read();
        lastDocument = document;
        lastReading = r;
        return r;
    }

    /** Everything read from one page. */
    record Reading(HtmlPage page, Optional<SiteOwner> owner, List<org.scholargraph.model.Record> records,
            int layoutPapers, boolean highwire) {
        Reading {
            records = List.copyOf(records);
        }
    }
}
