package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The blocks of the nodes one run resolves, which the resolution graph keeps on their canonical
 * entities for the next run to find its region. Worked out before those entities are known, so
 * held per distinct person name and per paper node: a list per person mention was 689,000 entries
 * at 10,000 documents, through the whole deciding of people.
 *
 * @param ofName each person name's keys
 * @param ofPaper each paper node's keys
 */
record BlockIndex(Map<String, List<String>> ofName, Map<String, List<String>> ofPaper) {

    /** The keys of a scope's people (by their names) and papers (by their statements). */
    static BlockIndex of(Scope scope, NameForms names) {
        Map<String, List<String>> ofName = new HashMap<>();
        for (PersonMention p : scope.people()) {
            ofName.computeIfAbsent(p.name(), n -> List.copyOf(BlockKeys.person(n, names.of(p.node()))));
        }
        Map<String, List<PaperStatement>> byNode = new LinkedHashMap<>();
        scope.papers().forEach(s -> byNode.computeIfAbsent(s.node(), k -> new ArrayList<>()).add(s));
        Map<String, List<String>> ofPaper = new HashMap<>();
        byNode.forEach((node, statements) -> ofPaper.put(node, BlockKeys.paper(statements)));
        return new BlockIndex(ofName, ofPaper);
    }

    /**
     * Each canonical entity's keys, the union of its nodes' (one key per spelling's block rather
     * than per node), sorted, the entities in IRI order.
     *
     * @param people the canonical people decided, each with its person nodes
     * @param mentions every person node's mention
     * @param paperOf each paper node of {@link #ofPaper} with its canonical paper
     */
    Map<String, List<String>> onCanonical(List<CanonicalPerson> people, Map<String, PersonMention> mentions,
            Map<String, String> paperOf) {
        Map<String, List<String>> out = new TreeMap<>();
        for (CanonicalPerson c : people) {
            Set<String> keys = new TreeSet<>();
            c.mentions().forEach(m -> keys.addAll(ofName.get(mentions.get(m).name())));
            out.put(c.iri(), List.copyOf(keys));
        }
        Map<String, Set<String>> papers = new HashMap<>();
        ofPaper.forEach((node, keys) -> papers.computeIfAbsent(paperOf.get(node), k -> new TreeSet<>()).addAll(keys));
        papers.forEach((paper, keys) -> out.put(paper, List.copyOf(keys)));
        return out;
    }
}
