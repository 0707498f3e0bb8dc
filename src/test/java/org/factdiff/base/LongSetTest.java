package org.factdiff.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LongSet} against {@link HashSet}, including the values a table cannot store in a slot. */
class LongSetTest {
    @Test
    void behavesAsAHashSetOfLongs() {
        LongSet mine = new LongSet();
        Set<Long> theirs = new HashSet<>();
        Random random = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            // Packed pairs of small ints, as the callers make them, and some repeats and extremes.
            long v = switch (k % 5) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> 0L;
                case 2 -> ((long) random.nextInt(300) << 32) | random.nextInt(300);
                default -> random.nextLong() % 1000;
            };
            assertEquals(theirs.add(v), mine.add(v), "add " + v);
        }
        assertEquals(theirs.size(), mine.size());
        for (long v : theirs) {
            assertTrue(mine.contains(v), "contains " + v);
        }
        assertFalse(mine.contains(Long.MAX_VALUE));
        assertFalse(mine.contains(((long) 301 << 32) | 5));
    }
}
