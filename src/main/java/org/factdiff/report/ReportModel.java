package org.factdiff.report;

import java.util.List;
import java.util.Objects;

/**
 * What the report templates see: every value already formatted as text, every list already
 * in its order, so that templates hold no logic beyond loops and "is it empty". The same model
 * feeds report.html and report.pdf; only {@link Meta#pdf()} tells them apart.
 *
 * <p>README.md ("Templates") lists these names for people who restyle the report.
 */
public record ReportModel(
        Meta meta,
        CaseInfo caseInfo,
        List<Section> sections,
        Summary summary,
        List<Source> sources,
        Findings findings,
        Reuse reuse,
        List<ArticleText> appendix,
        Reproducibility reproducibility,
        Reviewing review) {

    public ReportModel {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(caseInfo, "caseInfo");
        sections = List.copyOf(sections);
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(reuse, "reuse");
        appendix = List.copyOf(appendix);
        Objects.requireNonNull(reproducibility, "reproducibility");
        Objects.requireNonNull(review, "review");
    }

    /** The model of one analysis. */
    public static ReportModel of(org.factdiff.report.Analysis analysis, ReportSettings settings) {
        return new ModelBuilder(analysis, settings).build();
    }

    /** The same model for the other output. */
    public ReportModel forPdf(boolean pdf) {
        return new ReportModel(meta.withPdf(pdf), caseInfo, sections, summary, sources, findings, reuse, appendix,
                reproducibility, review);
    }

    /**
     * About the document itself.
     *
     * @param pdf       true when rendering report.pdf
     * @param paperSize CSS page size, e.g. {@code 210mm 297mm}
     */
    /** About the file being made; {@code fullText}: the PDF holds the articles' full texts too. */
    public record Meta(String tool, String version, String language, boolean pdf, String paper, String paperSize,
                       boolean fullText) {
        Meta withPdf(boolean value) {
            return new Meta(tool, version, language, value, paper, paperSize, fullText);
        }
    }

    /**
     * The fact-checker's decisions as the report shows them (reviews.yaml).
     *
     * @param any       whether the case has a reviews file with any review
     * @param counts    page one's line: how many findings are confirmed, need a check, are dismissed, are open
     * @param badges    the badge of each reviewed finding still shown, by the anchor where it is shown
     * @param dismissed the dismissed findings, for the appendix "Dismissed on review", by id
     * @param orphaned  reviews of findings this run does not have, by id: never dropped silently
     */
    public record Reviewing(boolean any, String counts, java.util.SortedMap<String, Badge> badges,
                            List<Dismissed> dismissed, List<Orphan> orphaned) {
        public Reviewing {
            Objects.requireNonNull(counts, "counts");
            badges = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(badges));
            dismissed = List.copyOf(dismissed);
            orphaned = List.copyOf(orphaned);
        }
    }

    /** A review as its badge and note show it; "" for what the reviewer did not give. */
    public record Badge(String status, String label, String note, String by, String date, String rating) {
    }

    /** A dismissed finding in the appendix: its id, kind in words, a line saying what it was, and the review. */
    public record Dismissed(String id, String kind, String summary, Badge review) {
    }

    /** A review whose finding this run does not have. */
    public record Orphan(String id, String kind, Badge review) {
    }

    /** The incident. Unknown values read "unknown". */
    public record CaseInfo(String id, String title, String incidentDate, String reportDate, String reportDateSource,
                           int articleCount, String totalWords) {
    }

    /**
     * A section of the report, for the table of contents and the PDF bookmarks: its id and how
     * many findings it holds. Its title is the template's ({@code titles} in report.ftlh), so
     * that a copied template renames a heading everywhere at once.
     */
    public record Section(String id, String count) {
    }

    /**
     * One row of the sources table; each {@code ...From} says where the value came from:
     * "case file", the page's metadata ("page: JSON-LD"), the text's first lines, or "unknown".
     */
    public record Source(String id, String anchor, String outlet, String published, String title, String author,
                         String url, boolean urlIsLink, String file, String type, String words, String sha256,
                         String sha256Short, String outletFrom, String publishedFrom, String titleFrom, String authorFrom,
                         String urlFrom) {
    }

    /** One article's full text in the appendix. */
    public record ArticleText(String id, String anchor, String outlet, String title, List<Paragraph> paragraphs) {
        public ArticleText {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph (a line) of article text.
     *
     * @param dir "rtl" when its first strong character is right-to-left (Arabic, Hebrew), else "ltr"
     */
    public record Paragraph(List<Segment> segments, String dir) {
        public Paragraph {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A run of text with the same marks.
     *
     * @param marks   space-separated CSS classes, "" when plain
     * @param anchors element ids of the spots that start here, for links to them
     * @param href    link target within the report, "" when none
     */
    public record Segment(String text, String marks, List<String> anchors, String href, String title) {
        public Segment {
            anchors = List.copyOf(anchors);
        }

        static Segment plain(String text) {
            return new Segment(text, "", List.of(), "", "");
        }
    }

    /**
     * Page one: what an editor needs to decide in a minute. Every number links to its proof.
     *
     * @param contradictions the most important, one line each; none that other sources or times explain
     * @param explained      "2 other differences are", when sources or times of writing explain some; else ""
     * @param lines          the other figures, each a sentence with one linked number
     * @param groups         articles joined by copied text, largest first (page one of a large case)
     * @param mostCopied     articles that others copy or share most with, most first (same)
     */
    public record Summary(List<SummaryItem> contradictions, String moreContradictions, String explained,
                          List<SummaryLine> lines,
                          Timeline timeline, List<SharingGroup> groups, List<CopiedSource> mostCopied) {
        public Summary {
            contradictions = List.copyOf(contradictions);
            lines = List.copyOf(lines);
            groups = List.copyOf(groups);
            mostCopied = List.copyOf(mostCopied);
        }
    }

    /**
     * Articles joined by copied text: each shares a good part of one article with another of
     * the group (wire copy and its reprints).
     *
     * @param members  the ids, in id order
     * @param size     how many
     * @param shown    the first articles, for one line; {@code more} says how many are left out
     */
    public record SharingGroup(List<String> members, int size, List<ArticleLink> shown, int more) {
        public SharingGroup {
            members = List.copyOf(members);
            shown = List.copyOf(shown);
        }
    }

    /** An article's id and the anchor of its entry in the report. */
    public record ArticleLink(String id, String anchor) {
    }

    /**
     * An article others take text from.
     *
     * @param copiedBy articles that copied it, as far as dates and texts tell
     * @param sharesWith articles that share a good part of one of the two texts with it
     */
    public record CopiedSource(String id, String anchor, String outlet, int copiedBy, int sharesWith) {
    }

    /** A contradiction in one line: its tag, a short sentence, and its place in the report. */
    public record SummaryItem(String tag, String text, String href) {
    }

    /**
     * A sentence of the summary, in parts: text, and figures linked to the section that
     * proves them ({@code href} empty for plain text).
     */
    public record SummaryLine(List<Part> parts) {
        public SummaryLine {
            parts = List.copyOf(parts);
        }

        /** A piece of a summary sentence; a figure when it has a link. */
        public record Part(String text, String href) {
        }
    }

    /**
     * The publication timeline: one row per article, at its time when known, in the
     * "date unknown" band when not, with arrows from source to copy where the direction is known.
     */
    public record Timeline(int width, int height, String description, List<Tick> ticks, List<TimelineRow> rows,
                           List<Edge> arrows, String unknownX, String unknownLabelX, boolean anyUnknown,
                           String labelsWidth) {
        public Timeline {
            ticks = List.copyOf(ticks);
            rows = List.copyOf(rows);
            arrows = List.copyOf(arrows);
        }
    }

    /** A time-axis line at {@code x} and its label at {@code labelX}, anchored "start", "middle" or "end". */
    public record Tick(String x, String labelX, String anchorText, String label) {
    }

    /**
     * An article on the timeline: its id, and the id as drawn ({@code label}, cut with an
     * ellipsis when too long); {@code dated} false when its date is unknown.
     */
    public record TimelineRow(String id, String label, String y, String labelY, String x, boolean dated, String date,
                              String anchor) {
    }

    /**
     * What the claims show.
     *
     * @param contradictions what nothing explains away, distortions first, then most articles first
     * @param explained      differences that different sources or times of writing explain
     * @param matrix         the main facts against the articles
     * @param singleShown    single-source claims shown per article at most
     * @param singleSource   grouped by article
     */
    public record Findings(List<ContradictionView> contradictions, List<ContradictionView> explained,
                           List<QuoteView> alteredQuotes,
                           List<AgreementView> agreements, String independentSummary, int singleShown,
                           List<SingleView> singleSource,
                           List<String> matrixColumns, List<FactRow> matrix) {
        public Findings {
            contradictions = List.copyOf(contradictions);
            explained = List.copyOf(explained);
            alteredQuotes = List.copyOf(alteredQuotes);
            agreements = List.copyOf(agreements);
            singleSource = List.copyOf(singleSource);
            matrixColumns = List.copyOf(matrixColumns);
            matrix = List.copyOf(matrix);
        }
    }

    /** An article a piece of evidence comes from, with the link to the spot in its text. */
    public record Spot(String article, String outlet, String href) {
    }

    /**
     * One piece of evidence: words, the articles that hold them (several when they have the
     * same words), each linked to the spot in its text. {@code anchor} is the id of the finding
     * the evidence stands for on its own (a single-source claim), else "".
     */
    public record Quote(String anchor, List<Spot> sources, String label, List<Segment> text) {
        public Quote {
            sources = List.copyOf(sources);
            text = List.copyOf(text);
        }
    }

    /**
     * A contradiction: {@code kind} as a heading, one plain sentence, the evidence of every side.
     *
     * @param causeId    "distortion", "sources", "changed-over-time", or "" when nothing explains it
     * @param cause      what explains it, as a heading ("A copy changed its source"), or ""
     * @param causeText  the explanation in a sentence, or ""
     */
    public record ContradictionView(String anchor, String kind, String kindId, String tag, String topic, String explanation,
                                    String causeId, String cause, String causeText, List<Quote> values) {
        public ContradictionView {
            values = List.copyOf(values);
        }
    }

    /** An altered quotation with each article's wording (changed words marked) and speaker. */
    public record QuoteView(String anchor, String quote, String change, List<Quote> variants) {
        public QuoteView {
            variants = List.copyOf(variants);
        }
    }

    /** A fact several articles state; {@code count} reads "3 articles, 1 independent source". */
    public record AgreementView(String anchor, String statement, String count, boolean independent, List<Quote> sources,
                                List<String> facts) {
        public AgreementView {
            sources = List.copyOf(sources);
            facts = List.copyOf(facts);
        }
    }

    /** What only one article states. */
    public record SingleView(String article, String outlet, List<Quote> claims, List<Quote> folded) {
        public SingleView {
            claims = List.copyOf(claims);
            folded = List.copyOf(folded);
        }
    }

    /** A main fact and what each article says of it: "states", a value, or "" (omits). */
    public record FactRow(String fact, String href, boolean contradicted, List<FactCell> cells) {
        public FactRow {
            cells = List.copyOf(cells);
        }
    }

    /** A cell of the fact matrix: {@code state} is "states", "differs" or "omits". */
    public record FactCell(String text, String state) {
    }

    /**
     * The reused-text section.
     *
     * @param summary  one or two sentences on how much is copied and by whom
     * @param columns  article ids of the coverage matrix, in reading order
     * @param matrix   one row per article: how much of it each other article holds
     * @param graph    the provenance graph, laid out
     * @param pairs    article pairs that share text, most copied first
     * @param large    past {@code ReuseSection.LARGE_CASE} articles: no matrix and no graph (a ranked
     *                 list of pairs instead), and the PDF folds long lists
     */
    public record Reuse(String summary, List<String> columns, List<MatrixRow> matrix, Graph graph, List<Pair> pairs,
                        List<String> bounded, boolean large) {
        public Reuse {
            bounded = List.copyOf(bounded);
            columns = List.copyOf(columns);
            matrix = List.copyOf(matrix);
            pairs = List.copyOf(pairs);
        }
    }

    /** A row of the coverage matrix; {@code original} is the share of the article found nowhere else. */
    public record MatrixRow(String id, String anchor, List<Cell> cells, String original) {
        public MatrixRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: {@code text} the share ("89%", "" when none, "—" on the diagonal), {@code level}
     * 0-5 for the heat colour, {@code href} the pair's place in the report.
     */
    public record Cell(String text, int level, String title, String href) {
    }

    /** An SVG drawing: its size, a text alternative, and its parts, all coordinates already computed. */
    public record Graph(int width, int height, String description, List<Node> nodes, List<Edge> edges) {
        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /** An article in the graph: its id, and the id as drawn ({@code label}, cut when there is no room). */
    public record Node(String id, String label, String x, String y, String labelX, String labelY, String anchor,
                       String anchorText) {
    }

    /**
     * A pair in the graph: a line from (x1,y1) to (x2,y2), an arrow at the second end when the
     * direction is known, its width, and a label at (labelX, labelY), empty when no free spot was left.
     */
    public record Edge(String x1, String y1, String x2, String y2, String width, boolean directed, String label,
                       String labelX, String labelY, String title, String href) {
    }

    /** Two articles that share text, with their passages. */
    public record Pair(String anchor, String a, String b, String headline, String reason, String coverageA,
                       String coverageB, List<Shared> passages) {
        public Pair {
            passages = List.copyOf(passages);
        }
    }

    /**
     * One shared passage, side by side; {@code aText}/{@code bText} are segments with the
     * changed words marked; {@code aHref}/{@code bHref} lead to the spot in the article text;
     * {@code verbatim} when both sides have the same words (shown once).
     */
    public record Shared(String anchor, String kind, boolean verbatim, String similarity, String sharedBy, String a, String b,
                         List<Segment> aText, List<Segment> bText, String aHref, String bHref, boolean compact) {
        public Shared {
            aText = List.copyOf(aText);
            bText = List.copyOf(bText);
        }
    }

    /** How to rebuild this report and what it was built from. */
    public record Reproducibility(String command, String makeCommand, String tool, List<Input> inputs) {
        public Reproducibility {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * One input file and its SHA-256.
     *
     * @param kind "case", "reviews", "article" or "template": a large case's PDF names the articles' files
     *             only in part, and every other input in full
     */
    public record Input(String file, String sha256, String kind) {
        public Input {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            if (!List.of("case", "reviews", "article", "template").contains(kind)) {
                throw new IllegalArgumentException("unknown input kind: " + kind);
            }
        }
    }
}
