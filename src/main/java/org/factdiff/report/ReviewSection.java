package org.factdiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.factdiff.compare.AlteredQuote;
import org.factdiff.compare.Agreement;
import org.factdiff.compare.Contradiction;
import org.factdiff.compare.SingleSource;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.review.Rating;
import org.factdiff.review.Review;
import org.factdiff.review.ReviewStatus;

/**
 * The report's view of the review decisions: a badge on each reviewed finding, the dismissed
 * findings for their appendix, the reviews whose finding is gone, and page one's counts.
 */
final class ReviewSection {
    /** Characters of a dismissed finding's text kept in its one line; the finding itself is in findings.json. */
    static final int SUMMARY_LENGTH = 240;

    private final Analysis analysis;

    ReviewSection(Analysis analysis) {
        this.analysis = analysis;
    }

    ReportModel.Reviewing build() {
        if (analysis.reviews().isEmpty()) {
            return new ReportModel.Reviewing(false, "", new TreeMap<>(), List.of(), List.of());
        }
        SortedMap<String, ReportModel.Badge> badges = new TreeMap<>();
        List<ReportModel.Dismissed> dismissed = new ArrayList<>();
        int[] byStatus = new int[ReviewStatus.values().length];
        int findings = 0;
        for (Found f : found()) {
            findings++;
            var review = analysis.review(f.id());
            if (review.isEmpty()) {
                continue;
            }
            byStatus[review.get().status().ordinal()]++;
            ReportModel.Badge badge = badge(review.get());
            if (review.get().status() == ReviewStatus.DISMISSED) {
                dismissed.add(new ReportModel.Dismissed(f.id(), Review.kindOf(f.id()), f.summary(), badge));
            } else {
                badges.put(f.anchor(), badge);
            }
        }
        dismissed.sort(Comparator.comparing(ReportModel.Dismissed::id));
        List<ReportModel.Orphan> orphaned = analysis.orphanedReviews().stream()
                .map(r -> new ReportModel.Orphan(r.finding(), Review.kindOf(r.finding()), badge(r))).toList();
        int reviewed = byStatus[0] + byStatus[1] + byStatus[2];
        String counts = String.format(Locale.ROOT, "%s confirmed, %s need%s a check, %s dismissed; %s of %s findings not reviewed yet",
                ModelBuilder.integer(byStatus[ReviewStatus.CONFIRMED.ordinal()]),
                ModelBuilder.integer(byStatus[ReviewStatus.NEEDS_CHECK.ordinal()]),
                byStatus[ReviewStatus.NEEDS_CHECK.ordinal()] == 1 ? "s" : "",
                ModelBuilder.integer(byStatus[ReviewStatus.DISMISSED.ordinal()]),
                ModelBuilder.integer(findings - reviewed), ModelBuilder.integer(findings));
        if (!orphaned.isEmpty()) {
            counts += String.format(Locale.ROOT, "; %s review%s of findings this run no longer has", ModelBuilder.integer(orphaned.size()),
                    orphaned.size() == 1 ? "" : "s");
        }
        return new ReportModel.Reviewing(true, counts, badges, dismissed, orphaned);
    }

    /** A finding as the review view needs it: its id, where the report shows it, and one line of what it says. */
    private record Found(String id, String anchor, String summary) {
    }

    private List<Found> found() {
        List<Found> out = new ArrayList<>();
        var c = analysis.comparison();
        for (Contradiction x : c.contradictions()) {
            out.add(new Found(x.id(), x.id(), x.topic() + ": " + x.explanation()));
        }
        for (AlteredQuote q : c.alteredQuotes()) {
            out.add(new Found(q.id(), q.id(), "“" + q.quote() + "” (" + q.change() + ")"));
        }
        for (Agreement a : c.agreements()) {
            out.add(new Found(a.id(), a.id(), a.statement()));
        }
        for (List<SingleSource> list : List.of(c.singleSource(), c.moreSingle())) {
            for (SingleSource s : list) {
                out.add(new Found(s.id(), s.id(), s.evidence().article() + ": “" + s.evidence().text() + "”"));
            }
        }
        for (ReusePair p : analysis.reuse().pairs()) {
            out.add(new Found(p.id(), ReuseSection.pairAnchor(p), p.a() + " and " + p.b() + " share text"));
            for (Passage s : p.passages()) {
                out.add(new Found(s.id(), s.id(), p.a() + " and " + p.b() + ": “" + s.a().text() + "”"));
            }
        }
        return out.stream().map(f -> new Found(f.id(), f.anchor(), shortened(f.summary()))).toList();
    }

    static ReportModel.Badge badge(Review r) {
        return new ReportModel.Badge(r.status().id(), r.status().label(), r.note().orElse(""), r.by().orElse(""),
                r.date().map(Object::toString).orElse(""), r.rating().map(Rating::label).orElse(""));
    }

    /** The text cut at a word before {@link #SUMMARY_LENGTH} characters, with an ellipsis. */
    static String shortened(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).stripTrailing() + " …";
    }
}
