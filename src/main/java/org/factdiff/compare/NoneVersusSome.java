package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * "No injuries were reported" against "two workers were slightly injured": a count of zero
 * against a count of any group of people for the same event, in sentences about the same
 * scene (they share a content word that is not the event's), on the same occasion. "All 12 crew
 * were rescued" says none of them is missing, and stands against "two of the 12 crew are still
 * missing" when both count the same people.
 */
final class NoneVersusSome implements ContradictionRule {
    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        // The claims giving a count above zero, by event and in claim order: a zero is compared
        // with those of its event only, not with every claim of the case.
        Map<String, List<Claim>> counting = new HashMap<>();
        for (Claim c : claims) {
            c.quantities().stream().filter(NoneVersusSome::counts).map(Quantity::event).distinct()
                    .forEach(e -> counting.computeIfAbsent(e, k -> new ArrayList<>()).add(c));
        }
        List<Contradiction> out = new ArrayList<>();
        for (Claim all : claims) {
            if (all.otherOccasion() || all.negated()) {
                continue;
            }
            for (Quantity rescued : all.quantities()) {
                if (!rescued.event().equals(RESCUE) || !counts(rescued) || !allOf(all, rescued)) {
                    continue;
                }
                for (Claim some : counting.getOrDefault(MISSING, List.of())) {
                    if (some.article().equals(all.article()) || some.otherOccasion() || !CaseClaims.sameScene(all, some)) {
                        continue;
                    }
                    some.quantities().stream()
                            .filter(q -> counts(q) && q.event().equals(MISSING) && q.thing().equals(rescued.thing()))
                            .min(Comparator.comparing(Quantity::evidence))
                            .ifPresent(q -> out.add(allRescued(all, rescued, some, q)));
                }
            }
        }
        for (Claim none : claims) {
            for (Quantity zero : none.quantities()) {
                if (zero.value() != 0 || zero.event().isEmpty() || !zero.context().isEmpty()) {
                    continue;
                }
                for (Claim some : counting.getOrDefault(zero.event(), List.of())) {
                    if (some.article().equals(none.article()) || some.otherOccasion() || !CaseClaims.sameScene(none, some)) {
                        continue;
                    }
                    some.quantities().stream()
                            .filter(q -> counts(q) && q.event().equals(zero.event()))
                            .min(Comparator.comparing(Quantity::evidence))
                            .ifPresent(q -> out.add(contradiction(none, zero, some, q)));
                }
            }
        }
        return out;
    }

    /** A count above zero of an event, on its own: not part of another, earlier, or a clock time. */
    private static boolean counts(Quantity q) {
        return q.value() > 0 && q.context().isEmpty() && !q.earlier() && !q.part() && !q.clock();
    }

    private static final String RESCUE = "rescue";
    private static final String MISSING = "missing";

    /** True when "all" comes right before the figure: "All 12 crew members were rescued", "all of the 12". */
    private static boolean allOf(Claim c, Quantity q) {
        String lead = c.evidence().text().substring(0, q.evidence().start() - c.evidence().start())
                .toLowerCase(java.util.Locale.ROOT).stripTrailing();
        return lead.equals("all") || lead.endsWith(" all") || lead.endsWith(" all of the") || lead.equals("all of the")
                || lead.endsWith(" all of its") || lead.endsWith(" all of their");
    }

    private static Contradiction allRescued(Claim all, Quantity rescued, Claim some, Quantity q) {
        List<Contradiction.Value> values = new ArrayList<>(List.of(
                new Contradiction.Value(all.evidence(), "none missing (all " + rescued.evidence().text() + " rescued)"),
                new Contradiction.Value(some.evidence(), q.withWords())));
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String explanation = all.article() + " says all " + rescued.evidence().text() + " were rescued; " + some.article()
                + " gives " + q.display() + " missing. Check when each was written.";
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), FigureWords.topic(q), ContradictionKind.NUMBER, explanation, values);
    }

    private static Contradiction contradiction(Claim none, Quantity zero, Claim some, Quantity q) {
        List<Contradiction.Value> values = new ArrayList<>(List.of(
                new Contradiction.Value(none.evidence(), "none (" + zero.evidence().text() + ")"),
                new Contradiction.Value(some.evidence(), q.withWords())));
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String topic = FigureWords.topic(zero);
        String explanation = none.article() + " says no one was " + FigureWords.eventWords(zero.event())
                + "; " + some.article() + " gives " + q.display() + ". Check when each was written.";
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), topic, ContradictionKind.NUMBER, explanation, values);
    }
}
