package org.factdiff.ingest;

import java.util.Objects;
import java.util.Optional;
import org.factdiff.casefile.Timestamp;

/**
 * What a saved web page says about its article, each field read from the most trusted
 * source that has it: schema.org JSON-LD first, then Open Graph and other {@code <meta>}
 * tags, then {@code <time>} elements and author lines in the page. Text fields have their
 * whitespace collapsed and are never blank; a field the page does not state is empty.
 *
 * @param title        the article's headline
 * @param byline       the author or authors, as the page names them ("By" dropped)
 * @param siteName     the outlet or site
 * @param published    the publication date, when it is written in ISO 8601 form
 * @param canonicalUrl the page's own absolute http(s) address as written in it; never fetched
 * @param language     the page's language as a BCP 47 tag ({@code en}, {@code pt-BR})
 */
public record PageMetadata(Optional<String> title, Optional<String> byline, Optional<String> siteName,
        Optional<Timestamp> published, Optional<String> canonicalUrl, Optional<String> language) {

    /** No metadata at all. */
    public static final PageMetadata EMPTY = new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public PageMetadata {
        title = requireText(title, "title");
        byline = requireText(byline, "byline");
        siteName = requireText(siteName, "siteName");
        Objects.requireNonNull(published, "published");
        canonicalUrl = requireText(canonicalUrl, "canonicalUrl");
        language = requireText(language, "language");
    }

    private static Optional<String> requireText(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isPresent() && value.get().isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank when present: '" + value.get() + "'");
        }
        return value;
    }
}
