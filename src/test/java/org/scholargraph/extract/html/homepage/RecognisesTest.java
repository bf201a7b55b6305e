package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Severity;
import org.scholargraph.source.Document;

/** Which documents are homepages: a person's name with repeated publication entries naming them. */
class RecognisesTest {
    private final HomepageExtractor extractor = new HomepageExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"erikwijmans__index", "erikwijmans__publication__index", "jessebett__index",
            "jessebett__publication__index", "jonbarron__index", "rtqichen__index", "tingwuwang__index",
            "tkipf__index", "vsitzmann__index", "yang-song__index", "yang-song__publications__index"})
    void everyFixtureHomepageIsOne(String site) {
        assertTrue(extractor.recognises(Pages.site(site)), site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"icml-2021-awards.html", "ffjord-publication.md", "grathwohl-cv.txt",
            "vicol-site-2022.txt", "vicol-site-2024.txt"})
    void samplesOfOtherKindsAreNot(String sample) {
        assertFalse(extractor.recognises(Pages.document(Path.of("data/samples", sample))), sample);
    }

    @Test
    void hugoFrontMatterMarkdownAndPlainTextAreNot() {
        assertFalse(extractor.recognises(Pages.html("pub.md", "+++\ntitle = \"Neural ODEs\"\nauthors = [\"Ricky "
                + "Chen\"]\n+++\nSome <b>markdown</b> with a <a href=\"x\">link</a>.")));
        assertFalse(extractor.recognises(Pages.html("notes.txt", "Jane Doe\nPublications\nJane Doe, John Roe. "
                + "A Paper. ICML 2020.\nJane Doe. Another Paper. NeurIPS 2021.")));
    }

    @Test
    void markdownWithInlineHtmlIsLeftToItsOwnExtractor() {
        assertTrue(extractor.recognises(Pages.html("jane/", LayoutVariantsTest.PAGE)));
        assertFalse(extractor.recognises(Document.ofText("file:///site/_includes/cv.md", LayoutVariantsTest.PAGE)));
    }

    @Test
    void extractingSomethingThatIsNotHtmlIsAnErrorNotACrash() {
        Extraction x = extractor.extract(Pages.html("cv.txt", "Curriculum vitae\n\nEducation: PhD, 2020"));
        assertTrue(x.failed());
        assertEquals(Severity.ERROR, x.problems().get(0).severity());
        assertTrue(x.problems().get(0).message().startsWith("not an HTML page"));
        assertTrue(x.records().isEmpty());
    }
}
