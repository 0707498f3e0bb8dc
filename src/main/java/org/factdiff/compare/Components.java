package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Items joined by the pairs that conflict (or agree): each connected part is one finding, so
 * that many articles taking sides in one dispute give one finding, not one per pair.
 */
final class Components {
    private final int[] parent;
    private final boolean[] met;

    Components(int n) {
        parent = new int[n];
        met = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /**
     * The parts that joining every two of {@code n} items for which {@code joins} holds makes,
     * as {@link #parts()} gives them; each has two items or more.
     */
    static List<List<Integer>> of(int n, java.util.function.BiPredicate<Integer, Integer> joins) {
        Components c = new Components(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (joins.test(i, j)) {
                    c.join(i, j);
                }
            }
        }
        return c.parts();
    }

    void join(int i, int j) {
        parent[root(i)] = root(j);
        met[i] = true;
        met[j] = true;
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The parts of items met by a join, each in index order, ordered by their first index. */
    List<List<Integer>> parts() {
        Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            if (met[i]) {
                byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
            }
        }
        return List.copyOf(byRoot.values());
    }
}
