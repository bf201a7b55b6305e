package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Service;

/**
 * Layouts none of the samples uses, written here the way CVs commonly are: whole references on one
 * line, author lists before titles, bold titles, degree lines with advisors, dated talks and
 * reviewing spans. The rules that read the samples must read these too.
 */
class GeneralCvRulesTest {
    private final CvTextExtractor cv = new CvTextExtractor();

    @Test
    void aMarkdownCvWithOneLineReferences() {
        Extraction x = cv.extract(Samples.text("cv.md", """
                # Jane Doe

                ## Education
                - Ph.D. in Computer Science, Stanford University, 2015 - 2020. Advisor: Andrew Ng
                - B.Sc. in Mathematics, University of Waterloo, 2011 - 2015

                ## Publications
                * denotes equal contribution

                1. **Jane Doe**, Alan Smith, and Bo Li. Learning Things Quickly from Few Examples. In *NeurIPS*, 2021. (Spotlight)
                2. Alan Smith*, **Jane Doe***. "Another Paper About Graphs," ICML 2020 (Oral).
                3. **J. Doe**, K. Lee. *Robust Methods for Noisy Labels*. arXiv preprint arXiv:2101.00001, 2021.

                ## Honors and Awards
                - Best Paper Award, CVPR 2019, for "Robust Methods for Noisy Labels"
                - 2018: Some Graduate Fellowship (CAD 30,000)

                ## Invited Talks
                - "Learning quickly", Google Research, March 2022
                - Robust learning, MIT CSAIL, 2021

                ## Service
                - Reviewer: NeurIPS 2020-2022, ICML 2021 (Top Reviewer)
                - Area Chair, ICLR 2023
                """));
        assertEquals(List.of("Learning Things Quickly from Few Examples", "Another Paper About Graphs",
                "Robust Methods for Noisy Labels"), x.papers().stream().map(Paper::title).toList());
        Paper first = x.papers().get(0);
        assertEquals(List.of("Jane Doe", "Alan Smith", "Bo Li"), first.authors().stream().map(Author::name).toList());
        assertEquals("NeurIPS 2021", first.venue().label() + " " + first.year());
        assertEquals(List.of(PresentationKind.SPOTLIGHT), first.presentations().stream().map(p -> p.kind()).toList());
        Paper second = x.papers().get(1);
        assertEquals(List.of(true, true), second.authors().stream().map(Author::equalContribution).toList());
        assertEquals(List.of(PresentationKind.ORAL), second.presentations().stream().map(p -> p.kind()).toList());
        Paper third = x.papers().get(2);
        assertEquals("arXiv", third.venue().label());
        assertTrue(third.authors().get(0).siteOwner(), "J. Doe is the owner Jane Doe");
        assertEquals("Best Paper Award", third.awards().get(0).label());
        assertEquals(2019, third.awards().get(0).year());

        assertEquals(List.of(
                new Education("Ph.D. in Computer Science", "Stanford University", List.of("Andrew Ng"), 2015, 2020, null),
                new Education("B.Sc. in Mathematics", "University of Waterloo", List.of(), 2011, 2015, null)),
                Samples.person(x).education());
        AwardReceipt fellowship = Samples.award(x, "Some Graduate Fellowship").orElseThrow();
        assertEquals(2018, fellowship.year());
        assertEquals("CAD 30,000", fellowship.amount());
        assertEquals(List.of("Learning quickly @ Google Research 2022", "Robust learning @ MIT CSAIL 2021"),
                Samples.talks(x).stream().map(t -> t.title() + " @ " + t.host() + " " + t.year()).toList());
        assertEquals(List.of("Reviewer NeurIPS 2020", "Reviewer NeurIPS 2021", "Reviewer NeurIPS 2022",
                "Reviewer ICML 2021 Top Reviewer", "Area Chair ICLR 2023"),
                Samples.service(x).stream().map(GeneralCvRulesTest::service).toList());
    }

    @Test
    void aTextCvWithAuthorListsAboveTitlesAndAnUpperCaseName() {
        Extraction x = cv.extract(Samples.text("cv.txt", """
                JOHN Q. RESEARCHER
                john@example.edu

                EDUCATION
                Massachusetts Institute of Technology, Cambridge, MA
                Ph.D., Electrical Engineering and Computer Science, 2019 - present
                Supervised by Jane Doe and Richard Roe

                PUBLICATIONS
                JOHN Q. RESEARCHER, ALICE WONG, BOB STONE
                Deep Nets for Everything
                ICLR 2022

                ALICE WONG†, JOHN Q. RESEARCHER†
                Shallow Nets for Nothing
                NeurIPS 2021, Oral Presentation

                AWARDS
                2021 Apple Scholars in AI/ML PhD Fellowship
                2019 NSF GRFP Honorable Mention
                """));
        assertEquals("John Q. Researcher", Samples.person(x).name());
        assertEquals(List.of(new Education("Ph.D., Electrical Engineering and Computer Science",
                "Massachusetts Institute of Technology", List.of("Jane Doe", "Richard Roe"), 2019, null, null)),
                Samples.person(x).education());
        assertEquals(List.of("Deep Nets for Everything ICLR 2022", "Shallow Nets for Nothing NeurIPS 2021"),
                x.papers().stream().map(p -> p.title() + " " + p.venue().label() + " " + p.year()).toList());
        Paper shallow = x.papers().get(1);
        assertEquals(List.of("Alice Wong", "John Q. Researcher"), shallow.authors().stream().map(Author::name).toList());
        assertEquals(List.of(1, 1), shallow.authors().stream().map(Author::equalGroup).toList());
        assertEquals(List.of(PresentationKind.ORAL), shallow.presentations().stream().map(p -> p.kind()).toList());
        assertEquals(List.of(2021, 2019), Samples.all(x, AwardReceipt.class).stream().map(AwardReceipt::year).toList());
    }

    @Test
    void boldTitlesAboveAuthorListsAreTitles() {
        Extraction x = cv.extract(Samples.text("pubs.md", """
                # Publications

                ### 2021
                **Deep Residual Things**
                Jane Doe, Alan Smith
                *ICML 2021*

                **Graphs Are Everywhere: A Survey**
                Alan Smith, Jane Doe, Bo Li
                NeurIPS 2020 Workshop on Graphs
                """));
        assertEquals(List.of("Deep Residual Things", "Graphs Are Everywhere: A Survey"),
                x.papers().stream().map(Paper::title).toList());
        assertEquals("ICML", x.papers().get(0).venue().label());
        assertEquals("NeurIPS Workshop on Graphs", x.papers().get(1).venue().longName());
        assertEquals(2020, x.papers().get(1).year());
    }

    @Test
    void talksWithoutAnySeparatorOrDateAreNotInvented() {
        Extraction x = cv.extract(Samples.text("cv.md", """
                # Jane Doe
                ## Talks
                Slides for my talks are on my website.
                ## Publications
                Jane Doe, Alan Smith. A Paper on Things. ICML 2020.
                """));
        assertTrue(Samples.talks(x).isEmpty(), Samples.talks(x).toString());
        assertEquals(1, x.papers().size());
    }

    private static String service(Service s) {
        return s.role() + " " + s.venue().label() + " " + s.venue().year() + (s.distinction() == null ? "" : " " + s.distinction());
    }
}
