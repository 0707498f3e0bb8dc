package org.factdiff.reuse;

/**
 * Gapped local alignment (Smith-Waterman) of two token sequences given as int ids, so that
 * the same code would serve words or characters. Matching content words score more than
 * matching function words; a mismatch or a gap costs. Ties break towards the earliest cell,
 * so the result is deterministic.
 */
final class TokenAligner {
    static final int MATCH_CONTENT = 3;
    static final int MATCH_FUNCTION = 1;
    static final int MISMATCH = -2;
    static final int GAP = -2;

    /** The score matrix, row by row, kept between calls: sentence pairs are aligned by the million. */
    private int[] h = new int[0];

    /**
     * The best local alignment.
     *
     * @param score          its score (0 when nothing aligns)
     * @param aFrom          first aligned index in a
     * @param aTo            end-exclusive index in a
     * @param contentMatches matching content tokens in it
     */
    record Alignment(int score, int aFrom, int aTo, int bFrom, int bTo, int matches, int contentMatches) {
    }

    /**
     * Aligns {@code a[aFrom..aTo)} with {@code b[bFrom..bTo)}; {@code weight[i]} says whether
     * token i of a (or b) is content.
     */
    static Alignment align(int[] a, boolean[] aContent, int aFrom, int aTo,
                           int[] b, boolean[] bContent, int bFrom, int bTo) {
        return new TokenAligner().run(a, aContent, aFrom, aTo, b, bContent, bFrom, bTo);
    }

    /** As {@link #align}, reusing this aligner's matrix. */
    Alignment run(int[] a, boolean[] aContent, int aFrom, int aTo,
                  int[] b, boolean[] bContent, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        if (n <= 0 || m <= 0) {
            return new Alignment(0, aFrom, aFrom, bFrom, bFrom, 0, 0);
        }
        int w = m + 1;
        if (h.length < (n + 1) * w) {
            h = new int[(n + 1) * w];
        }
        java.util.Arrays.fill(h, 0, w, 0);
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            int ai = a[aFrom + i - 1];
            int match = aContent[aFrom + i - 1] ? MATCH_CONTENT : MATCH_FUNCTION;
            int row = i * w;
            int up = row - w;
            h[row] = 0;
            for (int j = 1; j <= m; j++) {
                int s = ai == b[bFrom + j - 1] ? match : MISMATCH;
                int v = Math.max(0, h[up + j - 1] + s);
                v = Math.max(v, h[up + j] + GAP);
                v = Math.max(v, h[row + j - 1] + GAP);
                h[row + j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == 0) {
            return new Alignment(0, aFrom, aFrom, bFrom, bFrom, 0, 0);
        }
        int i = bi;
        int j = bj;
        int matches = 0;
        int content = 0;
        int startI = i;
        int startJ = j;
        while (i > 0 && j > 0 && h[i * w + j] > 0) {
            int ai = a[aFrom + i - 1];
            boolean same = ai == b[bFrom + j - 1];
            int s = same ? (aContent[aFrom + i - 1] ? MATCH_CONTENT : MATCH_FUNCTION) : MISMATCH;
            startI = i;
            startJ = j;
            if (h[i * w + j] == h[(i - 1) * w + j - 1] + s) {
                if (same) {
                    matches++;
                    if (aContent[aFrom + i - 1]) {
                        content++;
                    }
                }
                i--;
                j--;
            } else if (h[i * w + j] == h[(i - 1) * w + j] + GAP) {
                i--;
            } else {
                j--;
            }
        }
        return new Alignment(best, aFrom + startI - 1, aFrom + bi, bFrom + startJ - 1, bFrom + bj, matches, content);
    }
}
