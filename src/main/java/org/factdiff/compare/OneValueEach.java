package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.factdiff.claims.Claim;

/**
 * The finding of a rule that reads one value of a subject per sentence (a ship's flag, a
 * candidate's party, a goal's scorer): each article that gives the subject one value only takes
 * a side with its first sentence; two sides or more about one incident make one finding.
 */
final class OneValueEach {
    private OneValueEach() {
    }

    /**
     * @param byArticle   the subject's readings by article, in sentence order
     * @param claim       the sentence of a reading
     * @param key         the value as compared ("liberia", "civic front", "carvalho")
     * @param label       the value as the explanation names it ("Liberia", "Luis Carvalho")
     * @param written     the words a reading was made from, listed as its evidence
     * @param topic       the topic, given the earliest reading taking a side (it names the subject as written)
     * @param explanation the explanation, given that reading and the sides as prose ("Liberia (b) vs Panama (a)")
     */
    static <T> Optional<Contradiction> finding(CaseClaims in, Map<String, List<T>> byArticle, Function<T, Claim> claim,
            Function<T, String> key, Function<T, String> label, Function<T, String> written, Function<T, String> topic,
            java.util.function.BiFunction<T, String, String> explanation) {
        return finding(in, byArticle, claim, key, label, written, topic, explanation, ContradictionKind.ENTITY);
    }

    /** As {@link #finding(CaseClaims, Map, Function, Function, Function, Function, Function, java.util.function.BiFunction)}, of a kind other than an actor, place or group. */
    static <T> Optional<Contradiction> finding(CaseClaims in, Map<String, List<T>> byArticle, Function<T, Claim> claim,
            Function<T, String> key, Function<T, String> label, Function<T, String> written, Function<T, String> topic,
            java.util.function.BiFunction<T, String, String> explanation, ContradictionKind kind) {
        Map<String, T> firsts = new TreeMap<>();
        byArticle.forEach((article, readings) -> {
            if (readings.stream().map(key).distinct().count() == 1) {
                firsts.put(article, readings.get(0)); // an article giving two values may tell a change
            }
        });
        if (firsts.values().stream().map(key).distinct().count() < 2 || !in.oneIncident(List.copyOf(firsts.keySet()))) {
            return Optional.empty();
        }
        Map<String, List<String>> sides = new TreeMap<>();
        firsts.forEach((article, r) -> sides.computeIfAbsent(label.apply(r), k -> new ArrayList<>()).add(article));
        List<T> sorted = firsts.values().stream().sorted(Comparator.comparing((T r) -> claim.apply(r).evidence())).toList();
        List<Contradiction.Value> values = sorted.stream()
                .map(r -> new Contradiction.Value(claim.apply(r).evidence(), written.apply(r))).toList();
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return Optional.of(new Contradiction(Ids.of("x", ids), topic.apply(sorted.get(0)), kind,
                explanation.apply(sorted.get(0), Prose.sides(sides)), values));
    }
}
