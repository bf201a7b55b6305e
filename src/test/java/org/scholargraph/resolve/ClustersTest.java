package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Marks keep clusters apart through every union: two people one source lists on one paper stay two. */
class ClustersTest {
    @Test
    void aMarkCarriedByAUnionKeepsTheClusterFromAnotherHoldingIt() {
        Clusters c = new Clusters();
        int a = c.add("a", new int[] {7, 3, 3});
        int b = c.add("b", new int[] {5});
        int d = c.add("d", new int[] {3});
        int e = c.add("e", new int[] {});

        assertFalse(c.clash(a, b));
        assertTrue(c.clash(a, d), "a and d share mark 3");
        assertTrue(c.union(a, b));
        assertFalse(c.union(b, a), "already one cluster");
        assertTrue(c.together("a", "b"));
        // d shares mark 3 with a, so with the cluster a is in, asked from either side.
        assertTrue(c.clash(b, d));
        assertTrue(c.clash(d, b));
        assertTrue(c.union(d, e));
        assertTrue(c.clash(e, b), "e took d's marks");
        assertFalse(c.clash(e, c.add("f", new int[] {5 + 1})));
    }

    @Test
    void marksOfManyJoinedNodesAreAllKept() {
        Clusters c = new Clusters();
        int first = c.add("n0", new int[] {0});
        for (int i = 1; i < 200; i++) {
            c.union(first, c.add("n" + i, new int[] {i * 2, i * 2 + 1}));
        }
        for (int mark = 0; mark < 400; mark++) {
            int probe = c.add("probe" + mark, new int[] {mark});
            assertEquals(mark != 1, c.clash(first, probe), "mark " + mark);
        }
    }

    @Test
    void groupsListEveryNodeUnderItsCluster() {
        Clusters c = new Clusters();
        c.add("x", new int[] {1});
        c.add("y", new int[] {2});
        c.add("z", new int[] {1});
        c.union("x", "y");
        assertFalse(c.union("x", "y"));
        Map<String, List<String>> groups = c.groups();
        Set<Set<String>> members = new java.util.HashSet<>();
        groups.values().forEach(g -> members.add(new TreeSet<>(g)));
        assertEquals(Set.of(new TreeSet<>(List.of("x", "y")), new TreeSet<>(List.of("z"))), members);
        assertEquals(c.find("x"), c.find("y"));
        assertTrue(groups.containsKey(c.find("x")));
    }

    @Test
    void numberingGivesEqualValuesOneNumberInOrderOfFirstSight() {
        Numbering<String> n = new Numbering<>();
        assertEquals(0, n.of("s1|p1"));
        assertEquals(1, n.of("s2|p1"));
        assertEquals(0, n.of(new String("s1|p1")));
        assertEquals(2, n.of("s1|p2"));
    }
}
