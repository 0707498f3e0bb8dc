package org.factdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.factdiff.base.Version;
import org.factdiff.ingest.Article;

/** Renders the requested output files of one analysis, in memory, before anything is written. */
public final class Reports {
    private final Templates templates;

    public Reports(Templates templates) {
        this.templates = templates;
    }

    /** File name to content, in {@link OutputFormat} order. */
    public Map<String, byte[]> render(Analysis analysis, ReportSettings settings, Set<OutputFormat> formats)
            throws TemplateException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, FileContent> f : contents(analysis, settings, formats).entrySet()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                f.getValue().writeTo(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.put(f.getKey(), out.toByteArray());
        }
        return files;
    }

    /**
     * As {@link #render}, with report.html and findings.json written only when the file is (a
     * template error then surfaces as a {@link FileContent.TemplateFailure}); the PDF is made here.
     */
    public Map<String, FileContent> contents(Analysis analysis, ReportSettings settings, Set<OutputFormat> formats)
            throws TemplateException {
        Map<String, FileContent> files = new LinkedHashMap<>();
        Set<OutputFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(formats);
        // The model is for the HTML and the PDF; findings.json alone never builds it.
        ReportModel model = wanted.contains(OutputFormat.HTML) || wanted.contains(OutputFormat.PDF)
                ? ReportModel.of(analysis, settings) : null;
        HtmlRenderer html = new HtmlRenderer(templates);
        // findings.csv and claimreview.jsonld are projections of the very bytes findings.json holds, so
        // they cannot disagree with it; the tree is made once, when the first of them is written.
        Supplier<JsonNode> findings = new Supplier<>() {
            private JsonNode tree;

            @Override
            public JsonNode get() {
                if (tree == null) {
                    try {
                        tree = new ObjectMapper().readTree(new FindingsJson().write(analysis, settings.date()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return tree;
            }
        };
        for (OutputFormat f : wanted) {
            FileContent content = switch (f) {
                case HTML -> out -> {
                    try {
                        html.render(model, out);
                    } catch (TemplateException e) {
                        throw new FileContent.TemplateFailure(e);
                    }
                };
                case PDF -> FileContent.of(new PdfRenderer().render(html.renderText(model.forPdf(true)),
                        pdfInfo(analysis, settings)));
                case JSON -> out -> new FindingsJson().write(analysis, settings.date(), out);
                case CSV -> out -> out.write(new FindingsCsv().write(findings.get()));
                case CLAIMREVIEW -> out -> out.write(
                        new ClaimReviews(Optional.empty(), Version.NAME).write(findings.get()));
            };
            files.put(f.fileName(), content);
        }
        return files;
    }

    private static PdfRenderer.Info pdfInfo(Analysis analysis, ReportSettings settings) {
        List<String> seed = new ArrayList<>();
        seed.add(Version.NAME + " " + Version.VERSION);
        seed.add(analysis.source().sha256());
        for (Article a : analysis.articles()) {
            seed.add(a.id() + " " + a.sha256());
        }
        seed.add(settings.date().map(d -> d.date().toString()).orElse(""));
        seed.add(settings.paper().name());
        String producer = Version.NAME + " " + Version.VERSION;
        return new PdfRenderer.Info(
                "Fact-check report: " + analysis.source().title(),
                producer,
                "Agreements, contradictions and reused text across " + analysis.articles().size()
                        + " articles about one incident",
                "fact-check, " + analysis.source().id(),
                producer,
                settings.date().map(ReportDate::date),
                PdfRenderer.idSeed(seed));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
