package org.factdiff.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fact-checker's decision on one finding, named by the finding's stable id.
 *
 * @param finding the finding's id as findings.json gives it ("x-9d6ebf9584")
 * @param note    why, in the reviewer's words
 * @param by      who decided
 * @param date    when
 * @param rating  the verdict on a claim: only agreements, single-source claims and altered quotes
 *                state one claim that can be rated
 */
public record Review(String finding, ReviewStatus status, Optional<String> note, Optional<String> by,
                     Optional<LocalDate> date, Optional<Rating> rating) {
    /** A finding id: its kind's letter, a dash and ten hex digits of its content's SHA-256. */
    public static final Pattern FINDING_ID = Pattern.compile("[apqrsx]-[0-9a-f]{10}");
    /** Longest note kept; a review note says why in a few sentences, the report prints it whole. */
    public static final int MAX_NOTE = 2_000;
    /** Longest reviewer name. */
    public static final int MAX_BY = 100;

    public Review {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rating, "rating");
        if (!FINDING_ID.matcher(finding).matches()) {
            throw new IllegalArgumentException("'finding' must be a finding id like x-9d6ebf9584, got '" + finding + "'");
        }
        note = note.map(String::strip).filter(n -> !n.isEmpty());
        by = by.map(String::strip).filter(n -> !n.isEmpty());
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            throw new IllegalArgumentException("'note' must be at most " + MAX_NOTE + " characters");
        }
        if (by.isPresent() && (by.get().length() > MAX_BY || by.get().contains("\n"))) {
            throw new IllegalArgumentException("'by' must be one line of at most " + MAX_BY + " characters");
        }
        if (rating.isPresent() && !rateable(finding)) {
            throw new IllegalArgumentException("a rating applies to a claim, not to " + finding);
        }
    }

    /** Whether a finding states one claim that a rating can judge: an agreement, a single-source claim, an altered quote. */
    public static boolean rateable(String finding) {
        return finding.startsWith("a-") || finding.startsWith("s-") || finding.startsWith("q-");
    }

    /** The kind of finding an id names, in words ("contradiction"), for messages. */
    public static String kindOf(String finding) {
        return switch (finding.isEmpty() ? ' ' : finding.charAt(0)) {
            case 'a' -> "agreement";
            case 'x' -> "contradiction";
            case 's' -> "single-source claim";
            case 'q' -> "altered quote";
            case 'p' -> "reused passage";
            case 'r' -> "reuse pair";
            default -> "finding";
        };
    }
}
