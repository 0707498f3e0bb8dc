package org.factdiff.ingest;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Optional;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.Timestamp;

/**
 * An article ready for analysis.
 *
 * @param ref      the case file's entry for it (id, file, metadata as written)
 * @param metadata what is known of it: the case file's values, else what the file states
 * @param text   the clean text; every offset in the findings is a 0-based, end-exclusive
 *               UTF-16 index into it
 * @param sha256 lower-case hex SHA-256 of the file's bytes as read from disk
 * @param words  number of words in {@code text}
 */
public record Article(ArticleRef ref, Metadata metadata, String text, String sha256, int words) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Article {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: '" + sha256 + "'");
        }
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
    }

    /** An article known only from its case-file entry (the file states nothing more). */
    public Article(ArticleRef ref, String text, String sha256, int words) {
        this(ref, Metadata.merge(ref, Metadata.NONE), text, sha256, words);
    }

    public String id() {
        return ref.id();
    }

    public Optional<Timestamp> published() {
        return metadata.published().value();
    }

    public Optional<String> outlet() {
        return metadata.outlet().value();
    }

    public Optional<String> title() {
        return metadata.title().value();
    }

    public Optional<String> author() {
        return metadata.author().value();
    }

    public Optional<String> url() {
        return metadata.url().value();
    }
}
