package org.factdiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdiff.casefile.Timestamp;
import org.factdiff.compare.Comparison;
import org.factdiff.compare.Contradiction;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.Direction;
import org.factdiff.reuse.ReusePair;

/** Page one of the report: the few lines an editor reads first, and the publication timeline. */
final class SummarySection {
    /** Contradictions shown on page one. */
    static final int TOP_CONTRADICTIONS = 5;
    /** Longest line of a contradiction on page one, in characters. */
    static final int LINE_CHARS = 105;
    /** Longest value quoted in a summary line, in characters. */
    static final int VALUE_CHARS = 36;
    static final int TIMELINE_WIDTH = 640;
    static final int TIMELINE_ROW = 24;
    /** Bounds of the timeline's id column, in pixels. */
    static final int TIMELINE_LABELS_MIN = 60;
    static final int TIMELINE_LABELS_MAX = 200;
    /** Space kept between a label and what stands next to it. */
    static final double LABEL_GAP = 12;
    static final double ROW_FONT = 12;
    static final double TICK_FONT = 10;
    static final double UNKNOWN_FONT = 11;
    static final double TICK_BASELINE = 14;
    static final String UNKNOWN_LABEL = "date unknown";
    static final int TIMELINE_UNKNOWN = 110;

    private final Analysis analysis;
    private final List<Article> ordered;

    SummarySection(Analysis analysis, List<Article> ordered) {
        this.analysis = analysis;
        this.ordered = ordered;
    }

    ReportModel.Summary build() {
        Comparison c = analysis.comparison();
        // Differences that other sources or times of writing explain are no disagreement between
        // the articles: they stay out of page one's list and count, and are named in one line.
        List<Contradiction> open = c.contradictions().stream().filter(x -> !x.explainedAway()).toList();
        List<ReportModel.SummaryItem> top = new ArrayList<>();
        for (Contradiction x : open.subList(0, Math.min(TOP_CONTRADICTIONS, open.size()))) {
            String text = x.cause().isPresent() ? FindingsSection.causeLabel(x.cause().get().kind()) + ": " + line(x) : line(x);
            top.add(new ReportModel.SummaryItem(x.kind().tag(), FindingsSection.shorten(text, LINE_CHARS), "#" + x.id()));
        }
        int more = open.size() - top.size();
        String moreText = more <= 0 ? "" : String.format(Locale.ROOT, "%d more", more);
        long explained = c.contradictions().size() - open.size();
        String explainedText = explained == 0 ? "" : String.format(Locale.ROOT, "%d other difference%s", explained,
                explained == 1 ? " is" : "s are");
        List<ReportModel.SummaryLine> lines = new ArrayList<>();
        long corroborated = c.agreements().stream().filter(a -> a.independentSources() >= 2).count();
        lines.add(line(figure(String.valueOf(corroborated), "#agreements"), text(" of "),
                figure(String.valueOf(c.agreements().size()), "#agreements"), text(String.format(Locale.ROOT,
                        " fact%s stated by several articles %s corroborated by two or more independent sources.",
                        c.agreements().size() == 1 ? "" : "s", corroborated == 1 ? "is" : "are"))));
        lines.add(copying());
        lines.add(mostOriginal());
        lines.add(line(figure(String.valueOf(c.singleSource().size()), "#single-source"),
                text(" check-worthy claim" + (c.singleSource().size() == 1 ? " is" : "s are") + " made by one article only"
                        + (c.moreSingle().isEmpty() ? "; " : String.format(Locale.ROOT, " (and %d lower-ranked, folded); ",
                        c.moreSingle().size()))),
                figure(String.valueOf(c.alteredQuotes().size()), "#altered-quotes"),
                text(" quotation" + (c.alteredQuotes().size() == 1 ? " is" : "s are") + " altered between articles.")));
        List<ReusePair> strong = analysis.reuse().pairs().stream()
                .filter(p -> Math.max(p.coverageA(), p.coverageB()) >= GROUP_SHARE).toList();
        return new ReportModel.Summary(top, moreText, explainedText, lines, timeline(), groups(strong),
                mostCopied(strong));
    }

    /** Share of one article a pair must have in common to join a group of articles sharing copy. */
    static final double GROUP_SHARE = 0.25;
    /** Groups and sources shown on page one of a large case; ids shown per group. */
    static final int TOP_GROUPS = 5;
    static final int TOP_SOURCES = 5;
    static final int GROUP_IDS = 8;

    /**
     * The connected groups of articles joined by pairs that share a good part of one article:
     * a few common phrases do not join two articles, a reprinted story does. Largest first.
     */
    static List<ReportModel.SharingGroup> groups(List<ReusePair> strong) {
        Map<String, String> parent = new java.util.TreeMap<>();
        for (ReusePair p : strong) {
            String ra = root(parent, p.a());
            String rb = root(parent, p.b());
            if (!ra.equals(rb)) {
                // The smaller id stands for the group, so that the result does not depend on order.
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }
        Map<String, List<String>> byRoot = new java.util.TreeMap<>();
        for (String id : parent.keySet()) {
            byRoot.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        List<ReportModel.SharingGroup> out = new ArrayList<>();
        for (List<String> members : byRoot.values()) {
            members.sort(Comparator.naturalOrder());
            out.add(new ReportModel.SharingGroup(members, members.size(),
                    members.subList(0, Math.min(GROUP_IDS, members.size())).stream()
                            .map(id -> new ReportModel.ArticleLink(id, ModelBuilder.anchor(id))).toList(),
                    Math.max(0, members.size() - GROUP_IDS)));
        }
        out.sort(Comparator.comparingInt((ReportModel.SharingGroup g) -> -g.size())
                .thenComparing(g -> g.members().get(0)));
        return out.subList(0, Math.min(TOP_GROUPS, out.size()));
    }

    private static String root(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /**
     * Articles ranked by how many others copied them (where dates and texts tell the direction),
     * then by how many share a good part of a text with them.
     */
    private List<ReportModel.CopiedSource> mostCopied(List<ReusePair> strong) {
        Map<String, Integer> copiedBy = new java.util.TreeMap<>();
        Map<String, Integer> sharesWith = new java.util.TreeMap<>();
        for (ReusePair p : strong) {
            sharesWith.merge(p.a(), 1, Integer::sum);
            sharesWith.merge(p.b(), 1, Integer::sum);
            if (p.direction() != Direction.UNKNOWN) {
                copiedBy.merge(p.origin(), 1, Integer::sum);
            }
        }
        Map<String, Article> byId = new java.util.TreeMap<>();
        analysis.articles().forEach(a -> byId.put(a.id(), a));
        return sharesWith.keySet().stream()
                .sorted(Comparator.comparingInt((String id) -> -copiedBy.getOrDefault(id, 0))
                        .thenComparingInt(id -> -sharesWith.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(TOP_SOURCES)
                .map(id -> new ReportModel.CopiedSource(id, ModelBuilder.anchor(id),
                        byId.get(id).outlet().orElse(ModelBuilder.UNKNOWN), copiedBy.getOrDefault(id, 0), sharesWith.get(id)))
                .toList();
    }

    /**
     * "topic: “a” (x) vs “b” (y, z)": the values side by side, each with the articles that give
     * it; values written alike ("U.S.-led Coalition", "US-led coalition") count as one, and the
     * value most articles give comes first, so that a cut line still shows the usual account.
     */
    static String line(Contradiction x) {
        Map<String, List<String>> byValue = new java.util.LinkedHashMap<>();
        Map<String, String> shown = new java.util.HashMap<>();
        for (Contradiction.Value v : x.values()) {
            String key = v.value().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            shown.putIfAbsent(key, v.value());
            List<String> articles = byValue.computeIfAbsent(key, k -> new ArrayList<>());
            if (!articles.contains(v.evidence().article())) {
                articles.add(v.evidence().article());
            }
        }
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>(byValue.entrySet());
        groups.sort(java.util.Comparator.comparingInt(e -> -e.getValue().size()));
        List<String> parts = new ArrayList<>();
        groups.forEach(e -> parts.add("\u201C" + FindingsSection.shorten(shown.get(e.getKey()), VALUE_CHARS) + "\u201D ("
                + (e.getValue().size() == 1 ? e.getValue().get(0) : e.getValue().size() + " articles") + ")"));
        // A topic quoting the words around a changed slot ("“…an established …”") says little on page one.
        String topic = x.topic().length() <= TOPIC_CHARS && !x.topic().startsWith("\u201C") ? x.topic() + ": " : "";
        return topic + String.join(" vs ", parts);
    }

    /** Topics longer than this (a sentence's beginning) are left out of the one-line summary. */
    static final int TOPIC_CHARS = 40;

    private ReportModel.SummaryLine copying() {
        long words = analysis.articles().stream().mapToLong(Article::words).sum();
        double copied = 0;
        for (Article a : analysis.articles()) {
            copied += a.words() * (1 - analysis.reuse().originalShare().getOrDefault(a.id(), 1.0));
        }
        String share = ReuseSection.percent(words == 0 ? 0 : copied / words);
        Optional<ReusePair> heaviest = analysis.reuse().pairs().stream().filter(p -> p.direction() != Direction.UNKNOWN)
                .max(Comparator.comparingDouble((ReusePair p) -> p.direction() == Direction.A_TO_B ? p.coverageB() : p.coverageA())
                        .thenComparing(ReusePair::a, Comparator.reverseOrder()));
        List<ReportModel.SummaryLine.Part> parts = new ArrayList<>(List.of(figure(share, "#reuse"),
                text(" of all words also appear in another article")));
        if (heaviest.isPresent()) {
            ReusePair p = heaviest.get();
            double part = p.direction() == Direction.A_TO_B ? p.coverageB() : p.coverageA();
            double whole = p.direction() == Direction.A_TO_B ? p.coverageA() : p.coverageB();
            String pair = "#" + ReuseSection.pairAnchor(p);
            parts.add(text("; the heaviest copier is " + p.copier() + ": "));
            parts.add(figure(ReuseSection.percent(part), pair));
            parts.add(text(" of its words come from " + p.origin() + " ("));
            parts.add(figure(ReuseSection.percent(whole), pair));
            parts.add(text(" of that article)."));
        } else if (analysis.reuse().pairs().isEmpty()) {
            parts.add(text(": every article was written on its own."));
        } else {
            parts.add(text("; who copied whom cannot be told from the dates and texts."));
        }
        return new ReportModel.SummaryLine(parts);
    }

    private static ReportModel.SummaryLine line(ReportModel.SummaryLine.Part... parts) {
        return new ReportModel.SummaryLine(List.of(parts));
    }

    private static ReportModel.SummaryLine.Part text(String text) {
        return new ReportModel.SummaryLine.Part(text, "");
    }

    private static ReportModel.SummaryLine.Part figure(String number, String href) {
        return new ReportModel.SummaryLine.Part(number, href);
    }

    private ReportModel.SummaryLine mostOriginal() {
        Map<String, Double> original = analysis.reuse().originalShare();
        Article most = analysis.articles().stream()
                .max(Comparator.comparingDouble((Article a) -> original.getOrDefault(a.id(), 1.0))
                        .thenComparing(Article::id, Comparator.reverseOrder()))
                .orElseThrow();
        return line(text("The most original article is " + most.id() + ": "),
                figure(ReuseSection.percent(original.getOrDefault(most.id(), 1.0)), "#" + ModelBuilder.anchor(most.id())),
                text(" of its words appear in no other article."));
    }

    /** Articles by publication time, undated ones in their own band, arrows from source to copy. */
    private ReportModel.Timeline timeline() {
        int n = ordered.size();
        int height = 40 + TIMELINE_ROW * n;
        // The id column is as wide as the longest id needs, within bounds; longer ids are cut
        // with an ellipsis (the full id stays in each row's title and in the sources table).
        double idWidth = ordered.stream().mapToDouble(a -> LabelBox.width(a.id(), ROW_FONT)).max().orElse(0);
        double column = Math.max(TIMELINE_LABELS_MIN, Math.min(TIMELINE_LABELS_MAX, idWidth + LABEL_GAP));
        double left = column + 10;
        double right = TIMELINE_WIDTH - TIMELINE_UNKNOWN - 20;
        List<Timestamp> known = ordered.stream().map(a -> a.published()).flatMap(Optional::stream).sorted().toList();
        long min = known.isEmpty() ? 0 : known.get(0).epochSecond();
        long max = known.isEmpty() ? 0 : known.get(known.size() - 1).epochSecond();
        double unknownX = TIMELINE_WIDTH - TIMELINE_UNKNOWN / 2.0;
        List<ReportModel.TimelineRow> rows = new ArrayList<>();
        Map<String, double[]> at = new HashMap<>();
        boolean anyUnknown = false;
        for (int i = 0; i < n; i++) {
            Article a = ordered.get(i);
            double y = 30 + TIMELINE_ROW * i + TIMELINE_ROW / 2.0;
            Optional<Timestamp> t = a.published();
            double x = t.map(ts -> max == min ? (left + right) / 2 : left + (right - left) * (ts.epochSecond() - min) / (double) (max - min))
                    .orElse(unknownX);
            anyUnknown |= t.isEmpty();
            at.put(a.id(), new double[] {x, y});
            rows.add(new ReportModel.TimelineRow(a.id(), LabelBox.fit(a.id(), ROW_FONT, column - LABEL_GAP), num(y),
                    num(y + 4), num(x), t.isPresent(), t.map(Timestamp::label).orElse("date unknown"),
                    "#" + ModelBuilder.anchor(a.id())));
        }
        List<LabelBox> taken = new ArrayList<>();
        if (anyUnknown) {
            taken.add(LabelBox.text(unknownX, TICK_BASELINE, "middle", UNKNOWN_LABEL, UNKNOWN_FONT));
        }
        List<ReportModel.Tick> ticks = ticks(known, left, right, max == min, taken);
        List<ReportModel.Edge> arrows = new ArrayList<>();
        for (ReusePair p : analysis.reuse().pairs()) {
            if (p.direction() == Direction.UNKNOWN) {
                continue;
            }
            double[] f = at.get(p.origin());
            double[] t = at.get(p.copier());
            double dy = t[1] > f[1] ? 7 : -7;
            arrows.add(new ReportModel.Edge(num(f[0]), num(f[1] + dy), num(t[0]), num(t[1] - dy * 1.6), "1.5", true,
                    "", "", "", p.copier() + " likely copied " + p.origin(), "#" + ReuseSection.pairAnchor(p)));
        }
        String description = "Publication timeline: " + String.join("; ", rows.stream().map(r -> r.id() + " " + r.date()).toList())
                + (arrows.isEmpty() ? "." : "; arrows from source to copy: "
                + String.join("; ", arrows.stream().map(ReportModel.Edge::title).toList()) + ".");
        return new ReportModel.Timeline(TIMELINE_WIDTH, height, description, ticks, rows, arrows, num(unknownX - TIMELINE_UNKNOWN / 2.0 + 5),
                num(unknownX), anyUnknown, num(column));
    }

    /**
     * The time axis's labels: the earliest time at the axis's start, the latest at its end, each
     * written whole when they fit beside each other and the "date unknown" label, else as dates,
     * else only the first.
     */
    private static List<ReportModel.Tick> ticks(List<Timestamp> known, double left, double right, boolean one,
                                                List<LabelBox> taken) {
        if (known.isEmpty()) {
            return List.of();
        }
        Timestamp first = known.get(0);
        Timestamp last = known.get(known.size() - 1);
        if (one) {
            return List.of(new ReportModel.Tick(num((left + right) / 2), num((left + right) / 2), "middle",
                    first.label()));
        }
        for (boolean whole : new boolean[] {true, false}) {
            String a = whole ? first.label() : first.date().toString();
            String b = whole ? last.label() : last.date().toString();
            LabelBox boxA = LabelBox.text(left, TICK_BASELINE, "start", a, TICK_FONT);
            LabelBox boxB = LabelBox.text(right, TICK_BASELINE, "end", b, TICK_FONT);
            LabelBox spacedA = new LabelBox(boxA.left(), boxA.top(), boxA.right() + LABEL_GAP, boxA.bottom());
            if (!spacedA.intersects(boxB) && !boxA.intersectsAny(taken) && !boxB.intersectsAny(taken)) {
                return List.of(new ReportModel.Tick(num(left), num(left), "start", a),
                        new ReportModel.Tick(num(right), num(right), "end", b));
            }
        }
        return List.of(new ReportModel.Tick(num(left), num(left), "start", first.date().toString()),
                new ReportModel.Tick(num(right), num(right), "end", ""));
    }

    private static String num(double v) {
        return ReuseSection.num(v);
    }
}
