package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Origin;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;

/**
 * Highwire Press {@code citation_*} meta tags (what Google Scholar reads): a page that carries them
 * is the page of one paper — a Hugo Academic publication page, a proceedings page.
 */
final class Highwire {
    private Highwire() {
    }

    static Optional<Draft> paper(Document doc, Authorship authorship, VenueCatalog catalog,
            Function<Node, Origin> origins, NodeOrder order) {
        String title = meta(doc, "citation_title");
        if (title == null) {
            return Optional.empty();
        }
        Element at = doc.selectFirst("meta[name=citation_title]");
        Draft d = new Draft(title, origins.apply(at).at("citation_title"), order.start(at));
        List<String> authors = new ArrayList<>();
        for (Element a : doc.select("meta[name=citation_author]")) {
            authors.add(a.attr("content"));
        }
        d.authors = authorship.plain(authors);
        for (String key : List.of("citation_publication_date", "citation_date", "citation_online_date",
                "citation_year", "citation_cover_date")) {
            String v = meta(doc, key);
            if (v != null && d.year == null) {
                VenueText.lastYear(v).ifPresent(y -> d.year = y);
            }
        }
        for (String key : List.of("citation_conference_title", "citation_journal_title", "citation_inbook_title",
                "citation_dissertation_institution", "citation_technical_report_institution")) {
            String v = meta(doc, key);
            if (v != null && d.venue == null) {
                VenueText.Reading r = new VenueText(catalog).read(v + (d.year == null ? "" : ", " + d.year));
                d.venue = r.venue();
                d.type = key.contains("journal") ? PaperType.JOURNAL_ARTICLE
                        : key.contains("conference") ? PaperType.CONFERENCE_PAPER
                        : key.contains("dissertation") ? PaperType.THESIS
                        : key.contains("technical") ? PaperType.REPORT : r.type();
            }
        }
        d.doi = meta(doc, "citation_doi");
        d.arxivId = meta(doc, "citation_arxiv_id");
        d.abstractText = meta(doc, "citation_abstract");
        String pdf = meta(doc, "citation_pdf_url");
        if (pdf != null) {
            d.link(Link.of(LinkKinds.arxivId(pdf).isPresent() ? LinkKind.ARXIV : LinkKind.PDF, pdf));
            if (d.arxivId == null) {
                LinkKinds.arxivId(pdf).ifPresent(id -> d.arxivId = id);
            }
        }
        return Optional.of(d);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[name=" + name + "]");
        String v = e == null ? null : TextForm.squash(e.attr("content"));
        return v == null || v.isEmpty() ? null : v;
    }
}
