package org.factdiff.ingest;

import java.util.Objects;
import java.util.regex.Pattern;
import org.factdiff.casefile.ArticleRef;

/**
 * An article ready for analysis.
 *
 * @param ref    the case file's entry for it (id, file, metadata)
 * @param text   the clean text; every offset in the findings is a 0-based, end-exclusive
 *               UTF-16 index into it
 * @param sha256 lower-case hex SHA-256 of the file's bytes as read from disk
 * @param words  number of words in {@code text}
 */
public record Article(ArticleRef ref, String text, String sha256, int words) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Article {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: '" + sha256 + "'");
        }
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
    }

    public String id() {
        return ref.id();
    }
}
