package org.scholargraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why two nodes were made one entity, or kept apart: the rule, the evidence in words, the
 * similarity of their names or titles, and the sources whose statements it rests on.
 *
 * <p>The evidence may be worded when first read: most of a corpus's decisions are same-name
 * merges on a shared paper that the resolution graph shows without a decision node (see
 * {@code ResolutionWriter.readOffTheGraph}), and their sentences, made up front, were about a
 * tenth of a 10,000-document resolution's live heap. Equal decisions are those with equal parts,
 * the evidence's words included.
 */
public final class Decision {
    public enum Verdict { MERGED, KEPT_APART }

    private final Verdict verdict;
    private final String a;
    private final String b;
    private final String rule;
    private final double score;
    private final List<String> sources;
    private Supplier<String> words;
    private String evidence;

    public Decision(Verdict verdict, String a, String b, String rule, String evidence, double score, List<String> sources) {
        this(verdict, a, b, rule, () -> evidence, score, sources);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** @param words the evidence in words, asked for at most once, when first read */
    Decision(Verdict verdict, String a, String b, String rule, Supplier<String> words, double score, List<String> sources) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.a = a;
        this.b = b;
        this.rule = rule;
        this.words = Objects.requireNonNull(words, "words");
        this.score = score;
        this.sources = List.copyOf(sources);
    }

    public Verdict verdict() {
        return verdict;
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public String rule() {
        return rule;
    }

    public synchronized String evidence() {
        if (evidence == null) {
            evidence = words.get();
            words = null;
        }
        return evidence;
    }

    public double score() {
        return score;
    }

    public List<String> sources() {
        return sources;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && verdict == d.verdict && Objects.equals(a, d.a) && Objects.equals(b, d.b)
                && Objects.equals(rule, d.rule) && Double.compare(score, d.score) == 0 && sources.equals(d.sources)
                && evidence().equals(d.evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, a, b, rule, evidence(), score, sources);
    }

    @Override
    public String toString() {
        return "Decision[verdict=" + verdict + ", a=" + a + ", b=" + b + ", rule=" + rule + ", evidence=" + evidence()
                + ", score=" + score + ", sources=" + sources + "]";
    }
}
