package org.factdiff.changes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact-checker's review of a finding, as findings.json records it; every field may be absent.
 *
 * @param status "confirmed", "dismissed" or "needs-check"; empty reads as {@link #OPEN}
 */
public record Review(Optional<String> status, Optional<String> note, Optional<String> by, Optional<String> date,
                     Optional<String> rating) {
    /** How a finding without a review status is named. */
    public static final String OPEN = "open";

    /** The review of a finding nobody has reviewed. */
    public static final Review NONE = new Review(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Review {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rating, "rating");
    }

    /** The status, or {@value #OPEN}. */
    public String shownStatus() {
        return status.orElse(OPEN);
    }

    /** The fields compared between two reviews, status first. */
    List<Attribute> attributes() {
        return List.of(new Attribute("review", Optional.of(shownStatus())), new Attribute("review note", note),
                new Attribute("review by", by), new Attribute("review date", date),
                new Attribute("review rating", rating));
    }
}
