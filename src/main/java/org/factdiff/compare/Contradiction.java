package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * Articles that state different values for the same fact.
 *
 * @param id          stable, derived from the content
 * @param topic       what the fact is about, e.g. "people killed"
 * @param explanation one plain sentence for the reader
 * @param values      at least two, from at least two articles, in {@link Excerpt#ORDER}
 */
public record Contradiction(String id, String topic, ContradictionKind kind, String explanation, List<Value> values) {
    public Contradiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        values = List.copyOf(values);
        if (values.stream().map(v -> v.evidence().article()).distinct().count() < 2) {
            throw new IllegalArgumentException("a contradiction needs evidence from two articles: " + id);
        }
    }

    /** One side: the evidence and the value it states, as a reader would say it. */
    public record Value(Excerpt evidence, String value) {
        public Value {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(value, "value");
        }
    }
}
