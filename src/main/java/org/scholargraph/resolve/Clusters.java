package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over node IRIs, each cluster carrying the marks that forbid joining it with another
 * cluster holding one of the same marks: a mark is "source + paper", so two people one source
 * lists on the same paper are never made one.
 */
final class Clusters {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Set<String>> marks = new HashMap<>();

    void add(String node, Set<String> nodeMarks) {
        if (parent.putIfAbsent(node, node) == null) {
            marks.put(node, new HashSet<>(nodeMarks));
        }
    }

    String find(String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String n = node;
        while (!n.equals(root)) {
            String next = parent.get(n);
            parent.put(n, root);
            n = next;
        }
        return root;
    }

    boolean together(String a, String b) {
        return find(a).equals(find(b));
    }

    /** Whether the two clusters share a mark (and so must stay apart). */
    boolean clash(String a, String b) {
        Set<String> ma = marks.get(find(a));
        Set<String> mb = marks.get(find(b));
        Set<String> small = ma.size() <= mb.size() ? ma : mb;
        Set<String> large = small == ma ? mb : ma;
        for (String m : small) {
            if (large.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** Joins the two clusters; false when they were one already. */
    boolean union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return false;
        }
        Set<String> ma = marks.get(ra);
        Set<String> mb = marks.get(rb);
        // Smaller mark set into the larger, so joining n clusters costs n log n.
        if (ma.size() < mb.size()) {
            String t = ra;
            ra = rb;
            rb = t;
        }
        parent.put(rb, ra);
        marks.get(ra).addAll(marks.remove(rb));
        return true;
    }

    /** The clusters, each a list of its nodes in the order they were added. */
    Map<String, List<String>> groups() {
        Map<String, List<String>> out = new HashMap<>();
        for (String node : parent.keySet()) {
            out.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
        }
        return out;
    }
}
