package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * One quotation that articles give with different words or a different speaker.
 *
 * @param quote    the quotation as the first article (by id) gives it
 * @param variants at least two, from at least two articles
 */
public record AlteredQuote(String id, String quote, List<Variant> variants) {
    public AlteredQuote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        variants = List.copyOf(variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("an altered quote needs two variants: " + id);
        }
    }

    /** One article's version of the quote and whom it credits ("" when nobody). */
    public record Variant(Excerpt evidence, String speaker) {
        public Variant {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(speaker, "speaker");
        }
    }
}
