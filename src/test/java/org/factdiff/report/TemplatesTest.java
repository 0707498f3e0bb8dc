package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @TempDir
    Path dir;

    private ReportModel model() throws Exception {
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        return ReportModel.of(a, ReportFixtures.settings(a));
    }

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws Exception {
        TestFiles.write(dir.resolve("report.ftlh"), "<html>\n<body>\n  <#if report.meta.pdf>\n</body>\n");
        TemplateException e = assertThrows(TemplateException.class,
                () -> new HtmlRenderer(Templates.of(Optional.of(dir))).renderText(model()));
        assertTrue(e.getMessage().startsWith(dir + "/report.ftlh:"), e.getMessage());
        assertTrue(e.getMessage().matches(".*report\\.ftlh:\\d+:\\d+: .*"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void unknownVariableNamesLineAndExpression() throws Exception {
        TestFiles.write(dir.resolve("report.ftlh"), "<html>\n<body>\n<p>${report.caseInfo.nosuch}</p>\n</body></html>\n");
        TemplateException e = assertThrows(TemplateException.class,
                () -> new HtmlRenderer(Templates.of(Optional.of(dir))).renderText(model()));
        assertTrue(e.getMessage().startsWith(dir + "/report.ftlh:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("report.caseInfo.nosuch"), e.getMessage());
    }

    @Test
    void userFolderOverridesFileByFile() throws Exception {
        Files.writeString(dir.resolve("report.css"), "body { color: #123456; }\n", StandardCharsets.UTF_8);
        String html = new HtmlRenderer(Templates.of(Optional.of(dir))).renderText(model());
        assertTrue(html.contains("#123456"), "the user's CSS is used");
        assertTrue(html.contains("<h2 id=\"sources-h\">Sources</h2>"), "the built-in report.ftlh still renders");
    }

    @Test
    void templatesCannotInstantiateClasses() throws Exception {
        TestFiles.write(dir.resolve("report.ftlh"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        TemplateException e = assertThrows(TemplateException.class,
                () -> new HtmlRenderer(Templates.of(Optional.of(dir))).renderText(model()));
        assertTrue(e.getMessage().contains("report.ftlh:1:"), e.getMessage());
    }

    @Test
    void missingFolderIsAnInputError() {
        TemplateException e = assertThrows(TemplateException.class, () -> Templates.of(Optional.of(dir.resolve("nope"))));
        assertEquals(dir.resolve("nope") + ": template folder not found", e.getMessage());
    }

    @Test
    void cssStaysParseableAsXml() throws Exception {
        String css = Files.readString(TestFiles.project().resolve("templates/report.css"), StandardCharsets.UTF_8);
        assertTrue(css.indexOf('<') < 0 && css.indexOf('&') < 0, "report.css must not hold < or & (see its header)");
    }

    @Test
    void aSectionRenamedInTheTemplateIsRenamedEverywhere() throws Exception {
        String ftl = Files.readString(TestFiles.project().resolve("templates/report.ftlh"), StandardCharsets.UTF_8);
        String renamed = ftl.replace("\"agreements\": \"Agreements\"", "\"agreements\": \"Corroborated facts\"");
        assertTrue(!renamed.equals(ftl), "the built-in template names its section titles once");
        TestFiles.write(dir.resolve("report.ftlh"), renamed);
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        java.util.Map<String, byte[]> out = new Reports(Templates.of(Optional.of(dir))).render(a,
                ReportFixtures.settings(a), java.util.EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(new String(out.get("report.html"), StandardCharsets.UTF_8));
        assertEquals("Corroborated facts", html.selectFirst("#agreements-h").text(), "the heading");
        assertEquals("Corroborated facts", html.selectFirst("nav.toc a[href=#agreements]").text(), "the table of contents");
        java.util.List<String> bookmarks = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.get("report.pdf"))) {
            for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
        }
        assertTrue(bookmarks.contains("Corroborated facts"), "the PDF bookmarks: " + bookmarks);
        assertTrue(!bookmarks.contains("Agreements"), "no bookmark keeps the old title: " + bookmarks);
    }

    /** Windows line ends become \n, also split across writes; a lone \r stays. */
    @Test
    void lineEndsAreUnixAcrossWrites() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        Templates.LineEnds lf = new Templates.LineEnds(out);
        lf.write("a\r");
        lf.write("\nb\r\r\nc\rd\r");
        lf.finish();
        assertEquals("a\nb\r\nc\rd\r", out.toString());
        assertEquals("a\nb\r\nc\rd\r", "a\r\nb\r\r\nc\rd\r".replace("\r\n", "\n"), "as String.replace does");
    }

    /** A template saved with Windows line ends renders with \n, streamed or not. */
    @Test
    void aTemplateWithWindowsLineEndsRendersWithUnixOnes() throws Exception {
        TestFiles.write(dir.resolve("report.ftlh"), "<html>\r\n<body>${report.caseInfo.title}</body>\r\n</html>\r\n");
        HtmlRenderer html = new HtmlRenderer(Templates.of(Optional.of(dir)));
        ReportModel m = model();
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        html.render(m, streamed);
        org.junit.jupiter.api.Assertions.assertArrayEquals(html.render(m), streamed.toByteArray());
        assertTrue(!new String(streamed.toByteArray(), StandardCharsets.UTF_8).contains("\r"));
    }
}
