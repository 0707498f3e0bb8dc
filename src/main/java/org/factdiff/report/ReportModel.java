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
        List<Source> sources,
        List<ArticleText> appendix,
        Reproducibility reproducibility) {

    public ReportModel {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(caseInfo, "caseInfo");
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        appendix = List.copyOf(appendix);
        Objects.requireNonNull(reproducibility, "reproducibility");
    }

    /** The model of one analysis. */
    public static ReportModel of(org.factdiff.Analysis analysis, ReportSettings settings) {
        return new ModelBuilder(analysis, settings).build();
    }

    /** The same model for the other output. */
    public ReportModel forPdf(boolean pdf) {
        return new ReportModel(meta.withPdf(pdf), caseInfo, sections, sources, appendix, reproducibility);
    }

    /**
     * About the document itself.
     *
     * @param pdf       true when rendering report.pdf
     * @param paperSize CSS page size, e.g. {@code 210mm 297mm}
     */
    public record Meta(String tool, String version, String language, boolean pdf, String paper, String paperSize) {
        Meta withPdf(boolean value) {
            return new Meta(tool, version, language, value, paper, paperSize);
        }
    }

    /** The incident. Unknown values read "unknown". */
    public record CaseInfo(String id, String title, String incidentDate, String reportDate, String reportDateSource,
                           int articleCount, String totalWords) {
    }

    /** A section of the report, for the table of contents and the PDF bookmarks. */
    public record Section(String id, String title, String count) {
    }

    /** One row of the sources table. */
    public record Source(String id, String anchor, String outlet, String published, String title, String author,
                         String url, boolean urlIsLink, String file, String type, String words, String sha256,
                         String sha256Short) {
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
     * @param marks  space-separated CSS classes, "" when plain
     * @param anchor element id for links to this spot, "" when none
     * @param href   link target within the report, "" when none
     */
    public record Segment(String text, String marks, String anchor, String href, String title) {
    }

    /** How to rebuild this report and what it was built from. */
    public record Reproducibility(String command, String makeCommand, String tool, List<Input> inputs) {
        public Reproducibility {
            inputs = List.copyOf(inputs);
        }
    }

    /** One input file and its SHA-256. */
    public record Input(String file, String sha256) {
    }
}
