package org.factdiff.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.factdiff.casefile.Case;
import org.factdiff.compare.Comparison;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.review.Review;
import org.factdiff.review.ReviewStatus;
import org.factdiff.review.Reviews;

/**
 * Everything the pipeline found for one case, ready to be reported.
 *
 * @param articles in case-file order
 * @param reviews  the fact-checker's decisions on the findings ({@link Reviews#NONE} when none)
 */
public record Analysis(Case source, List<Article> articles, ReuseResult reuse, Comparison comparison, Reviews reviews) {
    public Analysis {
        Objects.requireNonNull(source, "source");
        articles = List.copyOf(articles);
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(reviews, "reviews");
    }

    /** An analysis of a case without a reviews file. */
    public Analysis(Case source, List<Article> articles, ReuseResult reuse, Comparison comparison) {
        this(source, articles, reuse, comparison, Reviews.NONE);
    }

    /** The same analysis with these review decisions. */
    public Analysis withReviews(Reviews decisions) {
        return new Analysis(source, articles, reuse, comparison, decisions);
    }

    /** The id of every finding, sorted: contradictions, quotes, agreements, claims, reuse pairs and passages. */
    public SortedSet<String> findingIds() {
        SortedSet<String> ids = new TreeSet<>();
        comparison.contradictions().forEach(x -> ids.add(x.id()));
        comparison.alteredQuotes().forEach(x -> ids.add(x.id()));
        comparison.agreements().forEach(x -> ids.add(x.id()));
        comparison.singleSource().forEach(x -> ids.add(x.id()));
        comparison.moreSingle().forEach(x -> ids.add(x.id()));
        for (ReusePair p : reuse.pairs()) {
            ids.add(p.id());
            p.passages().forEach(x -> ids.add(x.id()));
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    /** The review of a finding, if it has one. */
    public Optional<Review> review(String finding) {
        return reviews.of(finding);
    }

    /** Whether a reviewer dismissed the finding. */
    public boolean dismissed(String finding) {
        return reviews.of(finding).filter(r -> r.status() == ReviewStatus.DISMISSED).isPresent();
    }

    /** Reviews of findings this analysis does not have (the finding changed or went away), by id. */
    public List<Review> orphanedReviews() {
        if (reviews.isEmpty()) {
            return List.of();
        }
        SortedSet<String> ids = findingIds();
        return reviews.entries().stream().filter(r -> !ids.contains(r.finding())).toList();
    }

    /**
     * The analysis as the report's main sections show it: without the findings a reviewer
     * dismissed (the report lists those in an appendix). A reuse pair keeps its coverage when
     * one of its passages is dismissed: the figures say what the texts share.
     */
    public Analysis shown() {
        if (reviews.entries().stream().noneMatch(r -> r.status() == ReviewStatus.DISMISSED)) {
            return this;
        }
        Comparison c = new Comparison(
                comparison.contradictions().stream().filter(x -> !dismissed(x.id())).toList(),
                comparison.alteredQuotes().stream().filter(x -> !dismissed(x.id())).toList(),
                comparison.agreements().stream().filter(x -> !dismissed(x.id())).toList(),
                comparison.singleSource().stream().filter(x -> !dismissed(x.id())).toList(),
                comparison.moreSingle().stream().filter(x -> !dismissed(x.id())).toList());
        List<ReusePair> pairs = new ArrayList<>();
        for (ReusePair p : reuse.pairs()) {
            List<Passage> kept = p.passages().stream().filter(x -> !dismissed(x.id())).toList();
            if (!dismissed(p.id()) && !kept.isEmpty()) {
                pairs.add(new ReusePair(p.a(), p.b(), p.coverageA(), p.coverageB(), p.containment(), p.direction(),
                        p.reason(), kept));
            }
        }
        ReuseResult r = new ReuseResult(pairs, reuse.originalShare(), reuse.bounded());
        return new Analysis(source, articles, r, c, reviews);
    }
}
