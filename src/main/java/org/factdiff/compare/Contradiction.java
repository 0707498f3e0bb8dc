package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdiff.text.Excerpt;

/**
 * Articles that state different values for the same fact.
 *
 * @param id          stable, derived from the content
 * @param topic       what the fact is about, e.g. "people killed"
 * @param explanation one plain sentence for the reader
 * @param values      at least two, from at least two articles, in {@link Excerpt#ORDER}
 * @param cause       what explains the difference, when the texts show it
 */
public record Contradiction(String id, String topic, ContradictionKind kind, String explanation, List<Value> values,
                            Optional<Cause> cause) {
    public Contradiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        values = List.copyOf(values);
        Objects.requireNonNull(cause, "cause");
        if (values.stream().map(v -> v.evidence().article()).distinct().count() < 2) {
            throw new IllegalArgumentException("a contradiction needs evidence from two articles: " + id);
        }
    }

    /** A contradiction nothing explains yet. */
    public Contradiction(String id, String topic, ContradictionKind kind, String explanation, List<Value> values) {
        this(id, topic, kind, explanation, values, Optional.empty());
    }

    /** The same contradiction with its cause. */
    public Contradiction explainedBy(Cause c) {
        return new Contradiction(id, topic, kind, explanation, values, Optional.of(c));
    }

    /** True when a cause shows that the articles do not themselves disagree (different sources or times). */
    public boolean explainedAway() {
        return cause.isPresent() && cause.get().kind().explainsAway();
    }

    /** One side: the evidence and the value it states, as a reader would say it. */
    public record Value(Excerpt evidence, String value) {
        public Value {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(value, "value");
        }
    }
}
