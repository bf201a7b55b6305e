package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Severity;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/** Broken input is read as far as it goes, with located warnings, and never throws. */
class MalformedTextTest {
    /** Unclosed list, a made-up tag, unbuilt Liquid, an impossible year, an author list without a title. */
    private static final String MESSY = """
            # Jane Q. Public

            ## Publications
            <ul>
            <li>A Study of Things That Break Parsers
            <br>Jane Q. Public*, John Smith*, <frob>Mary Major</frob>
            <br>NeurIPS 20222
            <li>{% for paper in site.data.papers %}{{ paper.title }}{% endfor %}
            <li>John Smith, Mary Major
            <li>Robust Parsing of Broken Pages
            <br>**Jane Q. Public**, Alan Turing
            <br>ICLR 2020 (Spotlight)

            ## Awards
            - 2019 **Best Reviewer Award**, ICML
            - Grad Fellowship
            ## Talks
            - Parsing the unparseable — Some Seminar, May 2021
            """;

    private final CvTextExtractor cv = new CvTextExtractor();

    @Test
    void aMessyMarkdownCvIsReadAsFarAsItGoes() {
        Document d = Samples.text("messy.md", MESSY);
        assertTrue(cv.recognises(d));
        Extraction x = cv.extract(d);
        assertEquals(List.of("A Study of Things That Break Parsers", "Robust Parsing of Broken Pages"),
                x.papers().stream().map(Paper::title).toList());
        Paper first = x.papers().get(0);
        assertEquals(List.of("Jane Q. Public", "John Smith", "Mary Major"), first.authors().stream().map(a -> a.name()).toList());
        assertEquals("NeurIPS", first.venue().label());
        assertNull(first.year());
        Paper second = x.papers().get(1);
        assertEquals(2020, second.year());
        assertEquals(List.of(PresentationKind.SPOTLIGHT), second.presentations().stream().map(p -> p.kind()).toList());
        assertEquals("Jane Q. Public", Samples.person(x).name());
        assertEquals(List.of("Best Reviewer Award", "Grad Fellowship"),
                Samples.all(x, AwardReceipt.class).stream().map(AwardReceipt::award).toList());
        Talk talk = Samples.talks(x).get(0);
        assertEquals("Parsing the unparseable", talk.title());
        assertEquals("Some Seminar", talk.host());
        assertEquals(2021, talk.year());
    }

    @Test
    void itsProblemsAreWarningsOnTheirLines() {
        Extraction x = cv.extract(Samples.text("messy.md", MESSY));
        assertEquals(List.of("line 9", "line 7"), x.problems().stream().map(p -> p.origin().where()).toList());
        assertTrue(x.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertTrue(x.problems().get(0).message().contains("without a title"));
        assertTrue(x.problems().get(1).message().contains("20222"));
    }

    @Test
    void aPublicationsSectionWithNothingReadableIsReported() {
        Extraction x = cv.extract(Samples.text("cv.txt", """
                Education
                University of Somewhere
                Publications
                see my Google Scholar page
                """));
        assertTrue(x.papers().isEmpty());
        Problem p = x.warnings().get(0);
        assertEquals("line 3", p.origin().where());
        assertTrue(p.message().contains("no publication entries"), p.message());
    }

    @Test
    void emptyAndBinaryDocumentsAreErrorsNotExceptions() {
        Extraction empty = cv.extract(Samples.text("empty.txt", "\n \n"));
        assertTrue(empty.failed());
        assertTrue(empty.records().isEmpty());
        Extraction binary = new SiteSnapshotExtractor().extract(Document.of("x.bin", "x.bin", new byte[] {0, 1, 2, 3}));
        assertTrue(binary.failed());
    }

    /** Lines of the real samples shuffled and cut at random (fixed seed): whatever comes, no exception. */
    @Test
    void shuffledAndTruncatedSamplesNeverThrow() {
        List<String> pool = new ArrayList<>();
        for (String path : new String[] {"data/samples/grathwohl-cv.txt", "data/samples/vicol-site-2024.txt",
                "src/test/resources/fixtures/cv-text/bamos__cv.md"}) {
            pool.addAll(Samples.document(path).text().lines().toList());
        }
        Random random = new Random(4);
        for (int doc = 0; doc < 60; doc++) {
            StringBuilder text = new StringBuilder();
            int n = 5 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                String line = pool.get(random.nextInt(pool.size()));
                text.append(line, 0, random.nextInt(4) == 0 ? random.nextInt(line.length() + 1) : line.length()).append('\n');
            }
            Document d = Samples.text("shuffled-" + doc + ".md", text.toString());
            Extraction x = assertDoesNotThrow(() -> cv.extract(d), text::toString);
            assertTrue(x.problems().stream().noneMatch(p -> p.message().startsWith("section could not be read")),
                    () -> x.problems() + "\n" + text);
            assertDoesNotThrow(() -> new SiteSnapshotExtractor().extract(d), text::toString);
        }
    }
}
