package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.store.Store;

/** Links the 2022 capture's title-less abstracts to the 2024 capture's papers, as ingest stores them. */
class AbstractLinkerTest {
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

    private static List<AbstractMention> abstracts2022;
    /** Each 2024 paper node's abstract, and its title. */
    private static final Map<String, String> PAPER_ABSTRACTS = new LinkedHashMap<>();
    private static final Map<String, String> TITLES = new HashMap<>();

    @BeforeAll
    static void ingestBothCaptures() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples/vicol-site-2022.txt", "data/samples/vicol-site-2024.txt");
            Mentions m = store.read(MentionReader::read);
            abstracts2022 = m.abstracts();
            for (PaperStatement p : m.papers()) {
                TITLES.put(p.node(), p.title());
                if (p.abstractText() != null) {
                    PAPER_ABSTRACTS.put(p.node(), p.abstractText());
                }
            }
        }
    }

    @Test
    void eachAbstractOf2022IsLinkedToItsTitledPaperOf2024() {
        List<AbstractLink> links = new AbstractLinker().link(abstracts2022, PAPER_ABSTRACTS);
        assertEquals(16, links.size());
        for (AbstractLink l : links) {
            assertEquals(expectedTitle(l), TITLES.get(l.paper()));
            assertTrue(l.score() >= AbstractSimilarity.THRESHOLD, String.valueOf(l.score()));
        }
    }

    @Test
    void anAbstractWhosePaperIsMissingStaysUnlinkedAndNothingIsLinkedWrongly() {
        Set<String> removed = Set.of("Amortized Proximal Optimization",
                "Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches");
        Map<String, String> fewer = new LinkedHashMap<>(PAPER_ABSTRACTS);
        fewer.keySet().removeIf(node -> removed.contains(TITLES.get(node)));
        List<AbstractLink> links = new AbstractLinker().link(abstracts2022, fewer);
        assertEquals(14, links.size());
        links.forEach(l -> assertEquals(expectedTitle(l), TITLES.get(l.paper())));
    }

    @Test
    void unrelatedAbstractsScoreFarBelowTheThreshold() {
        AbstractSimilarity similarity = new AbstractSimilarity();
        double best = 0;
        for (AbstractMention a : abstracts2022) {
            for (Map.Entry<String, String> p : PAPER_ABSTRACTS.entrySet()) {
                if (!expectedTitle(a.text()).equals(TITLES.get(p.getKey()))) {
                    best = Math.max(best, similarity.score(a.text(), p.getValue()));
                }
            }
        }
        assertTrue(best < AbstractSimilarity.THRESHOLD / 2, String.valueOf(best));
    }

    private static String expectedTitle(AbstractLink l) {
        return expectedTitle(abstracts2022.stream().filter(a -> a.node().equals(l.abstractNode())).findFirst().orElseThrow().text());
    }

    private static String expectedTitle(String text) {
        return EXPECTED.entrySet().stream().filter(e -> text.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("unexpected abstract " + text));
    }
}
