package org.factdiff.compare;

import java.util.List;

/** The findings of the comparison stage, each list in its total order. */
public record Comparison(
        List<Contradiction> contradictions,
        List<AlteredQuote> alteredQuotes,
        List<Agreement> agreements,
        List<SingleSource> singleSource) {

    public Comparison {
        contradictions = List.copyOf(contradictions);
        alteredQuotes = List.copyOf(alteredQuotes);
        agreements = List.copyOf(agreements);
        singleSource = List.copyOf(singleSource);
    }

    /** No findings. */
    public static Comparison none() {
        return new Comparison(List.of(), List.of(), List.of(), List.of());
    }
}
