package org.factdiff.changes;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One article as a findings file records it.
 *
 * @param id     the article's id in the case
 * @param sha256 of the article's file; another value under the same id means the article was edited
 * @param title  its headline, if known
 * @param words  its word count, if given
 */
public record ArticleVersion(String id, String sha256, Optional<String> title, OptionalLong words) {
    public ArticleVersion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank, was '" + id + "'");
        }
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(words, "words");
    }
}
