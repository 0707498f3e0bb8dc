package org.factdiff.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fact-checker's verdict on a claim, on the five-step scale fact-checkers publish
 * (ClaimReview's {@code reviewRating}); "unproven" has no place on the scale.
 */
public enum Rating {
    TRUE("true", "True", 5),
    MOSTLY_TRUE("mostly-true", "Mostly true", 4),
    MIXED("mixed", "Mixed", 3),
    MISLEADING("misleading", "Misleading", 2),
    MOSTLY_FALSE("mostly-false", "Mostly false", 2),
    FALSE("false", "False", 1),
    UNPROVEN("unproven", "Unproven", 0);

    /** The best and worst values of the scale. */
    public static final int BEST = 5;
    public static final int WORST = 1;

    private final String id;
    private final String label;
    private final int value;

    Rating(String id, String label, int value) {
        this.id = id;
        this.label = label;
        this.value = value;
    }

    /** The word used in reviews.yaml, findings.json and on the command line. */
    public String id() {
        return id;
    }

    /** The verdict as a reader sees it ("Mostly false"). */
    public String label() {
        return label;
    }

    /** Its place on the scale from {@link #WORST} to {@link #BEST}; none for "unproven". */
    public OptionalInt value() {
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** The rating a reviews file or command line names, if any. */
    public static Optional<Rating> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** The words accepted, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Rating::id).toList();
    }
}
