package org.factdiff.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.factdiff.compare.Agreement;
import org.factdiff.compare.AlteredQuote;
import org.factdiff.compare.Comparison;
import org.factdiff.compare.Cause;
import org.factdiff.compare.Contradiction;
import org.factdiff.compare.SingleSource;
import org.factdiff.ingest.Article;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Snippets;
import org.factdiff.base.Words;

/** Builds the claims part of the report model and the marks it puts in the article texts. */
final class FindingsSection {
    /** Rows of the facts-by-articles matrix: the facts most articles speak of. */
    static final int MATRIX_ROWS = 12;

    private final Analysis analysis;
    private final List<Article> ordered;
    private final Map<String, String> outlets = new LinkedHashMap<>();

    FindingsSection(Analysis analysis, List<Article> ordered) {
        this.analysis = analysis;
        this.ordered = ordered;
        ordered.forEach(a -> outlets.put(a.id(), a.outlet().orElse(ModelBuilder.UNKNOWN)));
    }

    ReportModel.Findings build() {
        Comparison c = analysis.comparison();
        List<ReportModel.ContradictionView> contradictions = new ArrayList<>();
        List<ReportModel.ContradictionView> explained = new ArrayList<>();
        for (Contradiction x : c.contradictions()) {
            List<ReportModel.Quote> values = new ArrayList<>();
            for (Contradiction.Value v : x.values()) {
                values.add(quote(v.evidence(), v.value(), x.id(), highlight(v)));
            }
            (x.explainedAway() ? explained : contradictions).add(new ReportModel.ContradictionView(x.id(), x.kind().label(),
                    x.kind().id(), x.kind().tag(), x.topic(), x.explanation(),
                    x.cause().map(k -> k.kind().id()).orElse(""), x.cause().map(k -> causeLabel(k.kind())).orElse(""),
                    x.cause().map(Cause::explanation).orElse(""), values));
        }
        List<ReportModel.QuoteView> quotes = new ArrayList<>();
        for (AlteredQuote q : c.alteredQuotes()) {
            List<ReportModel.Quote> variants = new ArrayList<>();
            Excerpt reference = q.variants().get(0).evidence();
            for (AlteredQuote.Variant v : q.variants()) {
                String label = (v.speaker().isEmpty() ? "speaker not named" : "credited to " + v.speaker())
                        + (v.channel().isEmpty() ? "" : ", via " + v.channel());
                variants.add(new ReportModel.Quote("", List.of(source(v.evidence().article(), q.id())), label,
                        diffSegments(v.evidence(), reference)));
            }
            quotes.add(new ReportModel.QuoteView(q.id(), q.quote(), change(q), variants));
        }
        List<ReportModel.AgreementView> agreements = new ArrayList<>();
        int corroborated = 0;
        for (Agreement a : c.agreements()) {
            // Sources with the same words are shown once, with every article that has them.
            Map<String, List<Excerpt>> byWording = new LinkedHashMap<>();
            for (Excerpt e : a.sources()) {
                byWording.computeIfAbsent(wording(e.text()), k -> new ArrayList<>()).add(e);
            }
            List<ReportModel.Quote> sources = new ArrayList<>();
            for (List<Excerpt> same : byWording.values()) {
                ReportModel.Quote q = quote(same.get(0), "", a.id(), List.of());
                String label = same.size() > 1 ? "same words in " + same.size() + " articles" : "";
                sources.add(new ReportModel.Quote("", same.stream().map(e -> source(e.article(), a.id())).toList(), label,
                        q.text()));
            }
            boolean independent = a.independentSources() >= 2;
            corroborated += independent ? 1 : 0;
            String count = String.format(Locale.ROOT, "%d articles, %d independent source%s", a.sources().size(),
                    a.independentSources(), a.independentSources() == 1 ? "" : "s");
            List<String> alsoFacts = a.facts().stream().filter(f -> !f.equals(a.statement())).toList();
            agreements.add(new ReportModel.AgreementView(a.id(), a.statement(), count, independent, sources,
                    a.facts().size() > 1 ? alsoFacts : List.of()));
        }
        String summary = String.format(Locale.ROOT, "%d fact%s stated by several articles; %d corroborated by two or "
                        + "more independent sources (articles that did not copy the passage from one another).",
                c.agreements().size(), c.agreements().size() == 1 ? "" : "s", corroborated);
        Map<String, List<ReportModel.Quote>> single = new LinkedHashMap<>();
        Map<String, List<ReportModel.Quote>> folded = new LinkedHashMap<>();
        ordered.forEach(a -> {
            single.put(a.id(), new ArrayList<>());
            folded.put(a.id(), new ArrayList<>());
        });
        for (SingleSource s : c.singleSource()) {
            single.get(s.evidence().article()).add(singleQuote(s));
        }
        for (SingleSource s : c.moreSingle()) {
            folded.get(s.evidence().article()).add(singleQuote(s));
        }
        List<ReportModel.SingleView> singleViews = new ArrayList<>();
        single.forEach((article, claims) -> {
            if (!claims.isEmpty() || !folded.get(article).isEmpty()) {
                singleViews.add(new ReportModel.SingleView(article, outlets.get(article), claims, folded.get(article)));
            }
        });
        return new ReportModel.Findings(contradictions, explained, quotes, agreements, summary,
                SingleSource.SHOWN_PER_ARTICLE, singleViews,
                ordered.stream().map(Article::id).toList(), matrix(c));
    }

    /** A single-source claim with what makes it worth checking: "a figure, a named source". */
    private ReportModel.Quote singleQuote(SingleSource s) {
        ReportModel.Quote q = quote(s.evidence(), "", s.id(), List.of());
        return new ReportModel.Quote(s.id(), q.sources(), String.join(", ", s.reasons()), q.text());
    }

    /** The heading of a contradiction's cause. */
    static String causeLabel(Cause.Kind kind) {
        return switch (kind) {
            case DISTORTION -> "A copy changed its source";
            case SOURCES -> "Different sources";
            case CHANGED_OVER_TIME -> "Changed over time";
        };
    }

    /** What differs between the versions of a quotation, in a sentence. */
    private static String change(AlteredQuote q) {
        boolean words = q.change().contains(AlteredQuote.WORDS);
        boolean credit = q.change().contains(AlteredQuote.ATTRIBUTION);
        if (!credit) {
            return "The words differ.";
        }
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        for (AlteredQuote.Variant v : q.variants()) {
            byChannel.computeIfAbsent(v.channel().isEmpty() ? "no outlet" : "via " + v.channel(), k -> new ArrayList<>())
                    .add(v.evidence().article());
        }
        String credits = byChannel.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                .collect(java.util.stream.Collectors.joining("; "));
        return (words ? "The words differ, and the quotation is credited differently (" : "Credited differently (")
                + credits + ").";
    }

    /** Every finding's evidence as a spot in the article text; contradictions and single-source claims marked. */
    List<TextMarkup.Mark> marks(String article) {
        if (marksByArticle == null) {
            marksByArticle = allMarks();
        }
        return marksByArticle.getOrDefault(article, List.of());
    }

    /** The marks of every article, gathered in one pass over the findings (not one per article). */
    private Map<String, List<TextMarkup.Mark>> marksByArticle;

    private Map<String, List<TextMarkup.Mark>> allMarks() {
        Comparison c = analysis.comparison();
        Map<String, List<TextMarkup.Mark>> marks = new java.util.HashMap<>();
        for (Contradiction x : c.contradictions()) {
            for (Contradiction.Value v : x.values()) {
                add(marks, v.evidence(), x.id(), "contradicted", x.kind().label());
            }
        }
        for (AlteredQuote q : c.alteredQuotes()) {
            for (AlteredQuote.Variant v : q.variants()) {
                add(marks, v.evidence(), q.id(), "altered", "altered quotation");
            }
        }
        for (Agreement a : c.agreements()) {
            for (Excerpt e : a.sources()) {
                add(marks, e, a.id(), "", "");
            }
        }
        for (SingleSource s : c.singleSource()) {
            add(marks, s.evidence(), s.id(), "single", "only this article says so");
        }
        for (SingleSource s : c.moreSingle()) {
            add(marks, s.evidence(), s.id(), "single", "only this article says so (ranked lower)");
        }
        return marks;
    }

    private static void add(Map<String, List<TextMarkup.Mark>> marks, Excerpt e, String finding, String css, String title) {
        if (e.length() > 0) {
            marks.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(new TextMarkup.Mark(e.start(), e.end(), css,
                    anchor(finding, e.article()), css.isEmpty() ? "" : "#" + finding, title));
        }
    }

    static String anchor(String finding, String article) {
        return finding + "-" + article;
    }

    private static String href(String finding, String article) {
        return "#" + anchor(finding, article);
    }

    private ReportModel.Quote quote(Excerpt e, String label, String finding, List<TextMarkup.Mark> marks) {
        List<ReportModel.Segment> segments = new ArrayList<>();
        for (ReportModel.Paragraph p : TextMarkup.paragraphs(e.text(), marks)) {
            if (!segments.isEmpty()) {
                segments.add(ReportModel.Segment.plain(" "));
            }
            segments.addAll(p.segments());
        }
        return new ReportModel.Quote("", List.of(source(e.article(), finding)), label, segments);
    }

    private ReportModel.Spot source(String article, String finding) {
        return new ReportModel.Spot(article, outlets.get(article), href(finding, article));
    }

    /** The value's words inside its sentence, marked so that the difference stands out. */
    private static List<TextMarkup.Mark> highlight(Contradiction.Value v) {
        String text = v.evidence().text();
        String value = v.value();
        int at = value.isEmpty() ? -1 : text.indexOf(value);
        if (at < 0) {
            return List.of();
        }
        return List.of(new TextMarkup.Mark(at, at + value.length(), "value", "", "", ""));
    }

    /** A variant's words, those that differ from the reference variant marked. */
    private static List<ReportModel.Segment> diffSegments(Excerpt variant, Excerpt reference) {
        List<int[]> wa = words(variant.text());
        List<int[]> wb = words(reference.text());
        List<String> a = wa.stream().map(w -> variant.text().substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
        List<String> b = wb.stream().map(w -> reference.text().substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
        Patch<String> patch = DiffUtils.diff(b, a);
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getTarget().getPosition();
            int to = from + d.getTarget().size();
            if (to > from) {
                marks.add(new TextMarkup.Mark(wa.get(from)[0], wa.get(to - 1)[1], "diff-b", "", "", "changed"));
            }
        }
        List<ReportModel.Segment> out = new ArrayList<>();
        for (ReportModel.Paragraph p : TextMarkup.paragraphs(variant.text(), marks)) {
            out.addAll(p.segments());
        }
        return out;
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Words.WORD.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The facts most articles speak of, against the articles. */
    private List<ReportModel.FactRow> matrix(Comparison c) {
        record Fact(String label, String href, boolean contradicted, Map<String, String> cells, int articles) {
        }
        List<Fact> facts = new ArrayList<>();
        for (Contradiction x : c.contradictions()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (Contradiction.Value v : x.values()) {
                cells.putIfAbsent(v.evidence().article(), shortValue(v.value()));
            }
            facts.add(new Fact(x.topic(), "#" + x.id(), true, cells, cells.size()));
        }
        for (Agreement a : c.agreements()) {
            Map<String, String> cells = new LinkedHashMap<>();
            a.sources().forEach(e -> cells.putIfAbsent(e.article(), "states"));
            facts.add(new Fact(a.statement(), "#" + a.id(), false, cells, cells.size()));
        }
        facts.sort(Comparator.comparingInt((Fact f) -> -f.articles()).thenComparing(f -> !f.contradicted())
                .thenComparing(Fact::label));
        List<ReportModel.FactRow> rows = new ArrayList<>();
        for (Fact f : facts.subList(0, Math.min(MATRIX_ROWS, facts.size()))) {
            List<ReportModel.FactCell> cells = new ArrayList<>();
            for (Article a : ordered) {
                String v = f.cells().get(a.id());
                cells.add(v == null ? new ReportModel.FactCell("\u2014", "omits")
                        : new ReportModel.FactCell(v.equals("states") ? "\u2713" : v, f.contradicted() ? "differs" : "states"));
            }
            rows.add(new ReportModel.FactRow(shorten(f.label(), 80), f.href(), f.contradicted(), cells));
        }
        return rows;
    }

    private static String shortValue(String v) {
        return shorten(v, 28);
    }

    private static String wording(String s) {
        return s.replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"').replaceAll("\\s+", " ")
                .strip().toLowerCase(Locale.ROOT);
    }

    /** Shortened for a table cell, at a word boundary. */
    static String shorten(String s, int max) {
        return Snippets.shorten(s, max);
    }
}
