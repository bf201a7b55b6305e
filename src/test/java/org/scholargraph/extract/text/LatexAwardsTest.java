package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Person;
import org.scholargraph.source.Document;

/**
 * The awards sections of the two Awesome-CV LaTeX CVs (fixtures/cv-text/, provenance in its
 * MANIFEST.tsv): akjagadish's {@code \cvhonor{Award}{Event}{Location}{Date}} entries, one of
 * them commented out, and epignatelli's {@code \item \position{…} \jobdescription{…}}. A section
 * file names nobody; a CV's main file does ({@code \name{First}{Last}}), so the tests also read
 * each section after such a line.
 */
class LatexAwardsTest {
    private static final String DIR = "src/test/resources/fixtures/cv-text/";

    private static Extraction named(String file, String nameLine) {
        String text = Samples.document(DIR + file).text();
        return new LatexCvExtractor().extract(Document.ofText(file, nameLine + "\n" + text));
    }

    private static AwardReceipt award(Extraction x, int index) {
        return Samples.all(x, AwardReceipt.class).get(index);
    }

    @Test
    void aSectionFileAloneNamesNobodySoItsAwardsAreLeftOutWithAWarning() {
        Extraction x = new LatexCvExtractor().extract(Samples.document(DIR + "akjagadish__honors.tex"));
        assertTrue(x.records().isEmpty(), x.records().toString());
        assertEquals(1, x.warnings().size());
        assertTrue(x.warnings().get(0).message().contains("17 awards are left out"), x.warnings().toString());
    }

    @Test
    void cvHonorsWithTheirYearsAndTheVenueTheEventNames() {
        Extraction x = named("akjagadish__honors.tex", "\\name{Akshay}{Jagadish}");
        assertEquals("Akshay Jagadish", Samples.person(x).name());
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(17, awards.size(), awards.toString());
        assertEquals(List.of("NatGeo Storyteller", "Top Reviewer", "Natural and Artificial Mind Postdoctoral Fellowship",
                "Ph.D. with Magna cum Laude", "Top Reviewer"), awards.subList(0, 5).stream().map(AwardReceipt::award).toList());
        assertEquals(List.of(2026, 2025, 2025, 2025, 2024, 2024, 2023, 2020, 2019, 2018, 2018, 2017, 2016, 2016, 2013,
                2013, 2011), awards.stream().map(AwardReceipt::year).toList());
        assertTrue(awards.stream().allMatch(a -> a.recipient().equals("Akshay Jagadish")));
        assertEquals("NeurIPS", award(x, 1).conferredBy());
        assertNull(award(x, 0).conferredBy(), "a description of the award is not who gave it");
        AwardReceipt smartstart = award(x, 7);
        assertEquals("SMARTSTART Fellowship in Computational Neuroscience", smartstart.award());
        assertEquals("1000 euros", smartstart.amount());
        assertEquals("Ranked Top 0.1%", award(x, 14).award());
        assertEquals("Most Consistent Performer of the Batch", award(x, 16).award());
        assertTrue(awards.stream().noneMatch(a -> a.award().contains("Computational Psychiatry")), "commented out");
        assertEquals("line 20", award(x, 0).origin().where());
    }

    @Test
    void itemsOfTwoFieldsWithYearsAndConferrersFromTheDescription() {
        Extraction x = named("epignatelli__awards.tex", "\\name{Eduardo}{Pignatelli}");
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(8, awards.size(), awards.toString());
        assertEquals("Nomination for “UCL Inspiring Teaching Delivery Award”", award(x, 0).award());
        assertNull(award(x, 0).year());
        assertEquals("TMLR", award(x, 1).conferredBy());
        AwardReceipt innovation = award(x, 3);
        assertEquals("Best Innovation 2020", innovation.award());
        assertEquals(2020, innovation.year());
        assertEquals("Society of Digital Engineering", innovation.conferredBy());
        AwardReceipt lord = award(x, 4);
        assertEquals("Peter Lord Award", lord.award());
        assertEquals(2016, lord.year());
        assertEquals("Institute of Acoustics", lord.conferredBy());
        assertEquals(2016, award(x, 5).year(), "'From 2016 to 2018': the year it started");
        assertEquals(2017, award(x, 6).year());
        assertEquals("M.A.R Scholarship", award(x, 7).award());
        assertEquals(2015, award(x, 7).year());
        assertEquals(1, Samples.all(x, Person.class).size());
    }

    @Test
    void aPlainItemizeOfDatedLinesWithBoldAwardNames() {
        String tex = "\\section*{Honors \\& Awards}\n\\begin{itemize}\n"
                + "\\item 2019 \\textbf{Best Paper Award}, International Conference on Machine Learning\n"
                + "\\item \\textbf{Google PhD Fellowship} (\\$10,000), 2021\n"
                + "\\end{itemize}\n";
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", "\\author{Jane Doe}\n" + tex));
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(2, awards.size(), x.records() + " " + x.problems());
        assertEquals("Best Paper Award", awards.get(0).award());
        assertEquals(2019, awards.get(0).year());
        assertEquals("Google PhD Fellowship", awards.get(1).award());
        assertEquals(2021, awards.get(1).year());
        assertEquals("$10,000", awards.get(1).amount());
        assertEquals("Jane Doe", awards.get(1).recipient());
    }

    @Test
    void paragraphsDatedLinesAndBulletSeparatedAwards() {
        String tex = """
                {\\Large Jane Doe}

                \\section*{Honors and Awards}
                \\noindent

                \\textit{2019}: Fellow, American Association for the Advancement of Science

                \\textit{2015}: Best Paper Award, NeurIPS

                \\section*{Awards}
                Presidential Scholarship, Some University $\\bullet$ Research Fellowship (\\$5000 award)

                \\textbf{Outstanding Reviewer}, ICML \\hfill 2021 \\\\
                \\textbf{Travel Grant}, NeurIPS \\hfill 2019 \\\\
                """;
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", tex));
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(List.of("Fellow", "Best Paper Award", "Presidential Scholarship", "Research Fellowship",
                "Outstanding Reviewer", "Travel Grant"), awards.stream().map(AwardReceipt::award).toList());
        assertEquals("American Association for the Advancement of Science", awards.get(0).conferredBy());
        assertEquals(2019, awards.get(0).year());
        assertEquals("NeurIPS", awards.get(1).conferredBy());
        assertEquals("Some University", awards.get(2).conferredBy());
        assertEquals("$5000", awards.get(3).amount());
        assertEquals("ICML", awards.get(4).conferredBy());
        assertEquals(2021, awards.get(4).year());
        assertEquals(2019, awards.get(5).year());
        assertTrue(awards.stream().allMatch(a -> a.recipient().equals("Jane Doe")));
    }
}
