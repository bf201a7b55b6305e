package org.scholargraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Severity;
import org.scholargraph.source.Document;

/** Bad input and the recognises() contract: what is an award page, what is not, what a broken one yields. */
class AwardPageProblemsTest {
    private final AwardPageExtractor extractor = new AwardPageExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"data/samples/icml-2021-awards.html",
            Fixtures.AWARD_PAGES + "html/aistats__2016__best_papers.html",
            Fixtures.AWARD_PAGES + "html/aistats__2021__awards.html",
            Fixtures.AWARD_PAGES + "html/aistats__2022__awards.nominees.md"})
    void recognisesAwardPages(String path) {
        assertTrue(extractor.recognises(Fixtures.file(path)), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/samples/ffjord-publication.md", "data/samples/grathwohl-cv.txt",
            "data/samples/vicol-site-2024.txt",
            "src/test/resources/fixtures/personal-sites/erikwijmans__index.html",
            "src/test/resources/fixtures/personal-sites/rtqichen__index.html"})
    void doesNotRecogniseHomepagesPublicationPagesOrCvs(String path) {
        assertFalse(extractor.recognises(Fixtures.file(path)), path);
    }

    @Test
    void pageWithoutAwardRowsIsOneErrorNamingTheFileAndWhatWasLookedFor() {
        Document page = Fixtures.page("file:///sites/lab/news.html", "<html><head><title>Lab news</title></head>"
                + "<body><h1>News</h1><p>We moved to a new building.</p><h2>Awards</h2>"
                + "<p>The award ceremony is on Tuesday.</p></body></html>");
        Extraction out = extractor.extract(page);
        assertTrue(out.papers().isEmpty());
        assertEquals(1, out.problems().size(), out.problems().toString());
        Problem p = out.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("file:///sites/lab/news.html", p.origin().source());
        assertTrue(p.message().contains("no award rows found in file:///sites/lab/news.html"), p.message());
        assertTrue(p.message().contains("looked for award labels"), p.message());
        assertTrue(p.message().contains("'Title (Authors)'"), p.message());
    }

    @Test
    void truncatedPageYieldsTheRowsBeforeTheCut() {
        Document whole = Fixtures.file("data/samples/icml-2021-awards.html");
        String text = whole.text();
        int cut = text.indexOf("Optimal Complexity in Decentralized Training") + 30;
        Document truncated = Document.of(whole.location(), whole.displayName(),
                text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        Extraction out = extractor.extract(truncated);
        assertEquals(List.of("Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies",
                "Oops I Took A Gradient: Scalable Sampling for Discrete Distributions",
                "Solving high-dimensional parabolic PDEs using the tensor train format"),
                out.papers().stream().map(Paper::title).toList());
        assertFalse(out.failed());
    }

    @Test
    void binaryDocumentIsNeitherRecognisedNorRead() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Document image = Document.of("file:///sites/lab/award.png", "award.png", png);
        assertFalse(extractor.recognises(image));
        Extraction out = extractor.extract(image);
        assertTrue(out.failed());
        assertTrue(out.papers().isEmpty());
        assertTrue(out.problems().get(0).message().contains("not an HTML or Markdown page"));
    }

    @Test
    void warnsWhenNoVenueCanBeFound() {
        Document page = Fixtures.page("file:///tmp/page.html", "<h2>Best Paper</h2>"
                + "<p><a href='p.pdf'>A Study of Things</a><br>Ada Lovelace, Alan Turing</p>");
        Extraction out = extractor.extract(page);
        assertEquals(1, out.papers().size());
        assertEquals(null, out.papers().get(0).venue());
        assertEquals(1, out.warnings().size(), out.problems().toString());
        assertTrue(out.warnings().get(0).message().contains("cannot tell which conference"));
    }
}
