package org.factdiff.text;

import java.util.Comparator;
import java.util.Objects;

/**
 * Evidence: an exact stretch of one article's clean text.
 *
 * @param article the article id
 * @param start   0-based UTF-16 offset of the first char in the article's clean text
 * @param end     end-exclusive offset
 * @param text    exactly {@code cleanText.substring(start, end)}
 */
public record Excerpt(String article, int start, int end, String text) implements Comparable<Excerpt> {
    /** By article, then position: the order in which evidence is listed everywhere. */
    public static final Comparator<Excerpt> ORDER = Comparator.comparing(Excerpt::article)
            .thenComparingInt(Excerpt::start).thenComparingInt(Excerpt::end);

    public Excerpt {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("excerpt span must satisfy 0 <= start <= end, got [" + start + "," + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("excerpt text has " + text.length() + " chars but span ["
                    + start + "," + end + ") has " + (end - start));
        }
    }

    /** The excerpt of {@code cleanText} between {@code start} and {@code end}. */
    public static Excerpt of(String article, String cleanText, int start, int end) {
        return new Excerpt(article, start, end, cleanText.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Excerpt other) {
        return article.equals(other.article) && start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Excerpt o) {
        return ORDER.compare(this, o);
    }
}
