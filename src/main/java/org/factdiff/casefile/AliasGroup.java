package org.factdiff.casefile;

import java.util.List;
import java.util.Objects;

/**
 * Names that mean the same thing in this case: the canonical name and its variants
 * (e.g. {@code At Tanf: [al-Tanf, At-Tanf]}).
 */
public record AliasGroup(String canonical, List<String> variants) {
    public AliasGroup {
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("alias name must not be blank");
        }
        variants = List.copyOf(variants);
    }
}
