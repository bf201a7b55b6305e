package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.scholargraph.source.Document;

/** Which documents each text extractor takes: its own samples, and never HTML pages, front-matter pages or award pages. */
class RecognitionTest {
    private final CvTextExtractor cv = new CvTextExtractor();
    private final SiteSnapshotExtractor snapshot = new SiteSnapshotExtractor();

    @Test
    void kindsAreNamedForTheCommandLine() {
        assertEquals("cv-text", cv.kind());
        assertEquals("site-snapshot", snapshot.kind());
    }

    @Test
    void cvsAreCvsAndNotSnapshots() {
        for (String path : new String[] {"data/samples/grathwohl-cv.txt", "src/test/resources/fixtures/cv-text/bamos__cv.md"}) {
            Document d = Samples.document(path);
            assertTrue(cv.recognises(d), path);
            assertFalse(snapshot.recognises(d), path);
        }
    }

    @Test
    void siteCapturesAreSnapshotsAndNotCvs() {
        for (String path : new String[] {"data/samples/vicol-site-2022.txt", "data/samples/vicol-site-2024.txt"}) {
            Document d = Samples.document(path);
            assertTrue(snapshot.recognises(d), path);
            assertFalse(cv.recognises(d), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/samples/icml-2021-awards.html", "data/samples/ffjord-publication.md"})
    void theOtherSamplesAreNeither(String path) {
        Document d = Samples.document(path);
        assertFalse(cv.recognises(d), path);
        assertFalse(snapshot.recognises(d), path);
    }

    @Test
    void anHtmlPageWithCvHeadingsIsNeither() {
        Document page = Samples.text("index.html", """
                <!DOCTYPE html>
                <html><head><title>Jane Doe</title></head>
                <body><h2>Publications</h2><p>A Paper</p><p>Jane Doe, John Smith</p><p>ICML 2020</p>
                <h2>Awards</h2><ul><li>2019 Best Paper Award</li></ul>
                <h2>Education</h2><p>I am a PhD student at the University of Somewhere.</p></body></html>
                """);
        assertFalse(cv.recognises(page));
        assertFalse(snapshot.recognises(page));
    }

    @Test
    void aHugoPageWithFrontMatterIsNeither() {
        Document page = Samples.text("content/publication/x/index.md", """
                ---
                title: "A Paper"
                authors: [Jane Doe, John Smith]
                ---
                ## Publications
                ## Awards
                I am a researcher at the University of Somewhere.
                Abstract: one.
                Abstract: two.
                """);
        assertFalse(cv.recognises(page));
        assertFalse(snapshot.recognises(page));
    }

    /** Laid out as the award pages captured as text are: a heading, then title and author rows. */
    @Test
    void anAwardPageCapturedAsTextIsNeither() {
        Document page = Samples.text("icml2020_awards.txt", """
                ICML 2020 Awards
                Outstanding Paper Award
                On Learning Sets of Symmetric Elements
                Haggai Maron, Or Litany, Gal Chechik, Ethan Fetaya
                Tuning-free Plug-and-Play Proximal Algorithm for Inverse Imaging Problems
                Kaixuan Wei, Angelica I Aviles-Rivero, Jingwei Liang, Ying Fu, Carola-Bibiane Schönlieb, Hua Huang
                Outstanding Paper Honorable Mention
                Efficiently Sampling Functions from Gaussian Process Posteriors
                James Wilson, Viacheslav Borovitskiy, Alexander Terenin, Peter Mostowsky, Marc Deisenroth
                """);
        assertFalse(cv.recognises(page));
        assertFalse(snapshot.recognises(page));
    }

    @Test
    void binaryAndEmptyDocumentsAreNeither() {
        Document binary = Document.of("x.pdf", "x.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0, 'P', 'u', 'b'});
        Document empty = Samples.text("empty.txt", "  \n\n ");
        for (Document d : new Document[] {binary, empty}) {
            assertFalse(cv.recognises(d));
            assertFalse(snapshot.recognises(d));
        }
    }
}
