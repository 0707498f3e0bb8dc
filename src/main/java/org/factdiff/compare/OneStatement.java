package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.factdiff.claims.Claim;

/**
 * Readings joined across articles by the sentences they come from saying the same thing (alike
 * with figures masked), for rules whose readings say nothing of what they are about: "has been
 * shut since Monday" is only the day of one state beside a sentence telling the same.
 */
final class OneStatement {
    private OneStatement() {
    }

    /**
     * The readings in groups of one statement, each by article in reading order, in the order of
     * each group's first reading.
     *
     * @param joinable whether two readings of two articles may be of one statement at all (one kind of value)
     */
    static <T> List<Map<String, List<T>>> groups(List<T> readings, Function<T, Claim> claim, BiPredicate<T, T> joinable,
                                                  CaseClaims in) {
        int[] parent = new int[readings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                T a = readings.get(i);
                T b = readings.get(j);
                if (!claim.apply(a).article().equals(claim.apply(b).article()) && joinable.test(a, b)
                        && FigureConflicts.sameStatement(claim.apply(a), claim.apply(b), in)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, Map<String, List<T>>> groups = new TreeMap<>();
        for (int i = 0; i < readings.size(); i++) {
            T r = readings.get(i);
            groups.computeIfAbsent(root(parent, i), k -> new TreeMap<>())
                    .computeIfAbsent(claim.apply(r).article(), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, List<T>>> out = new ArrayList<>();
        groups.values().stream().filter(g -> g.size() >= 2).forEach(out::add);
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
