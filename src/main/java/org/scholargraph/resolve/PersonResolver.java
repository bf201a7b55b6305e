package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Decides which people, as the sources name them, are one person. Names propose (the same
 * normalised name, or a compatible variant: {@link NameMatch}); a merge needs a second signal
 * from the sources: a paper both are authors of, a co-author both share, or the same homepage.
 * Without one, two people stay apart however alike their names, homonyms included: a missed
 * merge is a smaller harm than a wrong one. Two people one source lists on one paper are never
 * made one.
 */
final class PersonResolver {
    /** At most this many "kept apart" decisions are recorded per pair of names (common names have thousands). */
    private static final int KEPT_APART_PER_PROPOSAL = 3;

    private final Map<String, String> canonicalPaper;
    private final Map<String, String> paperTitles;
    private final Map<String, PersonMention> authors;
    private final NameForms names;

    /**
     * @param canonicalPaper each paper node's canonical paper
     * @param paperTitles each canonical paper's title, for the evidence text
     * @param authors every person node the paper statements name, resolved now or not (co-authors)
     * @param names their names' forms
     */
    PersonResolver(Map<String, String> canonicalPaper, Map<String, String> paperTitles, Map<String, PersonMention> authors,
            NameForms names) {
        this.canonicalPaper = canonicalPaper;
        this.paperTitles = paperTitles;
        this.authors = authors;
        this.names = names;
    }

    /**
     * @param decisions every decision but the same-name merges on a shared paper
     * @param sameNameSharedPaper how many same-name merges on a shared paper were made: the
     *     commonest decision by far (most of a corpus's), which the resolution graph shows by
     *     itself (see {@code ResolutionWriter.readOffTheGraph}), so counted rather than held
     */
    record Result(Map<String, List<String>> groups, List<Decision> decisions, int sameNameSharedPaper) {
    }

    /**
     * Decides component by component: names propose, and a proposal's mentions are only ever
     * joined with each other, so the names linked by proposals (one spelling, or variants of one
     * another) are decided apart from all the rest, with the same decisions as all at once. Only
     * one component's evidence, marks and clusters are held at a time.
     *
     * @param people the person nodes to resolve
     * @param papers every statement naming one of them as an author, whole
     */
    Result resolve(List<PersonMention> people, List<PaperStatement> papers) {
        AuthorStatements statements = new AuthorStatements(people, papers);
        NameForm[] forms = new NameForm[people.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = names.of(people.get(i).node());
        }
        Proposals proposals = Proposals.of(forms);
        Map<String, List<String>> groups = new HashMap<>();
        List<Decision> decisions = new ArrayList<>();
        int sameNameSharedPaper = 0;
        for (List<Proposals.Pair> component : proposals.components()) {
            Component c = new Component(people, forms, papers, statements, proposals, component);
            sameNameSharedPaper += c.decide(decisions);
            groups.putAll(c.clusters.groups());
        }
        // A person no proposal names is a person of their own.
        for (int i = 0; i < people.size(); i++) {
            if (!proposals.proposed(i)) {
                String node = people.get(i).node();
                groups.putIfAbsent(node, List.of(node));
            }
        }
        return new Result(groups, decisions, sameNameSharedPaper);
    }

    /**
     * A co-author's name as the mention's own source prints it, found the way the mention's
     * evidence was gathered (its statements in order, their authors in order): the same whatever
     * else was resolved.
     */
    private String coauthorName(Mention m, String form, List<PaperStatement> papers, AuthorStatements statements) {
        for (int k = 0; k < statements.count(m.number); k++) {
            for (String other : papers.get(statements.statement(m.number, k)).authors()) {
                NameForm o = names.of(other);
                if (o != null && !other.equals(m.node()) && o.text().equals(form)) {
                    return authors.get(other).name();
                }
            }
        }
        return form;
    }

    /** The people of one component of the proposals, decided together and then dropped. */
    private final class Component {
        private final List<PaperStatement> papers;
        private final AuthorStatements statements;
        /** Its mentions by their number among the people. */
        private final Map<Integer, Mention> mentions = new HashMap<>();
        private final List<Proposal> proposals = new ArrayList<>();
        private final Clusters clusters = new Clusters();
        /**
         * Every distinct piece of evidence, numbered as first seen: a mention keeps the numbers, not
         * a set of objects (600,000 mentions with ten pieces each held a gigabyte of hash entries).
         */
        private final Map<Evidence, Integer> evidenceIds = new HashMap<>();
        private final List<Evidence> evidence = new ArrayList<>();

        Component(List<PersonMention> people, NameForm[] forms, List<PaperStatement> papers, AuthorStatements statements,
                Proposals all, List<Proposals.Pair> pairs) {
            this.papers = papers;
            this.statements = statements;
            // Its mentions in the people's order, as the whole store numbers them.
            TreeSet<Integer> members = new TreeSet<>();
            for (Proposals.Pair pair : pairs) {
                for (int i : all.mentionsOf(pair.a())) {
                    members.add(i);
                }
                for (int i : all.mentionsOf(pair.b())) {
                    members.add(i);
                }
            }
            Numbering<Mark> marks = new Numbering<>();
            for (int i : members) {
                Mention m = new Mention(people.get(i), forms[i], i);
                gatherEvidence(m, marks);
                m.id = clusters.add(m.node(), m.marks);
                m.marks = null;
                mentions.put(i, m);
            }
            for (Proposals.Pair pair : pairs) {
                proposals.add(new Proposal(pair.kind(), mentions(all.mentionsOf(pair.a())), mentions(all.mentionsOf(pair.b())),
                        pair.score()));
            }
        }

        private List<Mention> mentions(int[] numbers) {
            List<Mention> out = new ArrayList<>(numbers.length);
            for (int i : numbers) {
                out.add(mentions.get(i));
            }
            return out;
        }

        /** @return how many same-name merges on a shared paper it made (counted, not added to {@code decisions}) */
        int decide(List<Decision> decisions) {
            int sameNameSharedPaper = 0;
            for (Proposal p : proposals) {
                sameNameSharedPaper += join(p, decisions);
            }
            for (Proposal p : proposals) {
                keptApart(p, clusters, decisions);
            }
            return sameNameSharedPaper;
        }

        /** A mention's papers, co-authors and homepage, and the marks that keep co-authors apart. */
        private void gatherEvidence(Mention m, Numbering<Mark> marks) {
            for (int k = 0; k < statements.count(m.number); k++) {
                PaperStatement s = papers.get(statements.statement(m.number, k));
                String paper = canonicalPaper.getOrDefault(s.node(), s.node());
                m.add(evidenceId(Signal.PAPER, paper));
                m.mark(marks.of(new Mark(s.source(), paper)));
                for (String other : s.authors()) {
                    NameForm o = names.of(other);
                    if (o != null && !other.equals(m.node()) && !o.text().equals(m.form.text())) {
                        m.add(evidenceId(Signal.COAUTHOR, o.text()));
                    }
                }
            }
            String home = homepage(m.person.homepage());
            if (home != null) {
                m.add(evidenceId(Signal.HOMEPAGE, home));
            }
            if (m.person.siteOwner()) {
                m.add(evidenceId(Signal.SITE, site(m.person.source())));
            }
            m.seal();
        }

        private int evidenceId(Signal signal, String value) {
            Evidence e = new Evidence(signal, value);
            Integer id = evidenceIds.get(e);
            if (id == null) {
                id = evidence.size();
                evidenceIds.put(e, id);
                evidence.add(e);
            }
            return id;
        }

        /**
         * Joins the proposal's mentions that share a signal, strongest signal first.
         *
         * @return how many same-name merges on a shared paper it made (not added to {@code decisions})
         */
        private int join(Proposal p, List<Decision> decisions) {
            int sameNameSharedPaper = 0;
            Map<Integer, List<Mention>> shared = new LinkedHashMap<>();
            for (Mention m : p.all()) {
                for (int e : m.evidence) {
                    shared.computeIfAbsent(e, k -> new ArrayList<>()).add(m);
                }
            }
            List<Map.Entry<Integer, List<Mention>>> entries = new ArrayList<>(shared.entrySet());
            entries.sort(Comparator.comparing((Map.Entry<Integer, List<Mention>> e) -> evidence.get(e.getKey()).signal)
                    .thenComparing(e -> evidence.get(e.getKey()).value));
            for (Map.Entry<Integer, List<Mention>> entry : entries) {
                List<Mention> having = entry.getValue();
                Evidence e = evidence.get(entry.getKey());
                if (p.kind == NameMatch.Kind.SAME) {
                    sameNameSharedPaper += joinSame(p, e, having, decisions);
                    continue;
                }
                for (int i = 1; i < having.size(); i++) {
                    Mention b = having.get(i);
                    for (int j = 0; j < i; j++) {
                        Mention a = having.get(j);
                        // Cheapest test first: in a head author's evidence most pairs are one cluster already.
                        if (!clusters.together(a.id, b.id) && p.pairs(a, b) && enough(p, e, a, b)
                                && !clusters.clash(a.id, b.id)) {
                            clusters.union(a.id, b.id);
                            decisions.add(merged(p, a, b, e));
                            break;
                        }
                    }
                }
            }
            return sameNameSharedPaper;
        }

        /**
         * {@link #join}'s scan for one spelling, where every pair is one the proposal is about and
         * one signal is enough: each mention joins the first earlier mention in another cluster that
         * does not clash with its own. That one is always the earliest of its cluster (the rest of a
         * cluster answer alike), so only each cluster's earliest mention is tried: a head author's
         * thousands of mentions, mostly one cluster already, cost linear time, not quadratic.
         *
         * @return how many merges it made on a shared paper (counted, not added to {@code decisions})
         */
        private int joinSame(Proposal p, Evidence evidence, List<Mention> having, List<Decision> decisions) {
            // The graph shows a same-name merge on a shared paper by itself: one person, one name, one paper.
            boolean shown = evidence.signal == Signal.PAPER;
            int counted = 0;
            List<Mention> earliest = new ArrayList<>();
            for (Mention b : having) {
                // Clusters only grow: a mention whose cluster has an earlier one is never tried again.
                Set<Integer> roots = new HashSet<>();
                earliest.removeIf(a -> !roots.add(clusters.find(a.id)));
                for (Mention a : earliest) {
                    if (!clusters.together(a.id, b.id) && !clusters.clash(a.id, b.id)) {
                        clusters.union(a.id, b.id);
                        if (shown) {
                            counted++;
                        } else {
                            decisions.add(merged(p, a, b, evidence));
                        }
                        break;
                    }
                }
                earliest.add(b);
            }
            return counted;
        }

        /**
         * One shared co-author is enough for two spellings of the same name; two differently spelled
         * names need two, as a site's owner is everyone's co-author on it and a famous co-author is
         * shared by strangers ("Jun Zhu" and "Jun-Yan Zhu" both wrote with Stefano Ermon).
         */
        private boolean enough(Proposal p, Evidence e, Mention a, Mention b) {
            if (e.signal != Signal.COAUTHOR || p.kind == NameMatch.Kind.SAME) {
                return true;
            }
            int shared = 0;
            for (int x : a.evidence) {
                if (evidence.get(x).signal == Signal.COAUTHOR && b.has(x) && ++shared >= 2) {
                    return true;
                }
            }
            return false;
        }

        private Decision merged(Proposal p, Mention a, Mention b, Evidence e) {
            PersonMention first = a.person;
            PersonMention second = b.person;
            // Worded when read, from what the resolution keeps anyway (the two people, the titles): not
            // from this resolver or its mentions, which a lazy sentence would otherwise keep alive.
            Supplier<String> evidence;
            switch (e.signal) {
                case PAPER:
                    Map<String, String> titles = paperTitles;
                    evidence = () -> "both are authors of '" + titles.getOrDefault(e.value, e.value) + "'";
                    break;
                case COAUTHOR:
                    String coauthor = coauthorName(a, e.value, papers, statements);
                    evidence = () -> "both wrote with '" + coauthor + "'";
                    break;
                case SITE:
                    evidence = () -> "both are the owner of pages of the site " + e.value;
                    break;
                default:
                    evidence = () -> "same homepage " + e.value;
                    break;
            }
            return new Decision(Decision.Verdict.MERGED, a.node(), b.node(), e.signal.ruleAfter(p.kind),
                    () -> "'" + first.name() + "' / '" + second.name() + "': " + evidence.get(),
                    NameMatch.score(a.form, b.form), List.of(first.source(), second.source()));
        }
    }

    /** The site a source belongs to: its host for a URL, its folder for a file. */
    static String site(String source) {
        java.net.URI uri = java.net.URI.create(source);
        if (uri.getHost() != null) {
            return uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
        String path = uri.getPath() == null ? source : uri.getPath();
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : path;
    }

    /** Records why names that were proposed still name more than one person. */
    private static void keptApart(Proposal p, Clusters clusters, List<Decision> decisions) {
        Map<String, Mention> firstOfCluster = new LinkedHashMap<>();
        for (Mention m : p.all()) {
            firstOfCluster.putIfAbsent(clusters.find(m.node()), m);
        }
        List<Mention> apart = new ArrayList<>(firstOfCluster.values());
        int recorded = 0;
        for (int i = 0; i < apart.size() && recorded < KEPT_APART_PER_PROPOSAL; i++) {
            for (int j = i + 1; j < apart.size() && recorded < KEPT_APART_PER_PROPOSAL; j++) {
                Mention a = apart.get(i);
                Mention b = apart.get(j);
                if (!p.pairs(a, b)) {
                    continue;
                }
                boolean clash = clusters.clash(a.node(), b.node());
                String why = clash ? "one source lists both as authors of one paper" : "no shared paper, co-author or homepage";
                decisions.add(new Decision(Decision.Verdict.KEPT_APART, a.node(), b.node(),
                        p.rule() + (clash ? "+listed-together" : "+no-second-signal"),
                        "'" + a.person.name() + "' / '" + b.person.name() + "': " + why,
                        NameMatch.score(a.form, b.form), List.of(a.person.source(), b.person.source())));
                recorded++;
            }
        }
    }

    static String homepage(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        s = s.replaceFirst("(/index\\.html?)?/*$", "");
        return s.isEmpty() ? null : s;
    }

    private enum Signal {
        HOMEPAGE("same-homepage"), SITE("owner-of-one-site"), PAPER("shared-paper"), COAUTHOR("shared-coauthor");

        final String rule;
        /** The merge rules this signal completes, made once: a corpus has hundreds of thousands of merges. */
        private final String afterSameName;
        private final String afterVariant;

        Signal(String rule) {
            this.rule = rule;
            this.afterSameName = "same-name+" + rule;
            this.afterVariant = "name-variant+" + rule;
        }

        String ruleAfter(NameMatch.Kind proposal) {
            return proposal == NameMatch.Kind.SAME ? afterSameName : afterVariant;
        }
    }

    private record Evidence(Signal signal, String value) {
    }

    /** A paper as one source lists it: two people a source lists on one paper are never made one. */
    private record Mark(String source, String paper) {
    }

    private static final class Mention {
        final PersonMention person;
        final NameForm form;
        /**
         * Its evidence's numbers, each once: in the order gathered, then sorted when sealed (what
         * {@link #has} searches). Nothing reads the gathering order: {@link #join} orders the
         * evidence by signal and value.
         */
        int[] evidence = new int[4];
        private int size;
        /** Its number among the people (see {@link AuthorStatements}). */
        final int number;
        /** The {@link Mark} numbers of its statements (repeats allowed), until the clusters take them. */
        int[] marks = new int[2];
        private int markCount;
        /** The mention's number among the clusters, set when it is added to them. */
        int id = -1;

        Mention(PersonMention person, NameForm form, int number) {
            this.person = person;
            this.form = form;
            this.number = number;
        }

        String node() {
            return person.node();
        }

        void add(int e) {
            // A mention holds a few dozen pieces at most (a source's papers and their co-authors).
            for (int i = 0; i < size; i++) {
                if (evidence[i] == e) {
                    return;
                }
            }
            if (size == evidence.length) {
                evidence = Arrays.copyOf(evidence, size * 2);
            }
            evidence[size++] = e;
        }

        void mark(int mark) {
            if (markCount == marks.length) {
                marks = Arrays.copyOf(marks, markCount * 2);
            }
            marks[markCount++] = mark;
        }

        /** Ends gathering: the evidence array is trimmed to its pieces and sorted. */
        void seal() {
            evidence = Arrays.copyOf(evidence, size);
            marks = Arrays.copyOf(marks, markCount);
            Arrays.sort(evidence);
        }

        boolean has(int e) {
            return Arrays.binarySearch(evidence, e) >= 0;
        }
    }

    /** Two groups of mentions whose names may be one person's (one group when the names are the same). */
    private record Proposal(NameMatch.Kind kind, List<Mention> a, List<Mention> b, double score) {
        List<Mention> all() {
            if (b.isEmpty()) {
                return a;
            }
            List<Mention> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        /** Whether a pair of this proposal's mentions is one the proposal is about. */
        boolean pairs(Mention x, Mention y) {
            return b.isEmpty() || !x.form.text().equals(y.form.text());
        }

        String rule() {
            return kind == NameMatch.Kind.SAME ? "same-name" : "name-variant";
        }
    }
}
