package org.factdiff.base;

/**
 * A set of longs without boxing: open addressing, linear probing. For the packed pairs of
 * indices that candidate searches mark as seen, millions of them in a large case, where a
 * {@code Set<Long>} spent more time on its boxes than the search on its work.
 */
public final class LongSet {
    /** Marks an empty slot; the value itself is kept apart. */
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = new long[64];
    private int size;
    private boolean hasEmpty;

    /** An empty set. */
    public LongSet() {
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds a value; true when it was not in the set. */
    public boolean add(long v) {
        if (v == EMPTY) {
            boolean added = !hasEmpty;
            hasEmpty = true;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, v)) {
            size++;
            return true;
        }
        return false;
    }

    /** True when the value is in the set. */
    public boolean contains(long v) {
        if (v == EMPTY) {
            return hasEmpty;
        }
        int mask = slots.length - 1;
        for (int i = index(v, mask); ; i = (i + 1) & mask) {
            if (slots[i] == v) {
                return true;
            }
            if (slots[i] == EMPTY) {
                return false;
            }
        }
    }

    /** How many values the set holds. */
    public int size() {
        return size + (hasEmpty ? 1 : 0);
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        for (int i = index(v, mask); ; i = (i + 1) & mask) {
            if (table[i] == v) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = v;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        java.util.Arrays.fill(bigger, EMPTY);
        for (long v : slots) {
            if (v != EMPTY) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }

    private static int index(long v, int mask) {
        long h = v * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads packed pairs of small ints
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
