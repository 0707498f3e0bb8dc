package org.factdiff.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a fact-checker decided about a finding. A finding without a review is open. */
public enum ReviewStatus {
    /** Checked against the articles and kept. */
    CONFIRMED("confirmed", "Confirmed"),
    /** Checked and rejected: the report moves it to an appendix with the note. */
    DISMISSED("dismissed", "Dismissed"),
    /** Looked at, not settled: stays in the report with its note. */
    NEEDS_CHECK("needs-check", "Needs check");

    private final String id;
    private final String label;

    ReviewStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used in reviews.yaml, findings.json and on the command line. */
    public String id() {
        return id;
    }

    /** The word a reader sees on the report's badge. */
    public String label() {
        return label;
    }

    /** The status a reviews file or command line names, if any. */
    public static Optional<ReviewStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The words accepted, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ReviewStatus::id).toList();
    }
}
