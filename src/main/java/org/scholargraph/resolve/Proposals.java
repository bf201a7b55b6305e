package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.BitSet;
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
 * The pairs of names that may be one person's: a spelling that several mentions share, or two
 * spellings {@link NameMatch} calls variants of each other (compared within their proposal
 * blocks), most alike first; and the components they fall into, the spellings linked by variant
 * proposals, each of which {@link PersonResolver} decides apart from the others.
 */
final class Proposals {
    /** A proposal: one spelling's mentions ({@code b} null), or two spellings' mentions. */
    record Pair(NameMatch.Kind kind, String a, String b, double score) {
    }

    private static final int[] NONE = new int[0];

    /** Each spelling's mentions, by their number among the people, in the people's order. */
    private final Map<String, int[]> byText;
    private final List<List<Pair>> components;
    private final BitSet proposed = new BitSet();

    private Proposals(Map<String, int[]> byText, List<List<Pair>> components) {
        this.byText = byText;
        this.components = components;
        for (List<Pair> component : components) {
            for (Pair p : component) {
                mentionsOfBoth(p).forEach(proposed::set);
            }
        }
    }

    /** @param forms each person's name form, by their number among the people */
    static Proposals of(NameForm[] forms) {
        Map<String, List<Integer>> texts = new LinkedHashMap<>();
        Map<String, NameForm> formOf = new HashMap<>();
        for (int i = 0; i < forms.length; i++) {
            NameForm f = forms[i];
            if (f == null || f.isEmpty() || f.given().isEmpty()) {
                continue;
            }
            texts.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(i);
            formOf.putIfAbsent(f.text(), f);
        }
        Map<String, Set<String>> blocks = new TreeMap<>();
        formOf.forEach((text, f) -> BlockKeys.proposal(f).forEach(k -> blocks.computeIfAbsent(k, x -> new TreeSet<>()).add(text)));
        List<Pair> pairs = new ArrayList<>();
        texts.forEach((text, mentions) -> {
            if (mentions.size() > 1) {
                pairs.add(new Pair(NameMatch.Kind.SAME, text, null, 1.0));
            }
        });
        Set<String> seen = new HashSet<>();
        for (Set<String> block : blocks.values()) {
            List<String> sorted = new ArrayList<>(block);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    NameForm fa = formOf.get(sorted.get(i));
                    NameForm fb = formOf.get(sorted.get(j));
                    if (NameMatch.compare(fa, fb) == NameMatch.Kind.VARIANT && seen.add(sorted.get(i) + "|" + sorted.get(j))) {
                        pairs.add(new Pair(NameMatch.Kind.VARIANT, sorted.get(i), sorted.get(j), NameMatch.score(fa, fb)));
                    }
                }
            }
        }
        // A total order, so that a region of the store is resolved as the whole store would resolve it.
        pairs.sort(Comparator.comparing(Pair::kind).thenComparing(p -> -p.score())
                .thenComparing(Pair::a).thenComparing(p -> p.b() == null ? "" : p.b()));
        Map<String, int[]> byText = new HashMap<>();
        texts.forEach((text, mentions) -> byText.put(text, mentions.stream().mapToInt(Integer::intValue).toArray()));
        return new Proposals(byText, components(pairs));
    }

    /** The pairs grouped by the spellings they link, each group in the pairs' order. */
    private static List<List<Pair>> components(List<Pair> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (Pair p : pairs) {
            if (p.b() != null) {
                String ra = root(parent, p.a());
                String rb = root(parent, p.b());
                if (!ra.equals(rb)) {
                    parent.put(rb, ra);
                }
            }
        }
        Map<String, List<Pair>> byRoot = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byRoot.computeIfAbsent(root(parent, p.a()), k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static String root(Map<String, String> parent, String text) {
        String r = text;
        for (String up = parent.get(r); up != null; up = parent.get(r)) {
            r = up;
        }
        // Path compression: a long chain of variants is walked once.
        for (String n = text, up = parent.get(n); up != null && !up.equals(r); n = up, up = parent.get(n)) {
            parent.put(n, r);
        }
        return r;
    }

    List<List<Pair>> components() {
        return components;
    }

    /** The mentions of a spelling, by their number among the people; none for null. */
    int[] mentionsOf(String text) {
        return text == null ? NONE : byText.get(text);
    }

    private java.util.stream.IntStream mentionsOfBoth(Pair p) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(mentionsOf(p.a())), java.util.Arrays.stream(mentionsOf(p.b())));
    }

    /** Whether some proposal names the person of this number. */
    boolean proposed(int person) {
        return proposed.get(person);
    }
}
