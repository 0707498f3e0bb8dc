package org.factdiff.reuse;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.text.Meanings;

/**
 * Sentence-by-sentence rewrites: runs of sentences that mean the same in two articles, in the
 * same order. Meaning alone cannot tell a rewrite from an independent report of the same event
 * (their ledes are as close in meaning as a rewrite's); what rewriters leave is order. So a
 * sentence pair counts only when each is the other's nearest in meaning, and an article pair
 * counts only when at least {@link #MIN_RUN} such pairs follow each other in both texts with
 * at most {@link #MAX_SKIP} sentences skipped between them. On the development cases
 * independent reports of one event reach runs of 2 at most; rewrites reach 3 to 12.
 */
final class MeaningRuns {
    /** Similarity from which two sentences can be one rewritten sentence (rounded cosine). */
    static final double MIN_SIMILARITY = 0.65;
    /** Sentence pairs in order that make a rewrite; 2 is common between independent reports. */
    static final int MIN_RUN = 3;
    /** Sentences one text may skip between two pairs of a run (added or dropped sentences). */
    static final int MAX_SKIP = 3;
    /** Share of the sentences a run spans that must be in it: rewriters skip few sentences. */
    static final double MIN_DENSITY = 0.6;
    /** Similarity from which two sentences of articles known to share text rewrite each other. */
    static final double MIN_SIMILARITY_KNOWN = 0.5;
    /** Words a sentence needs to take part: a dateline or a two-word line is no evidence. */
    static final int MIN_WORDS = 6;

    private MeaningRuns() {
    }

    /**
     * The longest run of mutually nearest sentence pairs of {@code a} and {@code b}, as
     * sentence index pairs in text order, or an empty list when it is shorter than
     * {@link #MIN_RUN}.
     */
    static List<int[]> find(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, Meanings meanings) {
        int na = a.sentences();
        int nb = b.sentences();
        Similarities m = Similarities.of(a, b, meanings, MIN_SIMILARITY);
        double[][] sim = m.sim();
        double[] bestA = m.bestA();
        double[] bestB = m.bestB();
        // Longest chain of candidate cells increasing in both texts (dynamic programming over
        // the small window of cells a chain may come from); ties keep the earliest cells.
        int[][] length = new int[na][nb];
        int bestLength = 0;
        int endX = -1;
        int endY = -1;
        for (int x = 0; x < na; x++) {
            for (int y = 0; y < nb; y++) {
                if (!candidate(sim[x][y], bestA[x], bestB[y])) {
                    continue;
                }
                int len = 1;
                for (int px = Math.max(0, x - MAX_SKIP - 1); px < x; px++) {
                    for (int py = Math.max(0, y - MAX_SKIP - 1); py < y; py++) {
                        len = Math.max(len, length[px][py] + 1);
                    }
                }
                length[x][y] = len;
                if (len > bestLength) {
                    bestLength = len;
                    endX = x;
                    endY = y;
                }
            }
        }
        if (bestLength < MIN_RUN) {
            return List.of();
        }
        List<int[]> run = new ArrayList<>();
        int x = endX;
        int y = endY;
        run.add(new int[] {x, y});
        while (length[x][y] > 1) {
            int want = length[x][y] - 1;
            int[] prev = null;
            for (int px = Math.max(0, x - MAX_SKIP - 1); px < x && prev == null; px++) {
                for (int py = Math.max(0, y - MAX_SKIP - 1); py < y; py++) {
                    if (length[px][py] == want) {
                        prev = new int[] {px, py};
                        break;
                    }
                }
            }
            x = prev[0];
            y = prev[1];
            run.add(0, prev);
        }
        int spanA = run.get(run.size() - 1)[0] - run.get(0)[0] + 1;
        int spanB = run.get(run.size() - 1)[1] - run.get(0)[1] + 1;
        if (run.size() < MIN_DENSITY * Math.max(spanA, spanB)) {
            return List.of(); // a few like sentences far apart: two reports of one story, not a rewrite
        }
        return run;
    }

    /**
     * In an article pair known to share text (by a run or by copied passages, the
     * {@code anchors}), the further sentence pairs that rewrite each other: mutually nearest,
     * at least {@link #MIN_SIMILARITY_KNOWN} alike, and in the anchors' order.
     */
    static List<int[]> extend(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, Meanings meanings,
                              List<int[]> anchors) {
        int na = a.sentences();
        int nb = b.sentences();
        Similarities m = Similarities.of(a, b, meanings, MIN_SIMILARITY_KNOWN);
        double[][] sim = m.sim();
        double[] bestA = m.bestA();
        double[] bestB = m.bestB();
        List<int[]> order = inOrder(anchors);
        List<int[]> out = new ArrayList<>();
        for (int x = 0; x < na; x++) {
            for (int y = 0; y < nb; y++) {
                if (sim[x][y] < MIN_SIMILARITY_KNOWN || sim[x][y] < bestA[x] || sim[x][y] < bestB[y]) {
                    continue;
                }
                boolean inOrder = true;
                for (int[] anchor : order) {
                    if (Integer.signum(x - anchor[0]) != Integer.signum(y - anchor[1])) {
                        inOrder = false;
                        break;
                    }
                }
                if (inOrder) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /**
     * Every sentence pair's similarity (0 where a sentence is too short to count, below 0 where
     * it is surely below {@code atLeast}), and each sentence's best similarity in the other
     * text (-1 when it has none). Values below {@code atLeast} are not exact: the caller reads
     * only those that reach it, and a row's or column's best is exact whenever one reaches it.
     */
    private record Similarities(double[][] sim, double[] bestA, double[] bestB) {
        static Similarities of(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, Meanings meanings,
                               double atLeast) {
            boolean[] rows = a.meaningful();
            boolean[] columns = b.meaningful();
            double[][] sim = meanings.similarities(a.id, rows, b.id, columns, atLeast);
            double[] bestA = new double[a.sentences()];
            double[] bestB = new double[b.sentences()];
            java.util.Arrays.fill(bestA, -1);
            java.util.Arrays.fill(bestB, -1);
            for (int x = 0; x < bestA.length; x++) {
                for (int y = 0; y < bestB.length && rows[x]; y++) {
                    if (columns[y]) {
                        bestA[x] = Math.max(bestA[x], sim[x][y]);
                        bestB[y] = Math.max(bestB[y], sim[x][y]);
                    }
                }
            }
            return new Similarities(sim, bestA, bestB);
        }
    }

    /**
     * The longest chain of anchors increasing in both texts: a passage that a text moved
     * elsewhere ("clauses moved") must not veto the order the rest agrees on.
     */
    static List<int[]> inOrder(List<int[]> anchors) {
        List<int[]> sorted = new ArrayList<>(anchors);
        sorted.sort(java.util.Comparator.comparingInt((int[] c) -> c[0]).thenComparingInt(c -> c[1]));
        int n = sorted.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (sorted.get(j)[0] < sorted.get(i)[0] && sorted.get(j)[1] < sorted.get(i)[1] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<int[]> chain = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            chain.add(0, sorted.get(i));
        }
        return chain;
    }

    private static boolean candidate(double sim, double bestOfA, double bestOfB) {
        return sim >= MIN_SIMILARITY && sim >= bestOfA && sim >= bestOfB;
    }

    /** True when the sentence has the words to take part (see {@link WinnowingReuseDetector.Doc#meaningful()}). */
    static boolean eligible(WinnowingReuseDetector.Doc d, int sentence) {
        if (!d.hasTokens(sentence)) {
            return false;
        }
        int words = 0;
        for (int i = d.sentenceStart[sentence]; i < d.sentenceEnd[sentence]; i++) {
            words += d.text.tokens().get(i).words();
        }
        return words >= MIN_WORDS;
    }
}
