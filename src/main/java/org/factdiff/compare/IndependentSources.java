package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Excerpt;

/**
 * Counts independent sources among articles that state the same fact: two articles are one
 * source for it when their excerpts lie in a passage one copied from the other (or both from
 * the same wire copy).
 */
final class IndependentSources {
    /** The reuse pair of two articles, by "a b" with a before b: looked up, never searched. */
    private final java.util.Map<String, ReusePair> pairOf = new java.util.HashMap<>();

    IndependentSources(ReuseResult reuse) {
        for (ReusePair p : reuse.pairs()) {
            pairOf.put(p.a() + " " + p.b(), p);
        }
    }

    int count(List<Excerpt> sources) {
        int n = sources.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (copied(sources.get(i), sources.get(j))) {
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    parent[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
        }
        int roots = 0;
        for (int i = 0; i < n; i++) {
            if (find(parent, i) == i) {
                roots++;
            }
        }
        return roots;
    }

    /** True when the two excerpts lie in one shared passage of their articles. */
    boolean copied(Excerpt x, Excerpt y) {
        if (x.article().equals(y.article())) {
            return true;
        }
        boolean xa = x.article().compareTo(y.article()) < 0;
        ReusePair p = pairOf.get(xa ? x.article() + " " + y.article() : y.article() + " " + x.article());
        if (p == null) {
            return false;
        }
        for (Passage s : p.passages()) {
            Excerpt sx = xa ? s.a() : s.b();
            Excerpt sy = xa ? s.b() : s.a();
            if (overlaps(sx, x) && overlaps(sy, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Excerpt a, Excerpt b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The articles of {@code sources}, in order, for messages. */
    static List<String> articles(List<Excerpt> sources) {
        List<String> out = new ArrayList<>();
        for (Excerpt e : sources) {
            if (!out.contains(e.article())) {
                out.add(e.article());
            }
        }
        return out;
    }
}
