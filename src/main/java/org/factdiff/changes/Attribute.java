package org.factdiff.changes;

import java.util.Objects;
import java.util.Optional;

/**
 * One compared field of a finding or a piece of evidence, by the name a change reports it under.
 *
 * @param name  as a change line says it: "independent sources"
 * @param value the field's value on one line, or empty when findings.json gives null or nothing
 */
public record Attribute(String name, Optional<String> value) {
    public Attribute {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attribute name must not be blank, was '" + name + "'");
        }
        Objects.requireNonNull(value, "value");
    }

    static Attribute of(String name, String valueOrNull) {
        return new Attribute(name, Optional.ofNullable(valueOrNull));
    }

    /** The value, or "none". */
    public String shown() {
        return value.orElse("none");
    }
}
