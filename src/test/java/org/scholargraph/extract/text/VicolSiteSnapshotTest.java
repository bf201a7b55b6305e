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
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;
import org.scholargraph.model.Person;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/** Paul Vicol's site captured as text in 2024 (titles, authors, abstracts, some venue labels) and 2022 (abstracts only). */
class VicolSiteSnapshotTest {
    private static final String DRAFT = "Directly Fine-Tuning Diffusion Models on Differentiable Rewards";
    private static final String BIG_BENCH =
            "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models";

    private static Document site2024;
    private static Document site2022;
    private static Extraction x24;
    private static Extraction x22;

    @BeforeAll
    static void extract() {
        site2024 = Samples.document("data/samples/vicol-site-2024.txt");
        site2022 = Samples.document("data/samples/vicol-site-2022.txt");
        x24 = new SiteSnapshotExtractor().extract(site2024);
        x22 = new SiteSnapshotExtractor().extract(site2022);
    }

    @Test
    void bothCapturesAreSiteSnapshotsNotCvs() {
        assertTrue(new SiteSnapshotExtractor().recognises(site2024));
        assertTrue(new SiteSnapshotExtractor().recognises(site2022));
        assertFalse(new CvTextExtractor().recognises(site2024));
        assertFalse(new CvTextExtractor().recognises(site2022));
    }

    @Test
    void everyPaperOf2024WithItsTitleInPageOrder() {
        assertEquals(List.of(DRAFT,
                "Low-Variance Gradient Estimation in Unrolled Computation Graphs with ES-Single",
                "On Implicit Bias in Overparameterized Bilevel Optimization",
                "Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies",
                BIG_BENCH,
                "Amortized Proximal Optimization",
                "Lyapunov Exponents for Diversity in Differentiable Games",
                "Disentanglement and Generalization Under Correlation Shifts",
                "Complex Momentum for Learning in Games",
                "Understanding and Mitigating Exploding Inverses in Invertible Neural Networks",
                "Optimizing Millions of Hyperparameters by Implicit Differentiation",
                "Self-Tuning Networks: Bilevel Optimization of Hyperparameters using Structured Best-Response Functions",
                "Reversible Recurrent Neural Networks",
                "Adversarial Distillation of Bayesian Neural Network Posteriors",
                "Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches",
                "MovieGraphs: Towards Understanding Human-Centric Situations from Videos",
                "A Minimization-Based Approach to Iterated Multi-Agent Belief Change",
                "An Implementation of Consistency-Based Multi-Agent Belief Change using ASP"),
                x24.papers().stream().map(Paper::title).toList());
    }

    @Test
    void authorsInOrderWithEqualContributionKept() {
        Paper draft = Samples.paper(x24, DRAFT);
        assertEquals(List.of("Kevin Clark", "Paul Vicol", "Kevin Swersky", "David J. Fleet"), names(draft));
        assertEquals(List.of(true, true, false, false), equal(draft));
        Paper inns = Samples.paper(x24, "Understanding and Mitigating Exploding Inverses in Invertible Neural Networks");
        assertEquals(List.of("Jens Behrmann", "Paul Vicol", "Kuan-Chieh Wang", "Roger Grosse", "Jörn-Henrik Jacobsen"),
                names(inns));
        assertEquals(List.of(true, true, true, false, false), equal(inns));
        Paper lyapunov = Samples.paper(x24, "Lyapunov Exponents for Diversity in Differentiable Games");
        assertEquals(List.of("Jonathan Lorraine", "Paul Vicol", "Jack Parker-Holder", "Tal Kachman", "Luke Metz",
                "Jakob Foerster"), names(lyapunov));
        assertTrue(equal(lyapunov).stream().noneMatch(e -> e));
        assertEquals(List.of("Juhan Bae", "Paul Vicol", "Jeff Z. HaoChen", "Roger Grosse"),
                names(Samples.paper(x24, "Amortized Proximal Optimization")));
    }

    @Test
    void theSiteOwnerIsFlaggedOnEveryPaper() {
        for (Paper p : x24.papers()) {
            assertEquals(List.of("Paul Vicol"), p.authors().stream().filter(Author::siteOwner).map(Author::name).toList(),
                    p.title());
        }
    }

    @Test
    void anElidedAuthorListKeepsTheNamesShownAndIsReported() {
        assertEquals(List.of("Aarohi Srivastava", "Paul Vicol"), names(Samples.paper(x24, BIG_BENCH)));
        List<Problem> warnings = x24.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("line 86", warnings.get(0).origin().where());
    }

    @Test
    void venueLabelsWhereThePageGivesThem() {
        assertEquals("ICLR 2024", label(Samples.paper(x24, DRAFT)));
        assertEquals("ICML 2023",
                label(Samples.paper(x24, "Low-Variance Gradient Estimation in Unrolled Computation Graphs with ES-Single")));
        assertEquals("arXiv 2022", label(Samples.paper(x24, BIG_BENCH)));
        assertEquals("NeurIPS 2022", label(Samples.paper(x24, "Amortized Proximal Optimization")));
        assertEquals(4, x24.papers().stream().filter(p -> p.venue() != null).count());
        Paper implicitBias = Samples.paper(x24, "On Implicit Bias in Overparameterized Bilevel Optimization");
        assertNull(implicitBias.venue());
        assertNull(implicitBias.year());
    }

    @Test
    void everyPaperHasItsAbstract() {
        assertTrue(x24.papers().stream().allMatch(p -> p.abstractText() != null && p.abstractText().length() > 300));
        assertTrue(Samples.paper(x24, DRAFT).abstractText()
                .startsWith("We present Direct Reward Fine-Tuning (DRaFT), a simple and effective method"));
        assertTrue(Samples.paper(x24, "Reversible Recurrent Neural Networks").abstractText()
                .startsWith("Recurrent neural networks (RNNs) provide state-of-the-art performance"));
    }

    @Test
    void thePersonWithWhatThePageSaysOfThem() {
        Person p = Samples.person(x24);
        assertEquals("Paul Vicol", p.name());
        assertEquals("Research Scientist", p.position());
        assertEquals("Google DeepMind", p.affiliation());
        assertEquals(List.of("diffusion models", "LLMs", "meta-learning", "multi-agent systems"), p.interests());
        assertEquals(List.of(new Education("PhD in machine learning", "University of Toronto", List.of(), null, null, null)),
                p.education());
        assertEquals(List.of(
                new Employment("Research Scientist", "Google DeepMind", List.of(), 2022, null),
                new Employment("Research Scientist Intern", "Google DeepMind", List.of("Jeff Donahue", "Karen Simonyan"), null, null),
                new Employment("Student Researcher", "Google Brain", List.of("Jascha Sohl-Dickstein", "Luke Metz"), 2020, 2021),
                new Employment("Research Scientist Intern", "Google Brain", List.of("Jascha Sohl-Dickstein", "Luke Metz"), null, null)),
                p.employment());
    }

    @Test
    void talksUnderAHeadingThatLostItsName() {
        List<Talk> talks = Samples.talks(x24);
        assertEquals(17, talks.size());
        Talk jpm = talks.stream().filter(t -> t.host().equals("J.P. Morgan AI Research")).findFirst().orElseThrow();
        assertEquals("Self-Tuning Networks", jpm.title());
        assertEquals(2019, jpm.year());
        assertTrue(talks.stream().anyMatch(t -> t.host().equals("University of Toronto")
                && t.title().equals("Intriguing Properties of Bilevel Optimization")));
        assertTrue(talks.stream().allMatch(t -> t.speaker().equals("Paul Vicol")));
        assertTrue(Samples.service(x24).isEmpty());
    }

    @Test
    void the2022CaptureGivesAbstractsWithoutInventingUntitledPapers() {
        assertTrue(x22.papers().isEmpty());
        List<PaperAbstract> abstracts = Samples.abstracts(x22);
        assertEquals(16, abstracts.size());
        assertTrue(abstracts.get(0).text().startsWith("Many problems in machine learning involve bilevel optimization (BLO)"));
        assertEquals("line 15", abstracts.get(0).origin().where());
        assertTrue(abstracts.get(15).text().startsWith("This paper presents an implementation of a general framework"));
        assertTrue(abstracts.stream().noneMatch(a -> a.text().startsWith("Abstract")));
        assertNull(abstracts.get(0).owner());
    }

    @Test
    void the2022CaptureNamesNobodySoItsTalksAndServiceAreReportedNotAttributed() {
        assertTrue(Samples.all(x22, Person.class).isEmpty());
        assertTrue(Samples.talks(x22).isEmpty());
        List<Problem> warnings = x22.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("22 talks and 4 service entries"), warnings.get(0).message());
    }

    private static String label(Paper p) {
        return p.venue().label() + " " + p.year();
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }

    private static List<Boolean> equal(Paper p) {
        return p.authors().stream().map(Author::equalContribution).toList();
    }
}
