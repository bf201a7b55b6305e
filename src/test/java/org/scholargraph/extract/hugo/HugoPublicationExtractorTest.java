package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholargraph.extract.hugo.HugoPages.authors;
import static org.scholargraph.extract.hugo.HugoPages.links;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Severity;
import org.scholargraph.model.VenueRef;
import org.scholargraph.source.Document;

class HugoPublicationExtractorTest {
    private final HugoPublicationExtractor extractor = new HugoPublicationExtractor();

    private static Extraction run(HugoOptions options, String page) {
        return new HugoPublicationExtractor(options).extract(Document.ofText("content/publication/x/index.md", page));
    }

    @Test
    void theSamplePageYieldsFfjord() {
        Extraction e = extractor.extract(HugoPages.document(Path.of("data/samples/ffjord-publication.md")));
        assertEquals(1, e.papers().size());
        Paper p = e.papers().get(0);
        assertEquals("FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models", p.title());
        assertEquals(new VenueRef("ICLR", "International Conference on Learning Representations", 2019), p.venue());
        assertEquals(2019, p.year(), "an explicit year wins over the 2018 date");
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals(List.of("Will Grathwohl*", "Ricky T. Q. Chen*", "Jesse Bettencourt [owner]", "Ilya Sutskever",
                "David Duvenaud"), authors(p));
        Author grathwohl = p.authors().get(0);
        assertEquals("Will Grathwohl\\*", grathwohl.printed());
        assertEquals(1, grathwohl.equalGroup());
        assertEquals(List.of(new Presentation(PresentationKind.ORAL, null)), p.presentations());
        assertEquals(1, p.awards().size());
        PaperAward award = p.awards().get(0);
        assertEquals("Best Student Paper", award.label());
        assertEquals("AABI", award.conferredBy().shortName());
        assertEquals(2018, award.conferredBy().year());
        assertEquals(2018, award.year());
        assertFalse(award.nominee());
        assertEquals("1810.01367", p.arxivId());
        assertTrue(links(p).contains("CODE https://github.com/rtqichen/ffjord/"), links(p)::toString);
        assertEquals("Scaling up continuous normalizing flows by estimating the trace.", p.summary());
        assertEquals(List.of("ffjord-publication.md:key 'date': the page's date says 2018 but the venue ICLR is the 2019 "
                + "edition: its year 2019 is kept for the paper and the edition"),
                e.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void draftsAreSkippedAndReportedUnlessAskedFor() {
        String page = "+++\ntitle = \"Work in Progress\"\nauthors = [\"A B\"]\npublication = \"ICML\"\ndraft = true\n+++\n";
        Extraction skipped = run(HugoOptions.defaults(), page);
        assertEquals(List.of(), skipped.records());
        assertEquals(List.of("content/publication/x/index.md:key 'draft': draft page skipped (draft = true); include drafts to keep it"),
                skipped.problems().stream().map(Problem::toString).toList());
        Extraction kept = run(HugoOptions.defaults().withDrafts(true), page);
        assertEquals("Work in Progress", kept.papers().get(0).title());
    }

    @Test
    void stubPagesAreReportedNotExtracted() {
        Extraction e = run(HugoOptions.defaults(), "+++\ntitle = \"index\"\n+++\n");
        assertEquals(List.of(), e.records());
        assertEquals(1, e.warnings().size());
        assertTrue(e.warnings().get(0).message().startsWith("stub page (title 'index'"));
        assertFalse(e.failed());
    }

    @Test
    void aPlaceholderTitleOnARealPageIsAnError() {
        Extraction e = run(HugoOptions.defaults(), "---\ntitle: index\nauthors: [A B]\npublication: ICML\n---\n");
        assertEquals(List.of(), e.records());
        assertTrue(e.failed());
        assertEquals("key 'title'", e.problems().get(0).origin().where());
    }

    @Test
    void aPageWithATitleAloneIsNoPaper() {
        Extraction e = run(HugoOptions.defaults(), "---\nlayout: default\ntitle: Paper Awards\n---\n<h1>Awards</h1>\n");
        assertEquals(List.of(), e.records());
        assertTrue(e.failed());
        assertTrue(e.problems().get(0).message().endsWith("not a publication page"));
    }

    @Test
    void aVenueWithoutAuthorsIsKeptAndReported() {
        Extraction e = run(HugoOptions.defaults(), "+++\ntitle = \"T\"\npublication = \"ICML 2020\"\n+++\n");
        assertEquals(List.of(), e.papers().get(0).authors());
        assertEquals(List.of("key 'authors'"), e.warnings().stream().map(w -> w.origin().where()).toList());
    }

    @Test
    void brokenFrontMatterIsALocatedErrorWithNoRecords() {
        Extraction e = run(HugoOptions.defaults(), "+++\ntitle = \"A\"\nauthors = [\"B\",\n+++\nbody\n");
        assertEquals(List.of(), e.records());
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.origin().where().matches("[34]:[0-9]+"), p.origin().where());
        assertTrue(p.message().startsWith("TOML front matter: "), p.message());
    }

    @Test
    void readsTheCslGenerationWithAuthorNotesAndTypedLinks() {
        String page = """
                ---
                title: "A Third-Generation Page"
                authors:
                  - admin
                  - Bob Smith
                  - Carol White
                author_notes:
                  - "Equal contribution"
                  - "Equal contribution"
                  - "Equal advising"
                date: 2023-05-01
                publication_types: ["paper-conference"]
                publication: "*Proceedings of the 40th International Conference on Machine Learning*"
                publication_short: "ICML 2023"
                links:
                  - type: code
                    url: https://github.com/x/y
                  - type: pdf
                    url: https://arxiv.org/pdf/2301.00001
                featured: true
                ---
                """;
        Extraction e = run(HugoOptions.defaults().withSiteOwner("Jane Roe"), page);
        Paper p = e.papers().get(0);
        assertEquals(List.of("Jane Roe* [owner]", "Bob Smith*", "Carol White"), authors(p));
        assertEquals(new VenueRef("ICML", "International Conference on Machine Learning", 2023), p.venue());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals("2301.00001", p.arxivId());
        assertEquals(List.of("CODE https://github.com/x/y", "PDF https://arxiv.org/pdf/2301.00001"), links(p));
        assertEquals(List.of(), e.problems());
    }

    @Test
    void theSiteOwnersNameMarksThemWhereverTheyAppear() {
        Paper p = HugoPages.paper("hugo-toml/coallaoh__kirchhof2023icml.md", HugoOptions.defaults().withSiteOwner("Seong Joon Oh"));
        assertEquals(List.of("Michael Kirchhof", "Enkelejda Kasneci", "Seong Joon Oh [owner]"), authors(p));
    }

    @Test
    void unknownPublicationTypesAreReported() {
        Extraction e = run(HugoOptions.defaults(),
                "+++\ntitle = \"T\"\nauthors = [\"A B\"]\npublication = \"Nature\"\npublication_types = [\"42\", 2]\n+++\n");
        assertEquals(PaperType.JOURNAL_ARTICLE, e.papers().get(0).type());
        assertEquals(List.of("key 'publication_types'"), e.warnings().stream().map(w -> w.origin().where()).toList());
    }

    @Test
    void aSubmissionIsReportedAndRecordedWithoutVenue() {
        Extraction e = HugoPages.extract("hugo-toml/araffin__decoupling.md", HugoOptions.defaults());
        Paper p = e.papers().get(0);
        assertEquals(null, p.venue());
        assertEquals(List.of("key 'publication'"), e.warnings().stream().map(w -> w.origin().where()).toList());
        assertEquals(LinkKind.PREPRINT, p.links().get(0).kind());
    }

    @Test
    void recognisesPublicationPagesOnly() {
        assertTrue(extractor.recognises(HugoPages.document(Path.of("data/samples/ffjord-publication.md"))));
        assertFalse(extractor.recognises(HugoPages.document(Path.of("data/samples/icml-2021-awards.html"))));
        assertFalse(extractor.recognises(HugoPages.document(Path.of("data/samples/grathwohl-cv.txt"))));
        assertFalse(extractor.recognises(Document.ofText("_posts/2020-01-01-hello.md",
                "---\nlayout: post\ntitle: Hello\nauthors: [admin]\n---\nA blog post.\n")));
        assertTrue(extractor.recognises(Document.ofText("/site/content/publication/x/index.md", "+++\ntitle = \"index\"\n+++\n")));
        assertTrue(extractor.recognises(Document.ofText("page.md", "---\ntitle: T\npublication_types: ['2']\n")),
                "an unclosed block is still this kind of page, so the extractor can report it");
        assertEquals("hugo-publication", extractor.kind());
    }
}
