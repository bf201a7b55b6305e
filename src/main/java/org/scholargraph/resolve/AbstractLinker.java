package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links title-less abstracts to the canonical papers whose abstracts they match (cosine of word
 * pairs, {@link AbstractSimilarity}). Only papers sharing one of the abstract's word pairs are
 * scored, so the cost follows the candidates, not abstracts × papers. Best pairs first, each
 * abstract and each paper once, none under the threshold: an abstract whose paper no source
 * has stays unlinked.
 */
final class AbstractLinker {
    private final AbstractSimilarity similarity = new AbstractSimilarity();

    List<AbstractLink> link(List<AbstractMention> abstracts, Map<String, String> paperAbstracts) {
        Map<String, Set<String>> byPair = new HashMap<>();
        paperAbstracts.forEach((paper, text) -> pairs(text).forEach(p -> byPair.computeIfAbsent(p, k -> new HashSet<>()).add(paper)));
        List<AbstractLink> candidates = new ArrayList<>();
        for (AbstractMention a : abstracts) {
            Set<String> papers = new LinkedHashSet<>();
            for (String pair : pairs(a.text())) {
                papers.addAll(byPair.getOrDefault(pair, Set.of()));
            }
            for (String paper : papers) {
                double score = similarity.score(a.text(), paperAbstracts.get(paper));
                if (score >= AbstractSimilarity.THRESHOLD) {
                    candidates.add(new AbstractLink(a.node(), paper, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(AbstractLink::score).reversed()
                .thenComparing(AbstractLink::abstractNode).thenComparing(AbstractLink::paper));
        Set<String> usedAbstracts = new HashSet<>();
        Set<String> usedPapers = new HashSet<>();
        List<AbstractLink> out = new ArrayList<>();
        for (AbstractLink l : candidates) {
            if (!usedAbstracts.contains(l.abstractNode()) && !usedPapers.contains(l.paper())) {
                usedAbstracts.add(l.abstractNode());
                usedPapers.add(l.paper());
                out.add(l);
            }
        }
        return out;
    }

    /** Word pairs, lower case; pairs of short words ("of the") are too common to propose. */
    private static Set<String> pairs(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 1; i < words.length; i++) {
            if (words[i - 1].length() > 3 && words[i].length() > 3) {
                out.add(words[i - 1] + " " + words[i]);
            }
        }
        return out;
    }
}
