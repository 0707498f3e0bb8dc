package org.factdiff.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review decisions of one case, one per finding id, sorted by id.
 *
 * @param file   the reviews file as the case names it ("reviews.yaml"), when there is one
 * @param sha256 the file's SHA-256, recorded with the report's inputs
 */
public record Reviews(Optional<String> file, Optional<String> sha256, List<Review> entries) {
    /** No reviews file: every finding is open. */
    public static final Reviews NONE = new Reviews(Optional.empty(), Optional.empty(), List.of());

    public Reviews {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        List<Review> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Review::finding));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).finding().equals(sorted.get(i - 1).finding())) {
                throw new IllegalArgumentException("two reviews of " + sorted.get(i).finding());
            }
        }
        entries = List.copyOf(sorted);
    }

    /** The review of a finding, if it has one. */
    public Optional<Review> of(String finding) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = entries.get(mid).finding().compareTo(finding);
            if (c == 0) {
                return Optional.of(entries.get(mid));
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** These reviews with {@code review} in place of any earlier review of its finding. */
    public Reviews with(Review review) {
        List<Review> out = new ArrayList<>(entries.stream().filter(r -> !r.finding().equals(review.finding())).toList());
        out.add(review);
        return new Reviews(file, sha256, out);
    }

    /** Whether no finding is reviewed. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
