package org.factdiff.compare;

import java.util.Objects;
import org.factdiff.text.Excerpt;

/** A check-worthy fact only one article states. */
public record SingleSource(String id, Excerpt evidence) {
    public SingleSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(evidence, "evidence");
    }
}
