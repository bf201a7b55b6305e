package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves mentions into canonical entities: papers first (identifiers, near-identical titles
 * with shared authors), then people (a name proposes, a shared paper, co-author or homepage
 * decides), then the canonical papers' authors, the conflicts between sources and the links of
 * title-less abstracts to papers. Deterministic: the same mentions give the same resolution, and
 * a region of the store closed under every comparison resolves as it would in the whole store.
 */
public final class Resolver {
    /** Up to this many authors, a paper's list is searched for a repeat rather than given a set. */
    private static final int SEARCHED = 32;

    private final String base;

    /** @param base the instance IRI base canonical people are minted under */
    public Resolver(String base) {
        this.base = base;
    }

    public Resolution resolve(Mentions mentions) {
        return resolve(Scope.whole(mentions));
    }

    Resolution resolve(Scope unordered) {
        // In Mentions' orders: the store's index order can change with a re-ingest.
        Scope scope = sorted(unordered);
        // One form per distinct name, shared by its mentions: a name recurs in dozens of sources.
        NameForms names = new NameForms(scope.authors());
        // Block keys depend on names and titles alone: worked out beside the decisions (2 of the
        // 12 s of deciding 250,000 names). `names` is only read from here on.
        Background<BlockIndex> index = Background.start("resolution-block-keys", () -> BlockIndex.of(scope, names));
        try {
            return resolve(scope, names, index);
        } catch (RuntimeException | Error e) {
            index.abandon();
            throw e;
        }
    }

    private Resolution resolve(Scope scope, NameForms names, Background<BlockIndex> index) {
        List<Decision> decisions = new ArrayList<>();
        Map<String, String> paperOf = papers(scope, names, decisions);
        Map<String, String> paperOfAll = withOutside(paperOf, scope.paperOutside());
        Map<String, String> titles = new HashMap<>();
        Map<String, List<PaperStatement>> statementsOf = new LinkedHashMap<>();
        Map<String, List<String>> titlesOf = new HashMap<>();
        for (PaperStatement s : scope.affected()) {
            String canonical = paperOfAll.get(s.node());
            statementsOf.computeIfAbsent(canonical, k -> new ArrayList<>()).add(s);
            titlesOf.computeIfAbsent(canonical, k -> new ArrayList<>()).add(s.title());
            if (s.node().equals(canonical)) {
                titles.putIfAbsent(canonical, s.title());
            }
        }
        PersonResolver.Result persons = new PersonResolver(paperOfAll, titles, scope.authors(), names)
                .resolve(scope.people(), scope.affected());
        List<CanonicalPerson> canonical = new CanonicalNames(base).name(persons.groups(), scope.authors());
        Map<String, String> personOf = new LinkedHashMap<>();
        canonical.forEach(c -> c.mentions().forEach(m -> personOf.put(m, c.iri())));
        Map<String, String> personOfAll = withOutside(personOf, scope.personOutside());

        Map<String, List<String>> authorsOf = authorsOf(scope.affected(), paperOfAll, personOfAll);
        Map<String, PaperSummary> summaries = new HashMap<>();
        statementsOf.forEach((paper, statements) -> summaries.put(paper, PaperSummary.of(statements, personOfAll)));
        decisions.addAll(persons.decisions());
        return new Resolution(personOf, canonical, paperOf, titles, titlesOf, authorsOf, summaries,
                CanonicalAward.of(scope.awards(), paperOfAll), decisions,
                conflicts(statementsOf, scope.awards(), paperOfAll, scope.authors(), personOfAll),
                abstracts(scope.abstracts(), statementsOf), index.get().onCanonical(canonical, scope.authors(), paperOf),
                persons.sameNameSharedPaper());
    }

    /**
     * Each paper node's canonical node, the decisions added to {@code decisions}. What was gathered
     * to decide them (each node's sources, identifiers, surnames and title form in sorted sets) is
     * dropped on return, before people are decided: kept, it was a tenth of that phase's heap.
     */
    private static Map<String, String> papers(Scope scope, NameForms names, List<Decision> decisions) {
        PaperResolver.Result papers = new PaperResolver(names).resolve(scope.papers());
        Map<String, String> paperOf = new LinkedHashMap<>();
        for (List<String> group : papers.groups().values()) {
            String canonical = representative(group, papers.papers());
            group.forEach(node -> paperOf.put(node, canonical));
        }
        decisions.addAll(papers.decisions());
        return paperOf;
    }

    /**
     * Each canonical paper's authors, canonical people in the order the statements first list
     * them. Lists, not insertion-ordered sets: a set's table and linked entries for each of
     * 64,636 papers were a seventh of the heap at the end of a 10,000-document resolution.
     */
    private static Map<String, List<String>> authorsOf(List<PaperStatement> statements, Map<String, String> paperOf,
            Map<String, String> personOf) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        // A list is searched while short; a long one (a collaboration's thousands) gets a set while this runs.
        Map<String, Set<String>> seen = new HashMap<>();
        for (PaperStatement s : statements) {
            String paper = paperOf.get(s.node());
            List<String> authors = out.computeIfAbsent(paper, k -> new ArrayList<>(s.authors().size()));
            for (String node : s.authors()) {
                String person = personOf.get(node);
                boolean added = person != null && (authors.size() < SEARCHED
                        ? !authors.contains(person)
                        : seen.computeIfAbsent(paper, k -> new HashSet<>(authors)).add(person));
                if (added) {
                    authors.add(person);
                }
            }
        }
        out.replaceAll((paper, authors) -> List.copyOf(authors));
        return out;
    }

    /**
     * The canonical entity of every node read, those decided now and those kept from the last run.
     * A whole-store run keeps none, and a copy would be a second map entry for every node.
     */
    private static Map<String, String> withOutside(Map<String, String> decided, Map<String, String> outside) {
        if (outside.isEmpty()) {
            return decided;
        }
        Map<String, String> all = new HashMap<>(outside);
        all.putAll(decided);
        return all;
    }

    private static Scope sorted(Scope s) {
        return new Scope(
                s.people().stream().sorted(Mentions.PEOPLE).toList(),
                s.papers().stream().sorted(Mentions.STATEMENTS).toList(),
                s.affected().stream().sorted(Mentions.STATEMENTS).toList(),
                s.authors(),
                s.awards().stream().sorted(Mentions.AWARDS).toList(),
                s.abstracts().stream().sorted(Mentions.ABSTRACTS).toList(),
                s.paperOutside(), s.personOutside());
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
