package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * One quotation that articles give with different words, or credit differently: to another
 * speaker, or through another outlet ("told AFP" in one, no outlet in another).
 *
 * @param quote    the quotation as the first article (by id) gives it
 * @param change   what differs: {@link #WORDS}, {@link #ATTRIBUTION} or both, joined by " and "
 * @param variants at least two, from at least two articles
 */
public record AlteredQuote(String id, String quote, String change, List<Variant> variants) {
    /** The quotation's words differ. */
    public static final String WORDS = "words";
    /** Whom or through whom the quotation is credited differs. */
    public static final String ATTRIBUTION = "attribution";

    public AlteredQuote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(change, "change");
        variants = List.copyOf(variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("an altered quote needs two variants: " + id);
        }
    }

    /**
     * One article's version of the quote, whom it credits and through whom ("" when it does
     * not say).
     */
    public record Variant(Excerpt evidence, String speaker, String channel) {
        public Variant {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
