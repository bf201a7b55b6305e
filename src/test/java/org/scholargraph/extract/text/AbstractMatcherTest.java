package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;

/** Links the 2022 capture's title-less abstracts to the 2024 capture's papers. */
class AbstractMatcherTest {
    /** How each 2022 abstract begins, and the 2024 title it belongs to (read off the two files). */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("Many problems in machine learning involve bilevel", "On Implicit Bias in Overparameterized Bilevel Optimization");
        EXPECTED.put("Unrolled computation graphs arise",
                "Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies");
        EXPECTED.put("Language models demonstrate",
                "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models");
        EXPECTED.put("We propose a framework for online meta-optimization", "Amortized Proximal Optimization");
        EXPECTED.put("Ridge Rider (RR)", "Lyapunov Exponents for Diversity in Differentiable Games");
        EXPECTED.put("Correlations between factors", "Disentanglement and Generalization Under Correlation Shifts");
        EXPECTED.put("We generalize gradient descent with momentum", "Complex Momentum for Learning in Games");
        EXPECTED.put("Invertible neural networks (INNs)",
                "Understanding and Mitigating Exploding Inverses in Invertible Neural Networks");
        EXPECTED.put("We propose an algorithm for inexpensive", "Optimizing Millions of Hyperparameters by Implicit Differentiation");
        EXPECTED.put("Hyperparameter optimization can be formulated",
                "Self-Tuning Networks: Bilevel Optimization of Hyperparameters using Structured Best-Response Functions");
        EXPECTED.put("Recurrent neural networks (RNNs) provide", "Reversible Recurrent Neural Networks");
        EXPECTED.put("Bayesian neural networks (BNNs)", "Adversarial Distillation of Bayesian Neural Network Posteriors");
        EXPECTED.put("Stochastic neural net weights", "Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches");
        EXPECTED.put("There is growing interest", "MovieGraphs: Towards Understanding Human-Centric Situations from Videos");
        EXPECTED.put("We investigate minimization-based", "A Minimization-Based Approach to Iterated Multi-Agent Belief Change");
        EXPECTED.put("This paper presents an implementation",
                "An Implementation of Consistency-Based Multi-Agent Belief Change using ASP");
    }

    private static List<Paper> papers2024;
    private static List<PaperAbstract> abstracts2022;

    @BeforeAll
    static void extract() {
        SiteSnapshotExtractor extractor = new SiteSnapshotExtractor();
        papers2024 = extractor.extract(Samples.document("data/samples/vicol-site-2024.txt")).papers();
        abstracts2022 = Samples.abstracts(extractor.extract(Samples.document("data/samples/vicol-site-2022.txt")));
    }

    @Test
    void eachAbstractOf2022IsLinkedToItsTitledPaperOf2024() {
        List<AbstractMatcher.Match> matches = new AbstractMatcher().match(papers2024, abstracts2022);
        assertEquals(16, matches.size());
        for (AbstractMatcher.Match m : matches) {
            assertEquals(expectedTitle(m.abstractText()), m.paper().title(), m.abstractText().text());
            assertTrue(m.score() >= AbstractMatcher.DEFAULT_THRESHOLD, String.valueOf(m.score()));
        }
        Set<String> linked = matches.stream().map(m -> m.paper().title()).collect(Collectors.toSet());
        assertTrue(!linked.contains("Directly Fine-Tuning Diffusion Models on Differentiable Rewards"));
    }

    @Test
    void anAbstractWhosePaperIsMissingStaysUnmatchedAndNothingIsMatchedWrongly() {
        Set<String> removed = Set.of("Amortized Proximal Optimization",
                "Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches");
        List<Paper> fewer = papers2024.stream().filter(p -> !removed.contains(p.title())).toList();
        List<AbstractMatcher.Match> matches = new AbstractMatcher().match(fewer, abstracts2022);
        assertEquals(14, matches.size());
        for (AbstractMatcher.Match m : matches) {
            assertEquals(expectedTitle(m.abstractText()), m.paper().title());
        }
    }

    @Test
    void unrelatedAbstractsScoreFarBelowTheThreshold() {
        AbstractMatcher matcher = new AbstractMatcher();
        double best = 0;
        for (PaperAbstract a : abstracts2022) {
            for (Paper p : papers2024) {
                if (!expectedTitle(a).equals(p.title())) {
                    best = Math.max(best, matcher.score(a.text(), p.abstractText()));
                }
            }
        }
        assertTrue(best < AbstractMatcher.DEFAULT_THRESHOLD / 2, String.valueOf(best));
    }

    @Test
    void theThresholdMustBeAScore() {
        assertThrows(IllegalArgumentException.class, () -> new AbstractMatcher(0));
        assertThrows(IllegalArgumentException.class, () -> new AbstractMatcher(1.5));
    }

    private static String expectedTitle(PaperAbstract a) {
        return EXPECTED.entrySet().stream().filter(e -> a.text().startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("unexpected abstract " + a.text()));
    }
}
