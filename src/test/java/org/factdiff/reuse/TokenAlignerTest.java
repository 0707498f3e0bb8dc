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
}
