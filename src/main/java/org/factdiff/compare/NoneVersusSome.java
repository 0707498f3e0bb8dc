package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * "No injuries were reported" against "two workers were slightly injured": a count of zero
 * against a count of any group of people for the same event, in sentences about the same
 * scene (they share a content word that is not the event's), on the same occasion.
 */
final class NoneVersusSome implements ContradictionRule {
    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        List<Contradiction> out = new ArrayList<>();
        for (Claim none : claims) {
            for (Quantity zero : none.quantities()) {
                if (zero.value() != 0 || zero.event().isEmpty() || !zero.context().isEmpty()) {
                    continue;
                }
                for (Claim some : claims) {
                    if (some.article().equals(none.article()) || some.otherOccasion() || !CaseClaims.sameScene(none, some)) {
                        continue;
                    }
                    some.quantities().stream()
                            .filter(q -> q.value() > 0 && q.event().equals(zero.event()) && q.context().isEmpty()
                                    && !q.earlier() && !q.part() && !q.clock())
                            .min(Comparator.comparing(Quantity::evidence))
                            .ifPresent(q -> out.add(contradiction(none, zero, some, q)));
                }
            }
        }
        return out;
    }

    private static Contradiction contradiction(Claim none, Quantity zero, Claim some, Quantity q) {
        List<Contradiction.Value> values = new ArrayList<>(List.of(
                new Contradiction.Value(none.evidence(), "none (" + zero.evidence().text() + ")"),
                new Contradiction.Value(some.evidence(), q.display() + " (" + q.evidence().text() + ")")));
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String topic = FigureWords.topic(zero);
        String explanation = none.article() + " says no one was " + FigureWords.eventWords(zero.event())
                + "; " + some.article() + " gives " + q.display() + ". Check when each was written.";
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), topic, ContradictionKind.NUMBER, explanation, values);
    }
}
