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
