package org.factdiff.compare;

import java.util.List;

/**
 * The findings of the comparison stage, each list in its total order.
 *
 * @param singleSource the single-source claims shown, at most a few per article, by article then rank
 * @param moreSingle   the other single-source claims, folded in the report, in the same order
 */
public record Comparison(
        List<Contradiction> contradictions,
        List<AlteredQuote> alteredQuotes,
        List<Agreement> agreements,
        List<SingleSource> singleSource,
        List<SingleSource> moreSingle) {

    public Comparison {
        contradictions = List.copyOf(contradictions);
        alteredQuotes = List.copyOf(alteredQuotes);
        agreements = List.copyOf(agreements);
        singleSource = List.copyOf(singleSource);
        moreSingle = List.copyOf(moreSingle);
    }

    /** No findings. */
    public static Comparison none() {
        return new Comparison(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
