package org.factdiff.compare;

import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A fact two or more articles state consistently: one agreement per set of evidence, so the
 * figures of one sentence that several articles share are one agreement, not one each.
 *
 * @param statement          the fact in a few words
 * @param sources            one excerpt per article, in {@link Excerpt#ORDER}
 * @param independentSources how many of those are not copies of one another
 * @param facts              what the evidence states alike, in a few words each: the statement
 *                           alone, or the figures it shares as well (sorted, no repeats)
 */
public record Agreement(String id, String statement, List<Excerpt> sources, int independentSources,
                        List<String> facts) {
    public Agreement(String id, String statement, List<Excerpt> sources, int independentSources) {
        this(id, statement, sources, independentSources, List.of(statement));
    }

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        facts = List.copyOf(facts);
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("an agreement states at least one fact: " + id);
        }
        sources = List.copyOf(sources);
        if (sources.size() < 2) {
            throw new IllegalArgumentException("an agreement needs two sources: " + id);
        }
        if (independentSources < 1 || independentSources > sources.size()) {
            throw new IllegalArgumentException("independentSources out of range: " + independentSources);
        }
    }
}
