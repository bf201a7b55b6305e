package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/** One pass over one page: prepare it, find the owner, read papers and the owner's profile. */
final class HomepageReading {
    private final Document source;
    private final VenueCatalog catalog;

    HomepageReading(Document source, VenueCatalog catalog) {
        this.source = source;
        this.catalog = catalog;
    }

    HomepageExtractor.Reading read() {
        HtmlPage page = HtmlPage.read(source);
        Element body = page.doc.body();
        List<Line> lines = Lines.of(body);
        Headings headings = Headings.of(body, page.order());
        JsonLd jsonLd = new JsonLd(page.doc, page::origin, page.problems);
        Microdata microdata = new Microdata(page.doc);
        List<PersonFacts> facts = new ArrayList<>(jsonLd.persons());
        facts.addAll(microdata.persons());
        Optional<SiteOwner> owner = SiteOwner.find(page.doc, lines, declaredNames(page, facts));
        if (owner.isEmpty()) {
            page.problems.add(Problem.warning(Origin.of(page.location), "no site owner found (no name in the "
                    + "page's metadata or emphasised in author lists); layout entries not read"));
        }
        Authorship authorship = new Authorship(Authorship.declaredMarks(body.text()), owner.orElse(null));
        Publications publications = new Publications(page, owner.orElse(null), headings, catalog, authorship);
        List<Draft> papers = publications.read(lines, jsonLd, microdata);
        List<Record> records = new ArrayList<>();
        Optional<Profile> profile = owner.map(o -> new Profile(page, headings, lines, o, facts, catalog));
        profile.ifPresent(p -> records.add(p.person()));
        papers.forEach(d -> records.add(d.toPaper()));
        profile.ifPresent(p -> records.addAll(p.activities()));
        boolean highwire = page.doc.selectFirst("meta[name=citation_title]") != null;
        return new HomepageExtractor.Reading(page, owner, records, publications.layoutCount(), highwire);
    }

    /** Names the page states outright: structured Person items and a Jekyll front matter's author. */
    private static List<String> declaredNames(HtmlPage page, List<PersonFacts> facts) {
        List<String> declared = new ArrayList<>();
        facts.forEach(f -> declared.add(f.name()));
        for (String key : List.of("author", "name")) {
            Optional.ofNullable(page.front.field(key)).ifPresent(declared::add);
        }
        return declared;
    }
}
