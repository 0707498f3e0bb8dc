package org.factdiff.casefile;

import java.util.Locale;
import java.util.Optional;

/** Page sizes the PDF can be printed on. */
public enum Paper {
    A4("210mm 297mm"),
    LETTER("8.5in 11in");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of a CSS {@code @page size} for this paper. */
    public String cssSize() {
        return cssSize;
    }

    /** The paper for a name such as {@code a4} or {@code Letter}. */
    public static Optional<Paper> named(String name) {
        for (Paper p : values()) {
            if (p.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
