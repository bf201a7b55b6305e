package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves mentions into canonical entities: papers first (identifiers, near-identical titles
 * with shared authors), then people (a name proposes, a shared paper, co-author or homepage
 * decides), then the canonical papers' authors, the conflicts between sources and the links of
 * title-less abstracts to papers. Deterministic: the same mentions give the same resolution.
 */
public final class Resolver {
    private final String base;

    /** @param base the instance IRI base canonical people are minted under */
    public Resolver(String base) {
        this.base = base;
    }

    public Resolution resolve(Mentions unordered) {
        // The store returns mentions in the order of its indexes, which a re-ingest can change:
        // sorted, the same mentions always give the same decisions.
        Mentions mentions = sorted(unordered);
        Map<String, PersonMention> people = new LinkedHashMap<>();
        Map<String, NameForm> names = new HashMap<>();
        for (PersonMention p : mentions.people()) {
            people.put(p.node(), p);
            names.put(p.node(), NameForm.of(p.name()));
        }
        PaperResolver.Result papers = new PaperResolver(names).resolve(mentions.papers());
        Map<String, String> paperOf = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, List<PaperStatement>> statementsOf = new LinkedHashMap<>();
        Map<String, List<String>> titlesOf = new HashMap<>();
        for (List<String> group : papers.groups().values()) {
            String canonical = representative(group, papers.papers());
            titles.put(canonical, papers.papers().get(canonical).title);
            for (String node : group) {
                paperOf.put(node, canonical);
                statementsOf.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(papers.papers().get(node).statements);
                papers.papers().get(node).statements.forEach(s -> titlesOf.computeIfAbsent(canonical, k -> new ArrayList<>()).add(s.title()));
            }
        }
        PersonResolver.Result persons = new PersonResolver(paperOf, titles).resolve(mentions.people(), mentions.papers());
        List<CanonicalPerson> canonical = new CanonicalNames(base).name(persons.groups(), people);
        Map<String, String> personOf = new LinkedHashMap<>();
        canonical.forEach(c -> c.mentions().forEach(m -> personOf.put(m, c.iri())));

        Map<String, Set<String>> authorsOf = new LinkedHashMap<>();
        for (PaperStatement s : mentions.papers()) {
            Set<String> authors = authorsOf.computeIfAbsent(paperOf.get(s.node()), k -> new LinkedHashSet<>());
            s.authors().stream().map(personOf::get).filter(a -> a != null).forEach(authors::add);
        }
        List<Decision> decisions = new ArrayList<>(papers.decisions());
        decisions.addAll(persons.decisions());
        return new Resolution(personOf, canonical, paperOf, titles, titlesOf, authorsOf, decisions,
                conflicts(statementsOf, mentions.awards(), paperOf, people, personOf),
                abstracts(mentions.abstracts(), statementsOf));
    }

    private static Mentions sorted(Mentions m) {
        return new Mentions(
                m.people().stream().sorted(Comparator.comparing(PersonMention::node)).toList(),
                m.papers().stream().sorted(Comparator.comparing(PaperStatement::node).thenComparing(PaperStatement::source)).toList(),
                m.awards().stream().sorted(Comparator.comparing(AwardClaim::paper).thenComparing(AwardClaim::source)
                        .thenComparing(AwardClaim::label)).toList(),
                m.abstracts().stream().sorted(Comparator.comparing(AbstractMention::node)).toList());
    }

    /** The node standing for a cluster of paper nodes: the one most sources state, then the first by IRI. */
    private static String representative(List<String> group, Map<String, PaperResolver.PaperFacts> facts) {
        return group.stream().min(Comparator.comparing((String n) -> -facts.get(n).sources.size())
                .thenComparing(n -> n)).orElseThrow();
    }

    private static List<Conflict> conflicts(Map<String, List<PaperStatement>> statementsOf, List<AwardClaim> awards,
            Map<String, String> paperOf, Map<String, PersonMention> people, Map<String, String> personOf) {
        Map<String, List<AwardClaim>> awardsOf = new HashMap<>();
        for (AwardClaim a : awards) {
            awardsOf.computeIfAbsent(paperOf.getOrDefault(a.paper(), a.paper()), k -> new ArrayList<>()).add(a);
        }
        ConflictFinder finder = new ConflictFinder(people, personOf);
        List<Conflict> out = new ArrayList<>();
        statementsOf.forEach((paper, statements) -> out.addAll(finder.find(paper, statements, awardsOf.getOrDefault(paper, List.of()))));
        return out;
    }

    private static List<AbstractLink> abstracts(List<AbstractMention> abstracts, Map<String, List<PaperStatement>> statementsOf) {
        if (abstracts.isEmpty()) {
            return List.of();
        }
        Map<String, String> paperAbstracts = new LinkedHashMap<>();
        statementsOf.forEach((paper, statements) -> statements.stream()
                .filter(s -> s.abstractText() != null && !s.abstractText().isBlank()).findFirst()
                .ifPresent(s -> paperAbstracts.put(paper, s.abstractText())));
        return new AbstractLinker().link(abstracts, paperAbstracts);
    }
}
