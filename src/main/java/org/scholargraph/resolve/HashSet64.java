package org.scholargraph.resolve;

/**
 * A set of 64-bit hashes in one open-addressed array: eight bytes a member, where a set of the
 * triples themselves would cost hundreds. Enough to tell, for a resolution graph of millions of
 * triples, which stored triples the new resolution still has.
 */
final class HashSet64 {
    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 16];
    private int size;
    private boolean hasZero;

    /** Adds a hash; false when it was there already. */
    boolean add(long h) {
        if (h == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, h)) {
            size++;
            return true;
        }
        return false;
    }

    boolean contains(long h) {
        if (h == EMPTY) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) mix(h) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return true;
            }
            if (slots[i] == EMPTY) {
                return false;
            }
        }
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) mix(h) & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != EMPTY) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** SplitMix64's finaliser: spreads any 64-bit value over the table. */
    static long mix(long h) {
        long z = h + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
