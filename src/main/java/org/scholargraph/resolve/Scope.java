package org.scholargraph.resolve;

import java.util.List;
import java.util.Map;

/**
 * What one resolution run works on: the person and paper nodes it decides, and around them what
 * the decisions read without deciding it again. A full run's scope is the whole store; an
 * incremental run's is the region around the changed sources, every node outside it keeping the
 * canonical entity the last run gave it.
 *
 * @param people the person nodes to resolve
 * @param papers every statement about the paper nodes to resolve
 * @param affected every statement about every paper whose authors or conflicts may change (includes {@code papers})
 * @param authors every person node {@code affected} names, with the ones to resolve
 * @param awards the award claims on the paper nodes of {@code affected}
 * @param abstracts the title-less abstracts to link (a full run only)
 * @param paperOutside each paper node of {@code affected} outside {@code papers}: its canonical paper
 * @param personOutside each person node of {@code authors} outside {@code people}: its canonical person
 */
record Scope(List<PersonMention> people, List<PaperStatement> papers, List<PaperStatement> affected,
        Map<String, PersonMention> authors, List<AwardClaim> awards, List<AbstractMention> abstracts,
        Map<String, String> paperOutside, Map<String, String> personOutside) {

    /** The whole store as one scope. */
    static Scope whole(Mentions m) {
        // Looked up, never iterated in an order that matters: a plain map, sized once (every person node is a key).
        Map<String, PersonMention> authors = new java.util.HashMap<>(m.people().size() * 4 / 3 + 1);
        m.people().forEach(p -> authors.put(p.node(), p));
        return new Scope(m.people(), m.papers(), m.papers(), authors, m.awards(), m.abstracts(), Map.of(), Map.of());
    }
}
