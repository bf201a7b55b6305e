package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over node IRIs, each cluster carrying the marks that forbid joining it with another
 * cluster holding one of the same marks: a mark is "source + paper", so two people one source
 * lists on the same paper are never made one. Nodes are numbered as they are added and the
 * forest is kept in arrays: resolution asks "together?" for millions of pairs, and a head
 * author's thousands of mentions make that the hot loop.
 */
final class Clusters {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<Set<String>> marks = new ArrayList<>();
    private int[] parent = new int[16];

    /** Adds a node (once: a node added again keeps its first marks); returns its number. */
    int add(String node, Set<String> nodeMarks) {
        Integer known = ids.get(node);
        if (known != null) {
            return known;
        }
        int id = nodes.size();
        ids.put(node, id);
        nodes.add(node);
        marks.add(new HashSet<>(nodeMarks));
        if (id == parent.length) {
            parent = Arrays.copyOf(parent, id * 2);
        }
        parent[id] = id;
        return id;
    }

    int find(int node) {
        int root = node;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[node] != root) {
            int next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }

    /** The node standing for the cluster a node is in. */
    String find(String node) {
        return nodes.get(find(ids.get(node)));
    }

    boolean together(int a, int b) {
        return find(a) == find(b);
    }

    boolean together(String a, String b) {
        return together(ids.get(a), ids.get(b));
    }

    /** Whether the two clusters share a mark (and so must stay apart). */
    boolean clash(int a, int b) {
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

    boolean clash(String a, String b) {
        return clash(ids.get(a), ids.get(b));
    }

    /** Joins the two clusters; false when they were one already. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        // Smaller mark set into the larger, so joining n clusters costs n log n.
        if (marks.get(ra).size() < marks.get(rb).size()) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        marks.get(ra).addAll(marks.get(rb));
        marks.set(rb, null);
        return true;
    }

    boolean union(String a, String b) {
        return union(ids.get(a), ids.get(b));
    }

    /** The clusters, each a list of its nodes, keyed by the node standing for it. */
    Map<String, List<String>> groups() {
        Map<String, List<String>> out = new HashMap<>();
        // Over the nodes in the order of a hash map of them, as before numbering: callers sort what they need.
        for (String node : ids.keySet()) {
            out.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
        }
        return out;
    }
}
