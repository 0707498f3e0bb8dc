package org.factdiff.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One metadata value and where it came from: "case file", "page: JSON-LD", "PDF document
 * information", "first line of the text"... An unknown value has an empty source.
 */
public record Field<T>(Optional<T> value, String source) {
    public Field {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (value.isEmpty() != source.isEmpty()) {
            throw new IllegalArgumentException("a known value needs a source, an unknown one none: " + value + " / " + source);
        }
    }

    public static <T> Field<T> unknown() {
        return new Field<>(Optional.empty(), "");
    }

    public static <T> Field<T> of(Optional<T> value, String source) {
        return value.isPresent() ? new Field<>(value, source) : unknown();
    }

    /** This value, or {@code other} when this one is unknown. */
    public Field<T> or(Field<T> other) {
        return value.isPresent() ? this : other;
    }

    /** Where the value came from, or "unknown". */
    public String provenance() {
        return source.isEmpty() ? "unknown" : source;
    }
}
