package org.scholargraph.resolve;

import java.util.List;

/**
 * Why two nodes were made one entity, or kept apart: the rule, the evidence in words, the
 * similarity of their names or titles, and the sources whose statements it rests on.
 */
public record Decision(Verdict verdict, String a, String b, String rule, String evidence, double score,
        List<String> sources) {
    public enum Verdict { MERGED, KEPT_APART }

    public Decision {
        sources = List.copyOf(sources);
    }
}
