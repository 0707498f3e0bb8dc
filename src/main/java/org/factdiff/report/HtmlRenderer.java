package org.factdiff.report;

import java.nio.charset.StandardCharsets;

/** report.html: the main template rendered with the model, one self-contained UTF-8 file. */
public final class HtmlRenderer {
    private final Templates templates;

    public HtmlRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The document as text; PDF rendering starts from the same text with {@code meta.pdf} set. */
    public String renderText(ReportModel model) throws TemplateException {
        return templates.render(Templates.MAIN, model);
    }

    public byte[] render(ReportModel model) throws TemplateException {
        return renderText(model.forPdf(false)).getBytes(StandardCharsets.UTF_8);
    }

    /** The same bytes, written to a stream as they are made. */
    public void render(ReportModel model, java.io.OutputStream out) throws TemplateException, java.io.IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        templates.render(Templates.MAIN, model.forPdf(false), w);
        w.flush();
    }
}
