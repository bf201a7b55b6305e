package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over node IRIs, each cluster carrying the marks that forbid joining it with another
 * cluster holding one of the same marks: a mark is "source + paper", so two people one source
 * lists on the same paper are never made one. Nodes are numbered as they are added and the
 * forest is kept in arrays: resolution asks "together?" for millions of pairs, and a head
 * author's thousands of mentions make that the hot loop. Marks are numbers the caller gives
 * (see {@link Numbering}), held per cluster as a sorted array: a hash set of "source|paper"
 * strings per mention held hundreds of megabytes in a 10,000-document resolution.
 */
final class Clusters {
    private static final int[] NO_MARKS = new int[0];

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> nodes = new ArrayList<>();
    /** Per cluster root, its marks sorted and distinct (null for a node that is no longer a root). */
    private int[][] marks = new int[16][];
    private int[] parent = new int[16];

    /** Adds a node (once: a node added again keeps its first marks); returns its number. */
    int add(String node, int[] nodeMarks) {
        Integer known = ids.get(node);
        if (known != null) {
            return known;
        }
        int id = nodes.size();
        ids.put(node, id);
        nodes.add(node);
        if (id == parent.length) {
            parent = Arrays.copyOf(parent, id * 2);
            marks = Arrays.copyOf(marks, id * 2);
        }
        parent[id] = id;
        marks[id] = nodeMarks.length == 0 ? NO_MARKS : sortedDistinct(nodeMarks);
        return id;
    }

    private static int[] sortedDistinct(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
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
        int[] ma = marks[find(a)];
        int[] mb = marks[find(b)];
        int[] small = ma.length <= mb.length ? ma : mb;
        int[] large = small == ma ? mb : ma;
        // The smaller side searched in the larger: a singleton against a head author's cluster is one search.
        for (int m : small) {
            if (Arrays.binarySearch(large, m) >= 0) {
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
        // The larger cluster's root stays the root, so paths stay short.
        if (marks[ra].length < marks[rb].length) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        marks[ra] = merge(marks[ra], marks[rb]);
        marks[rb] = null;
        return true;
    }

    boolean union(String a, String b) {
        return union(ids.get(a), ids.get(b));
    }

    /**
     * Two sorted distinct arrays as one. Linear in both, so a cluster grown one mention at a time
     * costs the square of its marks (each union copies the large side); a hash set added the small
     * side alone. The medium bench's resolve stage was no slower for it (146.1 s, 157.1 s before).
     */
    private static int[] merge(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] > b[j]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
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
