package org.factdiff.report;

import java.util.List;
import java.util.Objects;
import org.factdiff.casefile.Case;
import org.factdiff.compare.Comparison;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.ReuseResult;

/**
 * Everything the pipeline found for one case, ready to be reported.
 *
 * @param articles in case-file order
 */
public record Analysis(Case source, List<Article> articles, ReuseResult reuse, Comparison comparison) {
    public Analysis {
        Objects.requireNonNull(source, "source");
        articles = List.copyOf(articles);
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(comparison, "comparison");
    }
}
