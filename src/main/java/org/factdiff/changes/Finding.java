package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of findings.json (or one orphaned review), in the terms a change is told in.
 *
 * @param id         the finding's content-derived id ("x-9d6ebf9584")
 * @param section    the list it is in
 * @param summary    one line: the section, a few words on what it is about and an excerpt cut to
 *                   {@link #EXCERPT_LENGTH}, "contradiction (entity): who carried out the strikes"
 * @param attributes the compared fields besides evidence and review, in a fixed order per section
 * @param evidence   sorted by {@link Evidence#ORDER}
 * @param review     the review findings.json records for it, if any
 * @param json       the finding as findings.json gives it, to notice changes to fields not compared one by one
 */
public record Finding(String id, Section section, String summary, List<Attribute> attributes, List<Evidence> evidence,
                      Optional<Review> review, JsonNode json) {
    /**
     * Longest free text (statement, topic, quote, excerpt, note) inside a summary, in code points:
     * long enough to recognise a finding, short enough that a line stays one line.
     */
    public static final int EXCERPT_LENGTH = 80;

    /** By section, then id: the order of findings everywhere. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::section).thenComparing(Finding::id);

    public Finding {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("finding id must not be blank, was '" + id + "'");
        }
        Objects.requireNonNull(section, "section");
        if (summary == null || summary.isBlank() || summary.contains("\n")) {
            throw new IllegalArgumentException("summary of " + id + " must be one non-blank line, was '"
                    + summary + "'");
        }
        attributes = List.copyOf(attributes);
        evidence = evidence.stream().sorted(Evidence.ORDER).toList();
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(json, "json");
    }

    /** "x-9d6ebf9584 contradiction (entity): who carried out the strikes". */
    public String line() {
        return id + " " + summary;
    }
}
