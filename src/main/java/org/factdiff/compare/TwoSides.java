package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A contradiction between two values, in text order, explained as "X (a) and Y (b)". */
final class TwoSides {
    private TwoSides() {
    }

    /**
     * @param lead   the explanation's start, before the values ("The mayor's name is spelled two ways: ")
     * @param joiner between the two values (" and ", " vs ")
     * @param end    the explanation's end, after them (". Check ...")
     */
    static Contradiction of(String topic, ContradictionKind kind, Contradiction.Value x, Contradiction.Value y,
                            String lead, String joiner, String end) {
        List<Contradiction.Value> values = new ArrayList<>(List.of(x, y));
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String explanation = lead + String.join(joiner, values.stream()
                .map(v -> v.value() + " (" + v.evidence().article() + ")").toList()) + end;
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), topic, kind, explanation, values);
    }
}
