package org.factdiff.claims;

/** How a figure is qualified: "at least 24", "up to 10", "about 40", "20 to 30". */
public enum Qualifier {
    EXACT(""),
    AT_LEAST("at least"),
    MORE_THAN("more than"),
    AT_MOST("up to"),
    LESS_THAN("fewer than"),
    ABOUT("about"),
    RANGE("between");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** How a reader would say it before the figure. */
    public String words() {
        return words;
    }

    /** True when the figure is a bound the true value may exceed. */
    public boolean lowerBound() {
        return this == AT_LEAST || this == MORE_THAN;
    }
}
