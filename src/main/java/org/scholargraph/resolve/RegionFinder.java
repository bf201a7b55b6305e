package org.scholargraph.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scholargraph.rdf.SG;

/**
 * Finds the region of the store an incremental resolution must decide again: starting from the
 * nodes of the changed sources (as they are now, and as the last resolution saw them), it adds
 * every node one of them would be compared with (same identifier, near-identical title, a name
 * proposed as the same person's, one IRI key), every member of a canonical entity one of them
 * belonged to, and the authors of every paper decided again, until nothing more is added. Nothing
 * outside the region can be decided differently, so it keeps its canonical entity.
 */
final class RegionFinder {
    private final SourceReader reader;
    private final ResolutionIndex index;
    private final Map<String, List<PaperStatement>> statements = new HashMap<>();
    private final Map<String, Optional<PersonMention>> people = new HashMap<>();
    /** Per block key, its present nodes grouped by their name's or title's form: a block is read once. */
    private final Map<String, Map<String, List<String>>> blocks = new HashMap<>();
    /** Block keys already expanded from a node of a given form: its other nodes would add the same. */
    private final Set<String> expanded = new java.util.HashSet<>();
    /** The nodes of the changed sources, now or at the last resolution: only theirs may have changed name or title. */
    private final Set<String> changedNodes = new java.util.HashSet<>();
    // A block's titles and names are compared with every node expanded into it: reduced once each.
    private final Map<String, TitleForm> titleForms = new HashMap<>();
    private final Map<String, NameForm> nameForms = new HashMap<>();

    /**
     * A region is given up once it passes this share of the store's nodes (one in ten): read node
     * by node, a node costs a region about what it costs a whole-store run, so a region is worth
     * it only while it is small, and giving up late would waste the reads done so far.
     */
    private static final int REGION_SHARE = 10;

    /** The most nodes the region may reach, or -1 for no bound. */
    private final long budget;
    private int regionSize;

    /** @param storeNodes how many source nodes the last resolution resolved, -1 when unknown */
    RegionFinder(SourceReader reader, ResolutionIndex index, long storeNodes) {
        this.reader = reader;
        this.index = index;
        this.budget = storeNodes < 0 ? -1 : storeNodes / REGION_SHARE;
    }

    /**
     * Thrown when the region cannot or should not be decided alone: the last resolution left a
     * node unresolved that it needs, or it has grown past a tenth of the store (a whole-store run
     * reads in bulk and writes without comparing, so it is then the cheaper one).
     */
    static final class WholeStore extends Exception {
        WholeStore(String why) {
            super(why);
        }
    }

    Region around(Set<String> sources) throws WholeStore {
        Set<String> paperSeeds = new TreeSet<>();
        Set<String> personSeeds = new TreeSet<>();
        for (String g : sources) {
            paperSeeds.addAll(reader.nodesOf(g, SG.Paper));
            personSeeds.addAll(reader.nodesOf(g, SG.Person));
        }
        for (String n : index.departed()) {
            (index.isPerson(n) ? personSeeds : paperSeeds).add(n);
        }
        changedNodes.addAll(paperSeeds);
        changedNodes.addAll(personSeeds);
        Set<String> paperNodes = closePapers(paperSeeds);
        for (String n : paperNodes) {
            statements(n).forEach(s -> personSeeds.addAll(s.authors()));
        }
        Set<String> personNodes = closePeople(personSeeds);
        return scope(sources, paperNodes, personNodes);
    }

    private void grew() throws WholeStore {
        if (++regionSize > budget && budget >= 0) {
            throw new WholeStore("the region passed a tenth of the store's " + budget * REGION_SHARE + " nodes");
        }
    }

    private Set<String> closePapers(Set<String> seeds) throws WholeStore {
        Set<String> region = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            String n = queue.poll();
            if (!region.add(n)) {
                continue;
            }
            grew();
            List<PaperStatement> mine = statements(n);
            TitleForm form = mine.isEmpty() ? null : titleForm(mine.get(0).title());
            Set<String> keys = oldKeys(n, form == null);
            if (form != null) {
                keys.addAll(BlockKeys.paper(mine));
            }
            for (String key : keys) {
                if (!expanded.add(key + '\u0000' + (form == null ? "\u0001" : form.text()))) {
                    continue;
                }
                paperBlock(key).forEach((text, nodes) -> {
                    // A node that has gone is compared with nothing now, but what was decided beside it may change.
                    if (form == null || BlockKeys.isIdentifier(key) || form.nearIdentical(titleForm(text))) {
                        queue.addAll(nodes);
                    }
                });
            }
            members(n).forEach(queue::add);
        }
        return region;
    }

    /** A block's paper nodes that some source still states, by their first statement's title. */
    private Map<String, List<String>> paperBlock(String key) {
        return blocks.computeIfAbsent(key, k -> {
            Map<String, List<String>> byTitle = new java.util.TreeMap<>();
            for (String m : index.nodesWithKey(k)) {
                List<PaperStatement> st = statements(m);
                if (!st.isEmpty()) {
                    byTitle.computeIfAbsent(st.get(0).title(), x -> new ArrayList<>()).add(m);
                }
            }
            return byTitle;
        });
    }

    /** A block's person nodes that a source still holds, by their name's form. */
    private Map<String, List<String>> personBlock(String key) {
        return blocks.computeIfAbsent(key, k -> {
            Map<String, List<String>> byName = new java.util.TreeMap<>();
            for (String m : index.nodesWithKey(k)) {
                person(m).ifPresent(p -> byName.computeIfAbsent(p.name(), x -> new ArrayList<>()).add(m));
            }
            return byName;
        });
    }

    private Set<String> closePeople(Set<String> seeds) throws WholeStore {
        Set<String> region = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            String n = queue.poll();
            if (!region.add(n)) {
                continue;
            }
            grew();
            Optional<PersonMention> mine = person(n);
            NameForm form = mine.map(p -> nameForm(p.name())).orElse(null);
            Set<String> keys = oldKeys(n, mine.isEmpty());
            mine.ifPresent(p -> keys.addAll(BlockKeys.person(p.name(), form)));
            for (String key : keys) {
                if (!expanded.add(key + '\u0000' + (form == null ? "\u0001" : form.text()))) {
                    continue;
                }
                personBlock(key).forEach((name, nodes) -> {
                    // A person who has gone frees an IRI key, and a place among the "kept apart" recorded beside them.
                    if (form == null || key.startsWith("k:") || NameMatch.compare(form, nameForm(name)) != NameMatch.Kind.NONE) {
                        queue.addAll(nodes);
                    }
                });
            }
            members(n).forEach(queue::add);
        }
        return region;
    }

    /**
     * The blocks a node was in at the last resolution, for a node that has gone or whose source
     * changed; any other node's name or title, so its blocks, are as they were.
     */
    private Set<String> oldKeys(String node, boolean gone) {
        return gone || changedNodes.contains(node) ? new TreeSet<>(index.keysOf(node)) : new TreeSet<>();
    }

    /** The members of the canonical entity a node resolved to last time (once per entity: the first member adds them all). */
    private Set<String> members(String node) {
        String canonical = index.canonicalOf(node);
        return canonical == null || !expanded.add("=" + canonical) ? Set.of() : index.membersOf(canonical);
    }

    private Region scope(Set<String> sources, Set<String> paperNodes, Set<String> personNodes) throws WholeStore {
        List<PersonMention> region = new ArrayList<>();
        Map<String, PersonMention> authors = new LinkedHashMap<>();
        for (String n : personNodes) {
            person(n).ifPresent(p -> {
                region.add(p);
                authors.put(n, p);
            });
        }
        // Papers outside the region whose authors are decided again: their author lists, co-authorships
        // and conflicts are written again, from every node of their canonical paper.
        Set<String> affectedNodes = new TreeSet<>(paperNodes);
        Map<String, String> paperOutside = new HashMap<>();
        Set<String> oldPapers = new TreeSet<>();
        for (PersonMention p : region) {
            for (String paper : reader.papersOf(p.node())) {
                if (!paperNodes.contains(paper) && !paperOutside.containsKey(paper)) {
                    String canonical = canonical(paper);
                    oldPapers.add(canonical);
                    for (String member : index.membersOf(canonical)) {
                        paperOutside.put(member, canonical);
                        affectedNodes.add(member);
                    }
                }
            }
        }
        List<PaperStatement> papers = new ArrayList<>();
        List<PaperStatement> affected = new ArrayList<>();
        List<AwardClaim> awards = new ArrayList<>();
        Map<String, String> personOutside = new HashMap<>();
        for (String n : affectedNodes) {
            for (PaperStatement s : statements(n)) {
                affected.add(s);
                if (paperNodes.contains(n)) {
                    papers.add(s);
                }
                for (String a : s.authors()) {
                    if (!authors.containsKey(a)) {
                        Optional<PersonMention> author = person(a);
                        if (author.isPresent()) {
                            authors.put(a, author.get());
                            personOutside.put(a, canonical(a));
                        }
                    }
                }
            }
            awards.addAll(reader.awards(n));
        }
        Set<String> oldPeople = new TreeSet<>();
        int resolvedBefore = 0;
        for (String n : personNodes) {
            String c = index.canonicalOf(n);
            if (c != null) {
                oldPeople.add(c);
                resolvedBefore++;
            }
        }
        for (String n : paperNodes) {
            String c = index.canonicalOf(n);
            if (c != null) {
                oldPapers.add(c);
                resolvedBefore++;
            }
        }
        Scope scope = new Scope(region, papers, affected, authors, awards, List.of(), paperOutside, personOutside);
        return new Region(scope, personNodes, paperNodes, oldPeople, oldPapers, sources, resolvedBefore);
    }

    private String canonical(String node) throws WholeStore {
        String c = index.canonicalOf(node);
        if (c == null) {
            throw new WholeStore("the last resolution did not resolve " + node);
        }
        return c;
    }

    private TitleForm titleForm(String title) {
        return titleForms.computeIfAbsent(title, TitleForm::of);
    }

    private NameForm nameForm(String name) {
        return nameForms.computeIfAbsent(name, NameForm::of);
    }

    private List<PaperStatement> statements(String node) {
        return statements.computeIfAbsent(node, reader::statements);
    }

    private Optional<PersonMention> person(String node) {
        return people.computeIfAbsent(node, reader::person);
    }
}
