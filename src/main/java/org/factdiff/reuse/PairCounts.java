package org.factdiff.reuse;

/**
 * How many fingerprints each article pair shares (or each pair's number), keyed by the pair
 * packed into a long: an open-addressing table, because a large case counts millions of (pair, fingerprint) hits and
 * boxed map entries would cost more than the counting.
 */
final class PairCounts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = newKeys(1 << 10);
    private int[] counts = new int[1 << 10];
    private int size;

    /** Counts one more hit for {@code key} (never {@link Long#MIN_VALUE}). */
    void add(long key) {
        int slot = insert(key);
        if (slot < 0) {
            slot = -slot - 1;
        }
        counts[slot]++;
    }

    /**
     * The key's number in order of first sight, from 0, given on first call: a dense index for
     * per-pair lists (a map keyed by packed pairs would hash {@code a ^ b} and collide).
     */
    int number(long key) {
        int slot = insert(key);
        if (slot >= 0) {
            counts[slot] = size - 1;
            return size - 1;
        }
        return counts[-slot - 1];
    }

    /** The key's slot, the key put in it when new; a key already there gives {@code -slot - 1}. */
    private int insert(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(keys, key);
        if (keys[slot] != EMPTY) {
            return -slot - 1;
        }
        keys[slot] = key;
        size++;
        return slot;
    }

    /** The hits counted for {@code key}, 0 when none. */
    int get(long key) {
        int slot = slot(keys, key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    int size() {
        return size;
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long[] newKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }
}
