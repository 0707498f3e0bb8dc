package org.factdiff.casefile;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a case file: where it is and what is wrong, shown as
 * {@code file:line:column: message}.
 */
public record CaseProblem(SourcePosition at, String message) {
    /** Line, then column; a problem of the whole file (line 0) comes first. */
    public static final Comparator<CaseProblem> IN_LINE_ORDER = Comparator
            .comparingInt((CaseProblem p) -> p.at().line())
            .thenComparingInt(p -> p.at().column());

    public CaseProblem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
