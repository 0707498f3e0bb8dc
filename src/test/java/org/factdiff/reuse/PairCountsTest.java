package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCountsTest {
    @Test
    void countsAsAMapWouldThroughManyGrowths() {
        // Packed pairs (a << 32 | b) are the keys that made a HashMap<Long, ...> collide (a ^ b).
        PairCounts counts = new PairCounts();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            long key = WinnowingReuseDetector.pack(random.nextInt(300), random.nextInt(300));
            counts.add(key);
            expected.merge(key, 1, Integer::sum);
        }
        assertEquals(expected.size(), counts.size());
        expected.forEach((k, v) -> assertEquals(v, counts.get(k), "key " + k));
        assertEquals(0, counts.get(WinnowingReuseDetector.pack(301, 5)));
    }

    @Test
    void numbersKeysInOrderOfFirstSight() {
        PairCounts numbers = new PairCounts();
        assertEquals(0, numbers.number(WinnowingReuseDetector.pack(4, 9)));
        assertEquals(1, numbers.number(WinnowingReuseDetector.pack(9, 4)));
        assertEquals(0, numbers.number(WinnowingReuseDetector.pack(4, 9)));
        for (int i = 0; i < 5000; i++) {
            assertEquals(i + 2, numbers.number(WinnowingReuseDetector.pack(i, i + 100)));
        }
        assertEquals(1, numbers.number(WinnowingReuseDetector.pack(9, 4)));
    }

    /**
     * Fingerprint ids are given in order of first sight as a map's size would give them, the
     * one value the table reserves included: no two fingerprints share an id.
     */
    @Test
    void fingerprintIdsAreDenseAndDistinctWithTheReservedValue() {
        WinnowingReuseDetector.FingerprintIds ids = new WinnowingReuseDetector.FingerprintIds();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            long hash = i % 997 == 3 ? Long.MIN_VALUE : random.nextInt(5_000) * 0x9E3779B97F4A7C15L;
            int id = ids.id(hash);
            assertEquals(expected.computeIfAbsent(hash, k -> expected.size()), id, "hash " + hash);
        }
        assertEquals(expected.size(), ids.size());
    }
}
