package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which paper nodes are one paper. Papers from different sources already share a node
 * when their titles normalise alike; this joins the rest: the same DOI or arXiv id, or
 * near-identical titles (a typo, "and" for "an") with overlapping authors. One source never
 * lists one paper twice, so two nodes one source states both of stay apart.
 */
final class PaperResolver {
    private final NameForms names;

    /** @param names each person node's name, to compare author lists */
    PaperResolver(NameForms names) {
        this.names = names;
    }

    /** The clusters of paper nodes and the decisions that made them. */
    Result resolve(List<PaperStatement> statements) {
        Map<String, PaperFacts> papers = new LinkedHashMap<>();
        for (PaperStatement s : statements) {
            papers.computeIfAbsent(s.node(), PaperFacts::new).add(s, names);
        }
        Clusters clusters = new Clusters();
        Numbering<String> sources = new Numbering<>();
        papers.values().forEach(p -> p.cluster = clusters.add(p.node, p.sources.stream().mapToInt(sources::of).toArray()));
        List<Decision> decisions = new ArrayList<>();
        joinOnIdentifier(papers, clusters, decisions, "same-doi", p -> p.dois);
        joinOnIdentifier(papers, clusters, decisions, "same-arxiv-id", p -> p.arxivIds);
        joinOnTitles(papers, clusters, decisions);
        return new Result(clusters.groups(), decisions, papers);
    }

    record Result(Map<String, List<String>> groups, List<Decision> decisions, Map<String, PaperFacts> papers) {
    }

    private interface Ids {
        Set<String> of(PaperFacts p);
    }

    private static void joinOnIdentifier(Map<String, PaperFacts> papers, Clusters clusters, List<Decision> decisions,
            String rule, Ids ids) {
        Map<String, String> first = new HashMap<>();
        for (PaperFacts p : papers.values()) {
            for (String id : ids.of(p)) {
                String other = first.putIfAbsent(id, p.node);
                if (other != null && !clusters.together(other, p.node) && !clusters.clash(other, p.node)) {
                    clusters.union(other, p.node);
                    PaperFacts o = papers.get(other);
                    decisions.add(new Decision(Decision.Verdict.MERGED, other, p.node, rule,
                            "both give " + id + " ('" + o.title + "' / '" + p.title + "')",
                            o.form.similarity(p.form), sources(o, p)));
                }
            }
        }
    }

    /**
     * Compares the titles that share a block (their first or last words), blocks in key order and
     * pairs in node order: the same pairs in the same order whether the whole store or one
     * region of it is resolved.
     */
    private static void joinOnTitles(Map<String, PaperFacts> papers, Clusters clusters, List<Decision> decisions) {
        Map<String, List<PaperFacts>> blocks = new TreeMap<>();
        for (PaperFacts p : papers.values()) {
            for (String key : BlockKeys.title(p.form)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> compared = new HashSet<>();
        for (List<PaperFacts> block : blocks.values()) {
            for (long pair : nearIdenticalPairs(block)) {
                PaperFacts a = block.get((int) (pair >>> 32));
                PaperFacts b = block.get((int) pair);
                // A pair met again in a second block is decided once.
                if (!clusters.together(a.cluster, b.cluster) && compared.add(a.node + " " + b.node)) {
                    compare(a, b, clusters, decisions);
                }
            }
        }
    }

    /**
     * The pairs (i, j), i &lt; j, of a block whose titles are near-identical, packed as
     * {@code i << 32 | j} and in that order, as a loop over all pairs would meet them. Near-identical
     * titles differ in length by at most a twentieth, so the titles are sorted by length and each
     * is compared only with those of about its length: a block of the commonest first or last words
     * holds thousands of titles, and comparing all pairs was most of a paper resolution's time.
     */
    static long[] nearIdenticalPairs(List<PaperFacts> block) {
        Integer[] byLength = new Integer[block.size()];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt(i -> block.get(i).form.text().length()));
        long[] pairs = new long[16];
        int n = 0;
        for (int x = 0; x < byLength.length; x++) {
            TitleForm shorter = block.get(byLength[x]).form;
            for (int y = x + 1; y < byLength.length; y++) {
                TitleForm longer = block.get(byLength[y]).form;
                if (!TitleForm.lengthsNear(shorter.text().length(), longer.text().length())) {
                    break; // sorted by length: every later title is longer still
                }
                if (shorter.nearIdentical(longer)) {
                    int i = Math.min(byLength[x], byLength[y]);
                    int j = Math.max(byLength[x], byLength[y]);
                    if (n == pairs.length) {
                        pairs = Arrays.copyOf(pairs, n * 2);
                    }
                    pairs[n++] = (long) i << 32 | j;
                }
            }
        }
        long[] out = Arrays.copyOf(pairs, n);
        Arrays.sort(out);
        return out;
    }

    /** Decides two near-identical titles of different clusters: one paper when their authors overlap. */
    private static void compare(PaperFacts a, PaperFacts b, Clusters clusters, List<Decision> decisions) {
        double score = a.form.similarity(b.form);
        Set<String> shared = new TreeSet<>(a.surnames);
        shared.retainAll(b.surnames);
        int smaller = Math.min(a.surnames.size(), b.surnames.size());
        String titles = "'" + a.title + "' / '" + b.title + "'";
        if (smaller > 0 && shared.size() * 2 >= smaller && !clusters.clash(a.node, b.node)) {
            clusters.union(a.node, b.node);
            decisions.add(new Decision(Decision.Verdict.MERGED, a.node, b.node, "near-identical-title+shared-authors",
                    titles + "; shared authors: " + String.join(", ", shared), score, sources(a, b)));
        } else {
            String why = clusters.clash(a.node, b.node) ? "one source lists both"
                    : smaller == 0 ? "an author list is missing" : "too few shared authors (" + shared.size() + ")";
            decisions.add(new Decision(Decision.Verdict.KEPT_APART, a.node, b.node, "near-identical-title",
                    titles + "; " + why, score, sources(a, b)));
        }
    }

    private static List<String> sources(PaperFacts a, PaperFacts b) {
        Set<String> all = new TreeSet<>(a.sources);
        all.addAll(b.sources);
        return List.copyOf(all);
    }

    /** One paper node's facts gathered over every source that states it. */
    static final class PaperFacts {
        final String node;
        final Set<String> sources = new TreeSet<>();
        final Set<String> dois = new TreeSet<>();
        final Set<String> arxivIds = new TreeSet<>();
        final Set<String> surnames = new TreeSet<>();
        final List<PaperStatement> statements = new ArrayList<>();
        String title;
        TitleForm form;
        /** The node's number in the clusters: pairs in a block are many, and a number is no hash lookup. */
        int cluster;

        PaperFacts(String node) {
            this.node = node;
        }

        void add(PaperStatement s, NameForms names) {
            statements.add(s);
            sources.add(s.source());
            if (title == null) {
                title = s.title();
                form = TitleForm.of(s.title());
            }
            if (BlockKeys.doi(s.doi()) != null) {
                dois.add(BlockKeys.doi(s.doi()));
            }
            if (BlockKeys.arxiv(s.arxivId()) != null) {
                arxivIds.add(BlockKeys.arxiv(s.arxivId()));
            }
            for (String author : s.authors()) {
                NameForm n = names.of(author);
                if (n != null && !n.isEmpty()) {
                    surnames.add(n.surname());
                }
            }
        }
    }
}
