package org.factdiff.ingest;

import java.util.Objects;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.Timestamp;

/**
 * What is known about an article beyond its text, each field with its source. A value
 * written in the case file always wins; one the file itself states (page metadata, PDF
 * information, a headline, dateline or byline at its top) fills what the case file leaves
 * empty; nothing is guessed without a source.
 */
public record Metadata(Field<String> title, Field<String> author, Field<String> outlet, Field<Timestamp> published,
                       Field<String> url) {
    /** Where case-file values come from. */
    public static final String CASE_FILE = "case file";

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
    }

    public static final Metadata NONE = new Metadata(Field.unknown(), Field.unknown(), Field.unknown(), Field.unknown(),
            Field.unknown());

    /** These values, each unknown one taken from {@code other}. */
    public Metadata withFallback(Metadata other) {
        return new Metadata(title.or(other.title), author.or(other.author), outlet.or(other.outlet),
                published.or(other.published), url.or(other.url));
    }

    /**
     * The case file's values over {@code found}. A case-file value the file itself states too
     * (as {@code factdiff init} writes them) keeps both origins: "case file, matching page:
     * JSON-LD", so the reader still sees where it was first read.
     */
    public static Metadata merge(ArticleRef ref, Metadata found) {
        return new Metadata(fromCase(ref.title(), found.title()),
                fromCase(ref.author(), found.author()),
                fromCase(ref.outlet(), found.outlet()),
                fromCase(ref.published(), found.published()),
                fromCase(ref.url(), found.url()));
    }

    private static <T> Field<T> fromCase(java.util.Optional<T> written, Field<T> found) {
        if (written.isEmpty()) {
            return found;
        }
        boolean matches = found.value().equals(written);
        return new Field<>(written, matches ? CASE_FILE + ", matching " + found.source() : CASE_FILE);
    }
}
