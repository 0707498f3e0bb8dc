package org.factdiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.Direction;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.PassageKind;
import org.factdiff.reuse.ReusePair;
import org.factdiff.text.Excerpt;

/** Builds the reused-text part of the report model and the marks it puts in the article texts. */
final class ReuseSection {
    /** Size of the provenance graph's drawing, in CSS pixels. */
    static final int GRAPH_WIDTH = 640;
    static final int GRAPH_HEIGHT = 360;
    /** Radius of an article's circle in the graph. */
    static final double NODE_RADIUS = 7;
    /**
     * A passage whose sides are at most this long is kept on one page in the PDF; a longer one
     * may run across pages rather than leave its pair's heading alone at a page's foot.
     */
    static final int COMPACT_CHARS = 900;
    /** Font sizes of the graph's labels, and the widest an article's id may be drawn. */
    static final double NODE_FONT = 12;
    static final double EDGE_FONT = 11;
    static final double NODE_LABEL_MAX = 150;
    /** Where along its line a pair's percentage may stand, in the order tried. */
    private static final double[] EDGE_LABEL_SPOTS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

    private final Analysis analysis;
    private final List<Article> ordered;

    /** The pairs by their two ids, for the grid's cells. */
    private final Map<String, ReusePair> byIds = new HashMap<>();

    /**
     * Articles past which the case is large: the grid of every pair and the graph are left out
     * (a ranked list of pairs stands instead), and the PDF folds long lists.
     */
    static final int LARGE_CASE = 30;

    ReuseSection(Analysis analysis, List<Article> ordered) {
        this.analysis = analysis;
        this.ordered = ordered;
        for (ReusePair p : analysis.reuse().pairs()) {
            byIds.put(p.a() + "\n" + p.b(), p);
        }
    }

    ReportModel.Reuse build() {
        List<ReusePair> pairs = analysis.reuse().pairs();
        List<String> columns = ordered.stream().map(Article::id).toList();
        List<ReportModel.MatrixRow> matrix = new ArrayList<>();
        boolean large = ordered.size() > LARGE_CASE;
        for (Article row : large ? List.<Article>of() : ordered) {
            List<ReportModel.Cell> cells = new ArrayList<>();
            for (Article col : ordered) {
                cells.add(cell(row.id(), col.id()));
            }
            matrix.add(new ReportModel.MatrixRow(row.id(), ModelBuilder.anchor(row.id()), cells,
                    percent(analysis.reuse().originalShare().getOrDefault(row.id(), 1.0))));
        }
        List<ReusePair> byWeight = new ArrayList<>(pairs);
        byWeight.sort(Comparator.comparingDouble((ReusePair p) -> -Math.max(p.coverageA(), p.coverageB()))
                .thenComparing(ReusePair::a).thenComparing(ReusePair::b));
        List<ReportModel.Pair> views = new ArrayList<>();
        for (ReusePair p : byWeight) {
            views.add(pair(p));
        }
        return new ReportModel.Reuse(summary(pairs), columns, matrix,
                large ? new ReportModel.Graph(GRAPH_WIDTH, GRAPH_HEIGHT, "", List.of(), List.of()) : graph(pairs), views,
                analysis.reuse().bounded().stream().map(b -> b.note() + ".").toList(), large);
    }

    /** Marks of every passage side that lies in {@code article}, linking to the passage. */
    List<TextMarkup.Mark> marks(String article) {
        if (marksByArticle == null) {
            marksByArticle = new HashMap<>();
            for (ReusePair p : analysis.reuse().pairs()) {
                for (Passage s : p.passages()) {
                    mark(p.a(), s.a(), s, p.b());
                    mark(p.b(), s.b(), s, p.a());
                }
            }
            for (List<TextMarkup.Mark> marks : marksByArticle.values()) {
                marks.sort(Comparator.comparingInt(TextMarkup.Mark::start).thenComparingInt(TextMarkup.Mark::end)
                        .thenComparing(TextMarkup.Mark::anchor));
            }
        }
        return marksByArticle.getOrDefault(article, List.of());
    }

    /** Every article's marks, gathered in one pass over the pairs (not one pass per article). */
    private Map<String, List<TextMarkup.Mark>> marksByArticle;

    private void mark(String article, Excerpt side, Passage s, String other) {
        marksByArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(new TextMarkup.Mark(side.start(), side.end(),
                "reused", sideAnchor(s, article), "#" + s.id(), kind(s) + " shared with " + other));
    }

    static String sideAnchor(Passage s, String article) {
        return s.id() + "-" + article;
    }

    private ReportModel.Cell cell(String row, String col) {
        if (row.equals(col)) {
            return new ReportModel.Cell("\u2014", 0, row, "");
        }
        ReusePair p = row.compareTo(col) < 0 ? byIds.get(row + "\n" + col) : byIds.get(col + "\n" + row);
        if (p != null) {
            double share = p.a().equals(row) ? p.coverageA() : p.coverageB();
            String title = String.format(Locale.ROOT, "%s of %s's words are also in %s", percent(share), row, col);
            return new ReportModel.Cell(percent(share), level(share), title, "#" + pairAnchor(p));
        }
        return new ReportModel.Cell("", 0, row + " and " + col + " share no passage", "");
    }

    /** Heat level 0-5: 0 nothing, then by fifths of coverage. */
    static int level(double share) {
        if (share <= 0) {
            return 0;
        }
        return Math.min(5, 1 + (int) Math.floor(share * 5));
    }

    private ReportModel.Pair pair(ReusePair p) {
        List<ReportModel.Shared> passages = new ArrayList<>();
        for (Passage s : p.passages()) {
            passages.add(new ReportModel.Shared(s.id(), kind(s), s.kind() == PassageKind.VERBATIM, String.format(Locale.ROOT, "%.2f", s.similarity()),
                    String.format(Locale.ROOT, "shared by %d of %d articles", s.sharedBy(), analysis.articles().size()),
                    p.a(), p.b(), side(s.a(), s, true), side(s.b(), s, false),
                    "#" + sideAnchor(s, p.a()), "#" + sideAnchor(s, p.b()),
                    s.a().text().length() <= COMPACT_CHARS && s.b().text().length() <= COMPACT_CHARS));
        }
        return new ReportModel.Pair(pairAnchor(p), p.a(), p.b(), headline(p), sentence(p.reason()),
                percent(p.coverageA()), percent(p.coverageB()), passages);
    }

    static String pairAnchor(ReusePair p) {
        return "pair-" + p.a() + "--" + p.b();
    }

    private static String headline(ReusePair p) {
        String passages = p.passages().size() == 1 ? "1 shared passage" : p.passages().size() + " shared passages";
        if (p.direction() == Direction.UNKNOWN) {
            return String.format(Locale.ROOT, "%s and %s: %s; who copied whom is unknown", p.a(), p.b(), passages);
        }
        double copied = p.direction() == Direction.A_TO_B ? p.coverageA() : p.coverageB();
        return String.format(Locale.ROOT, "%s likely copied %s: %s, %s of %s", p.copier(), p.origin(), passages,
                percent(copied), p.origin());
    }

    private static String sentence(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }

    private static String kind(Passage s) {
        return s.kind().id();
    }

    /** One side's text, changed words marked. */
    private static List<ReportModel.Segment> side(Excerpt e, Passage s, boolean a) {
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (Passage.Change c : s.changes()) {
            Excerpt changed = a ? c.a() : c.b();
            if (changed.length() > 0) {
                marks.add(new TextMarkup.Mark(changed.start() - e.start(), changed.end() - e.start(),
                        a ? "diff-a" : "diff-b", "", "", c.op()));
            }
        }
        List<ReportModel.Segment> out = new ArrayList<>();
        for (ReportModel.Paragraph p : TextMarkup.paragraphs(e.text(), marks)) {
            if (!out.isEmpty()) {
                out.add(ReportModel.Segment.plain(" "));
            }
            out.addAll(p.segments());
        }
        return out;
    }

    private String summary(List<ReusePair> pairs) {
        int n = analysis.articles().size();
        if (n < 2) {
            return "One article: nothing to compare.";
        }
        if (pairs.isEmpty()) {
            return "No two articles share a passage: each reads as written independently.";
        }
        long words = analysis.articles().stream().mapToLong(Article::words).sum();
        double copied = 0;
        for (Article a : analysis.articles()) {
            copied += a.words() * (1 - analysis.reuse().originalShare().getOrDefault(a.id(), 1.0));
        }
        Map<String, Double> contained = new HashMap<>();
        for (ReusePair p : pairs) {
            if (p.direction() != Direction.UNKNOWN) {
                double share = p.direction() == Direction.A_TO_B ? p.coverageB() : p.coverageA();
                contained.merge(p.copier(), share, Math::max);
            }
        }
        String most = analysis.articles().stream()
                .max(Comparator.comparingDouble((Article a) -> analysis.reuse().originalShare().getOrDefault(a.id(), 1.0))
                        .thenComparing(Article::id, Comparator.reverseOrder()))
                .map(Article::id).orElse("");
        return String.format(Locale.ROOT, "%d of %d article pairs share text; %s of all words also appear in another "
                        + "article. The most original article is %s (%s of its words found nowhere else).",
                pairs.size(), n * (n - 1) / 2, percent(words == 0 ? 0 : copied / words), most,
                percent(analysis.reuse().originalShare().getOrDefault(most, 1.0)));
    }

    /**
     * The provenance graph: articles on an ellipse in reading order, a line per pair that shares
     * text. Labels are placed where their box meets no circle and no other label: an article's
     * id beside, below or above its circle (cut with an ellipsis when there is no room), a pair's
     * percentage at the first free spot along its line, or left out (it is in the pair's table).
     */
    private ReportModel.Graph graph(List<ReusePair> pairs) {
        int n = ordered.size();
        double cx = GRAPH_WIDTH / 2.0;
        double cy = GRAPH_HEIGHT / 2.0;
        double r = Math.min(cx, cy) - 50;
        Map<String, double[]> at = new HashMap<>();
        List<LabelBox> taken = new ArrayList<>();
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            double x = n == 1 ? cx : cx + r * 1.45 * Math.cos(angles[i]);
            double y = n == 1 ? cy : cy + r * Math.sin(angles[i]);
            at.put(ordered.get(i).id(), new double[] {x, y});
            taken.add(LabelBox.circle(x, y, NODE_RADIUS + 1));
        }
        List<ReportModel.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ordered.get(i).id();
            double[] p = at.get(id);
            Placed label = nodeLabel(id, p[0], p[1], angles[i], taken);
            taken.add(label.box());
            nodes.add(new ReportModel.Node(id, label.text(), num(p[0]), num(p[1]), num(label.x()), num(label.y()),
                    "#" + ModelBuilder.anchor(id), label.anchor()));
        }
        List<ReportModel.Edge> edges = new ArrayList<>();
        for (ReusePair p : pairs) {
            boolean directed = p.direction() != Direction.UNKNOWN;
            String from = directed ? p.origin() : p.a();
            String to = directed ? p.copier() : p.b();
            double[] f = at.get(from);
            double[] t = at.get(to);
            double dx = t[0] - f[0];
            double dy = t[1] - f[1];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            double ux = dx / len;
            double uy = dy / len;
            double gap = NODE_RADIUS + 2;
            double x1 = f[0] + ux * gap;
            double y1 = f[1] + uy * gap;
            double x2 = t[0] - ux * (gap + (directed ? 4 : 0));
            double y2 = t[1] - uy * (gap + (directed ? 4 : 0));
            double share = Math.max(p.coverageA(), p.coverageB());
            double width = 1 + 5 * share;
            String label = directed ? percent(p.direction() == Direction.A_TO_B ? p.coverageA() : p.coverageB())
                    : percent(share);
            String title = directed ? p.copier() + " likely copied " + p.origin()
                    : p.a() + " and " + p.b() + " share text";
            Optional<Placed> spot = edgeLabel(label, x1, y1, x2, y2, ux, uy, taken);
            spot.ifPresent(s -> taken.add(s.box()));
            edges.add(new ReportModel.Edge(num(x1), num(y1), num(x2), num(y2), num(width), directed,
                    spot.map(Placed::text).orElse(""), num(spot.map(Placed::x).orElse(0.0)),
                    num(spot.map(Placed::y).orElse(0.0)), title, "#" + pairAnchor(p)));
        }
        return new ReportModel.Graph(GRAPH_WIDTH, GRAPH_HEIGHT, describe(pairs), nodes, edges);
    }

    /** A label as drawn: its text, anchor point and box. */
    private record Placed(String text, double x, double y, String anchor, LabelBox box) {
    }

    /** An article's id beside its circle on the outer side, else below, above, or on the inner side. */
    private static Placed nodeLabel(String id, double x, double y, double angle, List<LabelBox> taken) {
        boolean right = Math.cos(angle) >= 0;
        double side = Math.sin(angle) > 0.5 ? 18 : Math.sin(angle) < -0.5 ? -10 : 4;
        double off = NODE_RADIUS + 5;
        List<Placed> tries = new ArrayList<>();
        for (double room : new double[] {NODE_LABEL_MAX, NODE_LABEL_MAX / 2}) {
            tries.add(at(id, room, right ? x + off : x - off, y + side, right ? "start" : "end"));
            tries.add(at(id, room, x, y + NODE_RADIUS + NODE_FONT + 2, "middle"));
            tries.add(at(id, room, x, y - NODE_RADIUS - 5, "middle"));
            tries.add(at(id, room, right ? x - off : x + off, y + 4, right ? "end" : "start"));
        }
        return tries.stream().filter(p -> !p.box().intersectsAny(taken)).findFirst().orElse(tries.get(0));
    }

    /** A label anchored at (x, y) with as much of {@code text} as fits in the drawing and {@code room}. */
    private static Placed at(String text, double room, double x, double y, String anchor) {
        double space = switch (anchor) {
            case "start" -> GRAPH_WIDTH - x - 2;
            case "end" -> x - 2;
            default -> 2 * Math.min(x, GRAPH_WIDTH - x) - 4;
        };
        String fitted = LabelBox.fit(text, NODE_FONT, Math.max(0, Math.min(room, space)));
        return new Placed(fitted, x, y, anchor, LabelBox.text(x, y, anchor, fitted, NODE_FONT));
    }

    /** A pair's percentage at the first free spot along its line, on either side; none when all are taken. */
    private static Optional<Placed> edgeLabel(String text, double x1, double y1, double x2, double y2,
                                              double ux, double uy, List<LabelBox> taken) {
        for (double along : EDGE_LABEL_SPOTS) {
            for (int sideSign : new int[] {1, -1}) {
                double x = x1 + (x2 - x1) * along - uy * 9 * sideSign;
                double y = y1 + (y2 - y1) * along + ux * 9 * sideSign + 3;
                LabelBox box = LabelBox.text(x, y, "middle", text, EDGE_FONT);
                if (box.inside(GRAPH_WIDTH, GRAPH_HEIGHT) && !box.intersectsAny(taken)) {
                    return Optional.of(new Placed(text, x, y, "middle", box));
                }
            }
        }
        return Optional.empty();
    }

    /** The graph in words, for screen readers and the PDF's structure tree. */
    private static String describe(List<ReusePair> pairs) {
        if (pairs.isEmpty()) {
            return "Provenance graph: no two articles share text.";
        }
        List<String> parts = new ArrayList<>();
        for (ReusePair p : pairs) {
            parts.add(p.direction() == Direction.UNKNOWN ? p.a() + " and " + p.b() + " share text"
                    : p.copier() + " likely copied " + p.origin());
        }
        return "Provenance graph: " + String.join("; ", parts) + ".";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }

    /** Coordinates with one decimal, locale-independent. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
