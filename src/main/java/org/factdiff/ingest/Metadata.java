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

    /** The case file's values over {@code found}. */
    public static Metadata merge(ArticleRef ref, Metadata found) {
        return new Metadata(Field.of(ref.title(), CASE_FILE).or(found.title()),
                Field.of(ref.author(), CASE_FILE).or(found.author()),
                Field.of(ref.outlet(), CASE_FILE).or(found.outlet()),
                Field.of(ref.published(), CASE_FILE).or(found.published()),
                Field.of(ref.url(), CASE_FILE).or(found.url()));
    }
}
