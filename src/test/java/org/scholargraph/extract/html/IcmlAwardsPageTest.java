package org.scholargraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueRef;

/** The ICML 2021 virtual site's awards_detail page: each paper listed twice (oral + poster) is one paper. */
class IcmlAwardsPageTest {
    private static final String SAMPLE = "data/samples/icml-2021-awards.html";
    private static final String PES = "Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies";
    private static Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = new AwardPageExtractor().extract(Fixtures.file(SAMPLE));
    }

    @Test
    void fivePapersOneOutstandingFourHonorableMentions() {
        assertEquals(List.of(PES,
                "Oops I Took A Gradient: Scalable Sampling for Discrete Distributions",
                "Solving high-dimensional parabolic PDEs using the tensor train format",
                "Optimal Complexity in Decentralized Training",
                "Understanding self-supervised learning dynamics without contrastive pairs"),
                extraction.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("Outstanding Paper"), labels(Fixtures.titled(extraction, PES)));
        extraction.papers().stream().skip(1).forEach(p ->
                assertEquals(List.of("Outstanding Paper Honorable Mention"), labels(p), p.title()));
        assertTrue(extraction.problems().isEmpty(), extraction.problems().toString());
    }

    @Test
    void authorsInPageOrder() {
        assertEquals(List.of("Paul Vicol", "Luke Metz", "Jascha Sohl-Dickstein"), names(Fixtures.titled(extraction, PES)));
        assertEquals(List.of("Will Grathwohl", "Kevin Swersky", "Milad Hashemi", "David Duvenaud", "Chris Maddison"),
                names(extraction.papers().get(1)));
        assertEquals(List.of("Lorenz Richter", "Leon Sallandt", "Nikolas Nüsken"), names(extraction.papers().get(2)));
        assertEquals(List.of("Yucheng Lu", "Christopher De Sa"), names(extraction.papers().get(3)));
    }

    @Test
    void eachPaperHasAnOralAndAPosterWithAbsoluteUrls() {
        assertEquals(Set.of(new Presentation(PresentationKind.POSTER, "https://icml.cc/virtual/2021/poster/10175"),
                new Presentation(PresentationKind.ORAL, "https://icml.cc/virtual/2021/oral/10176")),
                Set.copyOf(Fixtures.titled(extraction, PES).presentations()));
        for (Paper p : extraction.papers()) {
            assertEquals(Set.of(PresentationKind.ORAL, PresentationKind.POSTER),
                    p.presentations().stream().map(Presentation::kind).collect(Collectors.toSet()), p.title());
            p.presentations().forEach(pr -> assertTrue(pr.url().startsWith("https://icml.cc/virtual/2021/"), pr.url()));
        }
    }

    @Test
    void venueYearAndAwardingEditionAreIcml2021() {
        VenueRef icml2021 = new VenueRef("ICML", "International Conference on Machine Learning", 2021);
        for (Paper p : extraction.papers()) {
            assertEquals(icml2021, p.venue(), p.title());
            assertEquals(2021, p.year(), p.title());
            assertEquals(PaperType.CONFERENCE_PAPER, p.type(), p.title());
            PaperAward award = p.awards().get(0);
            assertEquals(icml2021, award.conferredBy());
            assertEquals(2021, award.year());
            assertFalse(award.nominee());
        }
    }

    @Test
    void abstractsAreKeptAsPlainTextWithFormulasReadOnce() {
        assertTrue(Fixtures.titled(extraction, PES).abstractText().startsWith("Unrolled computation graphs arise in many scenarios"));
        String ssl = extraction.papers().get(4).abstractText();
        assertTrue(ssl.contains("outperforms linear predictor by 2.5% in 300-epoch training (and 5% in 60-epoch)"), ssl);
        extraction.papers().forEach(p -> assertFalse(p.abstractText().matches("(?s).*(<|MathJax|math/tex).*"), p.title()));
    }

    @Test
    void recordsPointAtTheirEntry() {
        Paper pes = Fixtures.titled(extraction, PES);
        assertTrue(pes.origin().source().endsWith("data/samples/icml-2021-awards.html"), pes.origin().source());
        assertTrue(pes.origin().where().startsWith("line 22: "), pes.origin().where());
    }

    private static List<String> labels(Paper p) {
        return p.awards().stream().map(PaperAward::label).toList();
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }
}
