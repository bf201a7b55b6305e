package org.scholargraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What resolution decided: each source node's canonical entity, the canonical people, the
 * canonical papers' titles, authors (canonical people), summaries and awards, the decisions with their reasons, the conflicts
 * between sources, the abstracts linked to papers, and the resolved nodes' blocks for the next run.
 */
public record Resolution(
        Map<String, String> personOf,
        List<CanonicalPerson> people,
        Map<String, String> paperOf,
        Map<String, String> titles,
        Map<String, List<String>> titlesOf,
        Map<String, Set<String>> authorsOf,
        Map<String, PaperSummary> summaries,
        List<CanonicalAward> awards,
        List<Decision> decisions,
        List<Conflict> conflicts,
        List<AbstractLink> abstracts,
        List<IndexEntry> index) {
}
