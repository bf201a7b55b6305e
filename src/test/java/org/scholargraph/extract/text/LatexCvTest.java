package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Person;
import org.scholargraph.model.Problem;

/**
 * The publication sections of two Awesome-CV LaTeX CVs (fixtures/cv-text/, provenance in its
 * MANIFEST.tsv). akjagadish: {@code \cventryPub} entries, "Surname, I. I." authors, bold self,
 * "*" equal contribution and "$^\#$" alphabetical marks noted in a first entry, "..." elided
 * authors, "\&" before the last, "(2026)." before the title, venue in a brace group.
 * epignatelli: an enumerate, "Surname, I." and "Surname I." authors, \emph self (once mangled
 * over a neighbour's initials), year before an italic title, venue in \emph, "In review",
 * "Awarded Survey Certification".
 */
class LatexCvTest {
    private static final String DIR = "src/test/resources/fixtures/cv-text/";

    private static Extraction jagadish;
    private static Extraction pignatelli;

    @BeforeAll
    static void extract() {
        jagadish = new LatexCvExtractor().extract(Samples.document(DIR + "akjagadish__publications.tex"));
        pignatelli = new LatexCvExtractor().extract(Samples.document(DIR + "epignatelli__publications.tex"));
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }

    private static List<Integer> groups(Paper p) {
        return p.authors().stream().map(Author::equalGroup).toList();
    }

    @Test
    void everyEntryOfBothFilesIsOnePaperAndTheMarksNoteIsNone() {
        assertEquals(28, jagadish.papers().size(), jagadish.papers().stream().map(Paper::title).toList().toString());
        assertEquals(15, pignatelli.papers().size());
        assertEquals("Closing the Loop to Discover Psychological Theories with an Automated Cognitive Scientist",
                jagadish.papers().get(0).title());
        assertEquals("Artificial Bee Colony (ABC) based variable density sampling scheme for CS-MRI",
                jagadish.papers().get(27).title());
        assertEquals("AgentQuest: Benchmarking LLM and VLM Agents on Long-Horizon Interactive Tasks",
                pignatelli.papers().get(0).title());
        assertEquals("A wooden acoustic shell for open-air chamber music concert", pignatelli.papers().get(14).title());
        assertTrue(jagadish.papers().stream().noneMatch(p -> p.title().contains("alphabetical")));
    }

    @Test
    void titlesEndWhereTheReferenceSaysAndKeepTheirOwnPunctuation() {
        Samples.paper(jagadish, "Can we automatize scientific discovery in the cognitive sciences?");
        Samples.paper(jagadish, "Reinforcement learning: computational modeling of learning and decision-making");
        Samples.paper(jagadish, "“Chat-GPT on the couch”: assessing and alleviating state anxiety in large language models");
        Samples.paper(pignatelli, "NAVIX: Scaling MiniGrid Environments with JAX");
        Samples.paper(pignatelli, "Does Behavioural Diversity in Intrinsic Rewards help Exploration?");
        Samples.paper(pignatelli, "Estimation of Fibre Architecture and Scar in Myocardial Tissue Using Electrograms: an in-silico study");
    }

    @Test
    void surnameFirstAuthorsInOrderWithEqualContributionAndTheBoldOwner() {
        Paper closing = jagadish.papers().get(0);
        assertEquals(List.of("A. K. Jagadish", "Y. Strittmatter", "N. Jacoby", "G. Kachergis", "E. Schulz", "N. Daw",
                "S. H. Chandramouli", "T. Griffiths"), names(closing));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 0, 0), groups(closing));
        assertEquals("Jagadish, A. K.*", closing.authors().get(0).printed());
        Paper sparse = Samples.paper(jagadish, "Sparse autoencoders reveal temporal difference learning in large language models");
        assertEquals(List.of("C. Demirican", "T. Saanum", "A. K. Jagadish", "M. Binz", "E. Schulz"), names(sparse));
        assertEquals(List.of(1, 1, 0, 0, 0), groups(sparse));
        Paper rl = Samples.paper(jagadish, "Reinforcement learning: computational modeling of learning and decision-making");
        assertEquals(List.of("Z. Cohen", "A. K. Jagadish", "E. Hosseini", "M. Eckstein"), names(rl));
        assertEquals(List.of(1, 1, 1, 0), groups(rl));
        Paper personality = Samples.paper(jagadish, "Structural correlates of personality dimensions in healthy aging and MCI");
        assertEquals("D. Van De Ville", personality.authors().get(5).name());
        for (Paper p : jagadish.papers()) {
            List<Author> owners = p.authors().stream().filter(Author::siteOwner).toList();
            assertEquals(1, owners.size(), p.title());
            assertEquals("A. K. Jagadish", owners.get(0).name());
        }
    }

    @Test
    void elidedAuthorsAreWarnedAboutNotInventedAndTheAlphabeticalMarkIsNotEqualContribution() {
        Paper centaur = Samples.paper(jagadish, "Centaur: a foundation model of human cognition");
        assertEquals(List.of("M. Binz", "A. K. Jagadish", "E. Schulz"), names(centaur));
        assertEquals("Jagadish, A. K.#", centaur.authors().get(1).printed());
        assertFalse(centaur.authors().get(1).equalContribution());
        List<String> warnings = jagadish.warnings().stream().map(Problem::toString).toList();
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.contains("author list is elided")), warnings.toString());
        assertTrue(warnings.get(0).contains("akjagadish__publications.tex:line 36:"), warnings.get(0));
        assertFalse(jagadish.failed());
    }

    @Test
    void venuesThroughTheCatalogWithTheirYear() {
        assertVenue(jagadish, "Sparse autoencoders reveal temporal difference learning in large language models", "ICLR", 2025);
        assertVenue(jagadish, "Generating computational cognitive models using large language models", "NeurIPS", 2025);
        assertVenue(jagadish, "In-context learning agents are asymmetric belief updaters", "ICML", 2024);
        assertVenue(jagadish, "Artificial Bee Colony (ABC) based variable density sampling scheme for CS-MRI", "TENCON", 2016);
        assertVenue(jagadish, "A rational analysis of optimism bias using meta-reinforcement learning", "CCN", 2023);
        assertVenue(pignatelli, "A Survey of Temporal Credit Assignment in Deep Reinforcement Learning", "TMLR", 2024);
        Paper bee = Samples.paper(jagadish, "Artificial Bee Colony (ABC) based variable density sampling scheme for CS-MRI");
        assertEquals("IEEE Region 10 Conference", bee.venue().longName());
        assertEquals("10.1109/TENCON.2016.7848212", bee.doi());
        Paper workshop = Samples.paper(pignatelli, "Comparing recurrent and convolutional neural networks for predicting wave propagation");
        assertEquals("ICLR Workshop on Deep Neural Models and Differential Equations", workshop.venue().label(),
                "a workshop is not its host conference");
        assertEquals(2020, workshop.venue().year());
        Paper bounded = Samples.paper(jagadish, "Bounded ecologically rational meta-learned inference explains human category learning");
        assertEquals(2025, bounded.year(), "the year printed after the title");
        assertEquals("Proceedings of the Annual Meeting of the Cognitive Science Society", bounded.venue().label());
    }

    @Test
    void inReviewAndPreprintAreStatusesNotVenues() {
        Paper agentQuest = pignatelli.papers().get(0);
        assertNull(agentQuest.venue());
        assertEquals(PaperType.PREPRINT, agentQuest.type());
        assertEquals(List.of("in review"), agentQuest.tags());
        assertEquals(2025, agentQuest.year());
        Paper navix = Samples.paper(pignatelli, "NAVIX: Scaling MiniGrid Environments with JAX");
        assertNull(navix.venue(), "RLC is where it is in review, not where it appeared");
        assertEquals(PaperType.PREPRINT, navix.type());
        assertEquals(2024, navix.year());
        Paper closing = jagadish.papers().get(0);
        assertNull(closing.venue());
        assertEquals(PaperType.PREPRINT, closing.type());
        assertEquals("2606.26448", closing.arxivId());
        assertEquals(LinkKind.PDF, closing.links().get(0).kind());
    }

    @Test
    void awardedSurveyCertificationIsAnAwardOfThePaper() {
        Paper survey = Samples.paper(pignatelli, "A Survey of Temporal Credit Assignment in Deep Reinforcement Learning");
        assertEquals(1, survey.awards().size());
        PaperAward award = survey.awards().get(0);
        assertEquals("Survey Certification", award.label());
        assertEquals("TMLR", award.conferredBy().label());
        assertEquals(2024, award.year());
        assertFalse(award.nominee());
    }

    @Test
    void emphasisedOwnerInEveryAuthorFormIncludingAMarkThatStraysOverANeighbour() {
        Paper agentQuest = pignatelli.papers().get(0);
        assertEquals(List.of("D. Paglieri", "B. Cupiał", "S. Coward", "U. Piterbarg", "M. Wolczyk", "A. Khan",
                "E. Pignatelli", "Ł. Kuciński", "L. Pinto", "R. Fergus", "J. N. Foerster", "J. Parker-Holder",
                "T. Rocktäschel"), names(agentQuest));
        Paper acoustic = Samples.paper(pignatelli, "An automated design methodology for acoustic shells in outdoor concerts");
        assertEquals(List.of("S. Di Rosario", "E. Pignatelli", "G. Mirra"), names(acoustic));
        assertEquals(List.of(false, true, false), acoustic.authors().stream().map(Author::siteOwner).toList());
        assertEquals(2018, acoustic.year());
        Paper assessing = Samples.paper(pignatelli, "Assessing the Zero-Shot Capabilities of LLMs for Action Evaluation in RL");
        assertEquals(List.of("E. Pignatelli", "J. Ferret", "D. Paglieri", "S. Coward", "Tim Rocktäschel",
                "Edward Grefenstette", "L. Toni"), names(assessing));
        Paper kayal = Samples.paper(pignatelli, "Does Behavioural Diversity in Intrinsic Rewards help Exploration?");
        assertEquals(List.of("A. Kayal", "E. Pignatelli", "L. Toni"), names(kayal));
        assertTrue(pignatelli.papers().stream().allMatch(p -> p.authors().stream().filter(Author::siteOwner)
                .map(Author::name).toList().equals(List.of("E. Pignatelli"))));
    }

    @Test
    void aSectionFileNamesNoPersonAndWarnsAboutNothingElse() {
        assertTrue(Samples.all(jagadish, Person.class).isEmpty());
        assertTrue(Samples.all(pignatelli, Person.class).isEmpty());
        assertTrue(pignatelli.problems().isEmpty(), pignatelli.problems().toString());
    }

    private static void assertVenue(Extraction x, String title, String venue, int year) {
        Paper p = Samples.paper(x, title);
        assertEquals(venue, p.venue().label(), title);
        assertEquals(year, p.venue().year(), title);
        assertEquals(year, p.year(), title);
    }
}
