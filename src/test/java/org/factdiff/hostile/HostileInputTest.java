package org.factdiff.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.factdiff.TestFiles;
import org.factdiff.TestPdfs;
import org.factdiff.cli.FactdiffCommand;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import java.util.concurrent.TimeUnit;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.Ingest;
import org.junit.jupiter.api.Timeout;

/**
 * Every bad input either fails with one clear line (exit 2) or gives a sound report: no stack
 * trace, no hang, nothing injected. Folders of src/test/resources/bad/ say which; inputs too
 * large or binary to keep in the repository are made here.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    static final String A = "The bridge over the river collapsed on Monday evening, and at least 12 people were "
            + "killed, the fire chief said. Rescue teams searched the water through the night.";
    static final String B = "Officials said 15 people were killed when the old bridge over the river fell on Monday "
            + "evening. Divers searched the water through the night.";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err, Path dir) {
    }

    static Run run(Path caseFile, Path out) {
        CommandLine cl = FactdiffCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int exit = cl.execute("report", caseFile.toString(), "-o", out.toString());
        return new Run(exit, o.toString(), e.toString(), out);
    }

    static void expectError(Run r, String message) {
        assertEquals(2, r.exit(), "exit status; stderr: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("factdiff: error: "), r.err());
        assertTrue(r.err().contains(message), "'" + message + "' in: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(r.dir().resolve("report.html")), "nothing written");
    }

    /** A sound report: all three files, parseable, nothing that runs code or loads anything. */
    static void expectReport(Run r) throws IOException {
        assertEquals(0, r.exit(), "exit status; stderr: " + r.err());
        JsonNode json = new ObjectMapper().readTree(r.dir().resolve("findings.json").toFile());
        assertEquals("factdiff/findings/v1", json.get("schema").asText());
        Document html = Jsoup.parse(r.dir().resolve("report.html").toFile(), "UTF-8");
        assertTrue(html.select("script, iframe, object, embed, img, link, meta[http-equiv=refresh], base").isEmpty(),
                "nothing that loads or runs");
        for (Element e : html.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), "handler " + a));
            String href = e.attr("href");
            assertTrue(href.isEmpty() || href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"),
                    "link " + href);
        }
        for (Element style : html.select("style")) {
            assertFalse(style.data().contains("url("), "no CSS loads");
        }
        try (PDDocument pdf = Loader.loadPDF(r.dir().resolve("report.pdf").toFile())) {
            COSDictionary names = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
            assertTrue(names == null || names.getDictionaryObject(COSName.JAVA_SCRIPT) == null, "no document JavaScript");
            assertTrue(pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION) == null);
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() != null) {
                        assertFalse(link.getAction() instanceof PDActionJavaScript);
                        String type = link.getAction().getSubType();
                        assertTrue(type.equals("URI") || type.equals("GoTo"), "action " + type);
                    }
                }
            }
        }
    }

    static Stream<Path> folders() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.resource("bad"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void corpus(Path folder) throws IOException {
        String expect = Files.readString(folder.resolve("expect"), StandardCharsets.UTF_8).strip();
        Run r = run(folder.resolve("case.yaml"), tmp.resolve("out"));
        if (expect.startsWith("exit 2")) {
            expectError(r, expect.substring("exit 2".length()).strip());
        } else {
            expectReport(r);
        }
    }

    // ---------------------------------------------------------------- made here

    private Path caseWith(String yaml, String... files) throws IOException {
        Path dir = tmp.resolve("case");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("case.yaml"), yaml, StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes); // made in no time; the limits are checked before anything is read
        }
    }

    @Test
    void aCaseFileOverItsLimitIsRefused() throws IOException {
        Path dir = caseWith("title: Big\narticles:\n  - {id: a, file: a.txt}\n# " + "x".repeat(CaseFile.MAX_CASE_FILE_BYTES) + "\n",
                "a.txt", A);
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "case file is larger than 1 MiB");
    }

    @Test
    void moreArticlesThanTheLimitAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Many\narticles:\n");
        for (int i = 0; i <= CaseFile.MAX_ARTICLES; i++) {
            yaml.append("  - {id: a").append(i).append(", file: a.txt}\n");
        }
        Path dir = caseWith(yaml.toString(), "a.txt", A);
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "at most " + CaseFile.MAX_ARTICLES + " fit in one case");
    }

    @Test
    void aWebPageOverItsLimitIsRefusedBeforeParsing() throws IOException {
        Path dir = caseWith("title: Page\narticles:\n  - {id: a, file: a.txt}\n  - {id: p, file: page.html}\n", "a.txt", A);
        sparse(dir.resolve("page.html"), Ingest.MAX_HTML_BYTES + (1 << 20));
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "page.html: web page is 17 MiB, more than the 16 MiB limit");
    }

    @Test
    void articlesTogetherOverTheCaseLimitAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Heavy\narticles:\n");
        Path dir = caseWith("title: placeholder\n");
        long each = Ingest.MAX_ARTICLE_BYTES - (2 << 20);
        for (int i = 0; i * each <= Ingest.MAX_CASE_BYTES; i++) {
            yaml.append("  - {id: a").append(i).append(", file: a").append(i).append(".txt}\n");
            sparse(dir.resolve("a" + i + ".txt"), each);
        }
        Files.writeString(dir.resolve("case.yaml"), yaml.toString(), StandardCharsets.UTF_8);
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "the articles total 150 MiB, more than the 128 MiB limit");
    }

    @Test
    void anArticleWhoseTextIsOverTheLimitIsRefused() throws IOException {
        String text = "word ".repeat(Ingest.MAX_TEXT_CHARS / 5 + 1000);
        Path dir = caseWith("title: Long\narticles:\n  - {id: a, file: a.txt}\n  - {id: b, file: b.txt}\n", "a.txt", A,
                "b.txt", text);
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "b.txt: the article's text has");
    }

    @Test
    void a200MegabyteArticleIsRefusedAtOnce() throws IOException {
        Path dir = caseWith("title: Big\narticles:\n  - {id: a, file: a.txt}\n  - {id: b, file: big.txt}\n", "a.txt", A);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: made in no time, read never
        }
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "big.txt: article file is 200 MiB, more than");
    }

    @Test
    void aTwoMegabyteSingleLineArticleGivesAReport() throws IOException {
        StringBuilder line = new StringBuilder();
        while (line.length() < 2_000_000) {
            line.append(A.replace(". ", ", and ")).append(' ');
        }
        Path dir = caseWith("title: Line\nreport_date: 2024-01-02\narticles:\n  - {id: a, file: a.txt}\n  - {id: b, file: b.txt}\n",
                "a.txt", line.toString(), "b.txt", B);
        expectReport(run(dir.resolve("case.yaml"), tmp.resolve("out")));
    }

    @Test
    void binaryFilesUnderTextNamesAreRefused() throws IOException {
        Path dir = caseWith("title: Bin\narticles:\n  - {id: a, file: image.txt}\n");
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
                'I', 'H', 'D', 'R', 0, 0, 1, 0});
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "image.txt: looks like a binary file");

        Path zipCase = caseWith("title: Zip\narticles:\n  - {id: a, file: archive.pdf}\n");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("story.txt"));
            z.write(A.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(zipCase.resolve("archive.pdf"), zip.toByteArray());
        expectError(run(zipCase.resolve("case.yaml"), tmp.resolve("out2")), "archive.pdf: not a readable PDF");
    }

    @Test
    void encodingsAreRead() throws IOException {
        Path dir = caseWith("title: Enc\nreport_date: 2024-01-02\narticles:\n  - {id: utf16, file: a.txt}\n"
                + "  - {id: cp1252, file: b.txt}\n  - {id: broken, file: c.txt}\n");
        byte[] le = ("\u201CQuoted\u201D " + A).getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[le.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bom, 2, le.length);
        Files.write(dir.resolve("a.txt"), bom);
        Files.write(dir.resolve("b.txt"), ("Caf\u00E9 \u201Cnews\u201D \u2013 " + B).getBytes(Charset.forName("windows-1252")));
        byte[] bad = (A + " \u00E9").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0xC3; // a truncated two-byte sequence: invalid UTF-8
        Files.write(dir.resolve("c.txt"), bad);
        Run r = run(dir.resolve("case.yaml"), tmp.resolve("out"));
        expectReport(r);
        String html = Files.readString(r.dir().resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Caf\u00E9 \u201Cnews\u201D \u2013"), "Windows-1252 read as such");
        assertTrue(html.contains("\u201CQuoted\u201D"), "UTF-16 read as such");
    }

    @Test
    void symlinkLeavingTheCaseIsRefused() throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), A);
        Path dir = caseWith("title: Link\narticles:\n  - {id: a, file: link.txt}\n");
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        expectError(run(dir.resolve("case.yaml"), tmp.resolve("out")), "symbolic link that leaves the case folder");
    }

    @Test
    void sixtyArticlesGiveAReport() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Sixty\nreport_date: 2024-01-02\narticles:\n");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            yaml.append("  - {id: a").append(i).append(", file: a").append(i).append(".txt}\n");
            files.add("a" + i + ".txt");
            files.add((i % 3 == 0 ? A : B) + " Story number " + i + " adds its own sentence about street " + i
                    + " and " + (i + 3) + " houses that were damaged.");
        }
        Path dir = caseWith(yaml.toString(), files.toArray(new String[0]));
        expectReport(run(dir.resolve("case.yaml"), tmp.resolve("out")));
    }

    static byte[] pdf(String text, boolean encrypt, boolean javascript) throws IOException {
        TestPdfs.Spec spec = TestPdfs.Spec.of(text);
        spec = encrypt ? spec.encrypted("owner", "secret") : spec;
        return TestPdfs.make(javascript ? spec.scripted() : spec);
    }

    @Test
    void pdfsCorruptEncryptedAndScripted() throws IOException {
        Path dir = caseWith("title: Pdf\nreport_date: 2024-01-02\narticles:\n  - {id: js, file: js.pdf}\n  - {id: b, file: b.txt}\n",
                "b.txt", B);
        Files.write(dir.resolve("js.pdf"), pdf("The bridge collapsed on Monday and at least 12 people were killed.", false, true));
        Run ok = run(dir.resolve("case.yaml"), tmp.resolve("out"));
        expectReport(ok);
        assertTrue(Files.readString(ok.dir().resolve("report.html")).contains("at least 12 people were killed"),
                "the PDF's text is read, its script is not");

        Path enc = caseWith("title: Enc\narticles:\n  - {id: e, file: e.pdf}\n");
        Files.write(enc.resolve("e.pdf"), pdf("Secret", true, false));
        expectError(run(enc.resolve("case.yaml"), tmp.resolve("out2")), "e.pdf: the PDF is encrypted with a password");

        Path bad = caseWith("title: Bad\narticles:\n  - {id: c, file: c.pdf}\n");
        byte[] whole = pdf(A, false, false);
        Files.write(bad.resolve("c.pdf"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Run r = run(bad.resolve("case.yaml"), tmp.resolve("out3"));
        // Read as far as it goes, or refused with one line naming the file.
        if (r.exit() == 2) {
            expectError(r, "c.pdf: ");
        } else {
            expectReport(r);
        }
        Path garbage = caseWith("title: Garbage\narticles:\n  - {id: g, file: g.pdf}\n");
        Files.write(garbage.resolve("g.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        expectError(run(garbage.resolve("case.yaml"), tmp.resolve("out4")), "g.pdf: ");
    }
}
