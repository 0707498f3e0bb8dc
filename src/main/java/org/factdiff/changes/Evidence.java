package org.factdiff.changes;

import java.util.Comparator;
import java.util.List;

/**
 * One excerpt a finding rests on.
 *
 * @param article the article's id
 * @param start   0-based UTF-16 offset into the article's clean text, where the excerpt starts
 * @param end     end-exclusive offset
 * @param text    the excerpt as findings.json gives it
 * @param extras  what the finding says about this excerpt besides its text (a contradiction's
 *                value, a quote's speaker and channel), in a fixed order
 */
public record Evidence(String article, int start, int end, String text, List<Attribute> extras) {
    /** By article, then position, then text: the order of evidence everywhere. */
    static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::article)
            .thenComparingInt(Evidence::start).thenComparingInt(Evidence::end).thenComparing(Evidence::text);

    public Evidence {
        if (article == null || article.isBlank()) {
            throw new IllegalArgumentException("evidence article must not be blank, was '" + article + "'");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span must satisfy 0 <= start <= end, was [" + start + ", "
                    + end + ") in " + article);
        }
        if (text == null) {
            throw new IllegalArgumentException("evidence text must not be null (article " + article + ")");
        }
        extras = List.copyOf(extras);
    }

    /** The same evidence without its offsets, to tell a move from an edit. */
    Evidence unplaced() {
        return new Evidence(article, 0, 0, text, extras);
    }
}
