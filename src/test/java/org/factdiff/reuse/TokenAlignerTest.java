package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenAlignerTest {
    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    @Test
    void findsTheLocalMatchAmidNoise() {
        int[] a = {9, 9, 1, 2, 3, 4, 5, 9};
        int[] b = {7, 1, 2, 3, 4, 5, 7, 7};
        TokenAligner.Alignment al = TokenAligner.align(a, all(a.length), 0, a.length, b, all(b.length), 0, b.length);
        assertEquals(2, al.aFrom());
        assertEquals(7, al.aTo());
        assertEquals(1, al.bFrom());
        assertEquals(6, al.bTo());
        assertEquals(5, al.matches());
        assertEquals(15, al.score());
    }

    @Test
    void bridgesASmallGap() {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] b = {1, 2, 3, 4, 99, 5, 6, 7, 8};
        TokenAligner.Alignment al = TokenAligner.align(a, all(a.length), 0, a.length, b, all(b.length), 0, b.length);
        assertEquals(0, al.aFrom());
        assertEquals(8, al.aTo());
        assertEquals(9, al.bTo());
        assertEquals(8, al.matches());
    }

    @Test
    void nothingInCommonScoresZero() {
        int[] a = {1, 2, 3};
        int[] b = {4, 5, 6};
        assertEquals(0, TokenAligner.align(a, all(3), 0, 3, b, all(3), 0, 3).score());
    }

    @Test
    void aReusedAlignerGivesWhatAFreshOneGives() {
        // The aligner keeps its matrix between calls; a larger call before a smaller one must
        // leave nothing behind that changes the smaller one's result.
        java.util.Random random = new java.util.Random(3);
        TokenAligner reused = new TokenAligner();
        for (int round = 0; round < 200; round++) {
            int[] a = random.ints(1 + random.nextInt(30), 0, 6).toArray();
            int[] b = random.ints(1 + random.nextInt(30), 0, 6).toArray();
            boolean[] ca = new boolean[a.length];
            boolean[] cb = new boolean[b.length];
            for (int i = 0; i < a.length; i++) {
                ca[i] = a[i] % 2 == 0;
            }
            for (int i = 0; i < b.length; i++) {
                cb[i] = b[i] % 2 == 0;
            }
            int aFrom = random.nextInt(a.length);
            int bFrom = random.nextInt(b.length);
            assertEquals(TokenAligner.align(a, ca, aFrom, a.length, b, cb, bFrom, b.length),
                    reused.run(a, ca, aFrom, a.length, b, cb, bFrom, b.length), "round " + round);
        }
    }
}
