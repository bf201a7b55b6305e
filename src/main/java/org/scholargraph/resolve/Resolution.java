package org.scholargraph.resolve;

import java.util.List;
import java.util.Map;

/**
 * What resolution decided: each source node's canonical entity, the canonical people, the
 * canonical papers' titles, authors (canonical people, each once, in order), summaries and awards, the decisions with their reasons, the conflicts
 * between sources, the abstracts linked to papers, and the canonical entities' blocks for the next run.
 *
 * @param decisions every decision but the same-name merges on a shared paper, which the graph shows by itself
 * @param sameNameSharedPaper how many same-name merges on a shared paper were made (counted, not kept:
 *     most of a corpus's decisions, and a tenth of a large resolution's heap when kept)
 */
public record Resolution(
        Map<String, String> personOf,
        List<CanonicalPerson> people,
        Map<String, String> paperOf,
        Map<String, String> titles,
        Map<String, List<String>> titlesOf,
        Map<String, List<String>> authorsOf,
        Map<String, PaperSummary> summaries,
        List<CanonicalAward> awards,
        List<Decision> decisions,
        List<Conflict> conflicts,
        List<AbstractLink> abstracts,
        Map<String, List<String>> blocks,
        int sameNameSharedPaper) {
}
