package org.factdiff.compare;

import java.util.Locale;
import java.util.Objects;

/**
 * What explains a contradiction, when the texts show it.
 *
 * @param kind        which explanation
 * @param explanation one plain sentence, with the values in the order the explanation gives
 */
public record Cause(Kind kind, String explanation) {
    public Cause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The explanations, the most telling first. */
    public enum Kind {
        /** A copied passage in which the copy changed the value of its source. */
        DISTORTION,
        /** Each article credits its value to a different source. */
        SOURCES,
        /** The values were written at different times, or one is marked as updated. */
        CHANGED_OVER_TIME;

        /** The name used in findings.json: "distortion", "sources", "changed-over-time". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** True when the explanation makes the difference no disagreement between the articles themselves. */
        public boolean explainsAway() {
            return this != DISTORTION;
        }
    }
}
