package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A fact two or more articles state consistently.
 *
 * @param statement          the fact in a few words
 * @param sources            one excerpt per article, in {@link Excerpt#ORDER}
 * @param independentSources how many of those are not copies of one another
 */
public record Agreement(String id, String statement, List<Excerpt> sources, int independentSources) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        sources = List.copyOf(sources);
        if (sources.size() < 2) {
            throw new IllegalArgumentException("an agreement needs two sources: " + id);
        }
        if (independentSources < 1 || independentSources > sources.size()) {
            throw new IllegalArgumentException("independentSources out of range: " + independentSources);
        }
    }
}
