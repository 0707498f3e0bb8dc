package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens report.html in headless Chromium, fails on any console message (the report has no
 * script, so a message means a blocked load or a broken page) or failed request, and saves a
 * full-page screenshot to target/browser-test/. Skipped, with a message, where Chromium is
 * not installed; .ci/run installs Debian's chromium so that it runs in CI.
 */
class BrowserTest {
    static final Path OUT = TestFiles.project().resolve("target/browser-test");
    /** Tall enough for the whole example report at this width. */
    static final String WINDOW = "1280,24000";
    static Optional<String> chromium;

    @BeforeAll
    static void find() {
        chromium = locate();
    }

    static Optional<String> locate() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Chromium's complaints while loading {@code page}: console messages and failed loads. */
    static List<String> complaints(Path page, Path screenshot) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("factdiff-chromium-");
        List<String> command = List.of(chromium.orElseThrow(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--hide-scrollbars", "--window-size=" + WINDOW, "--screenshot=" + screenshot,
                page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.contains(":CONSOLE") || line.contains("net::ERR_") || line.contains("Failed to load resource")
                    || line.contains("Refused to")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    @Test
    void reportLoadsCleanlyAndIsScreenshot() throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium not found on PATH: browser test skipped "
                + "(install Debian's chromium, as .ci/run does, to run it)");
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report.html");
        Files.write(page, ReportFixtures.render(TestFiles.exampleCase(), EnumSet.of(OutputFormat.HTML)).get("report.html"));
        Path shot = OUT.resolve("report.png");
        Files.deleteIfExists(shot);
        List<String> complaints = complaints(page, shot);
        assertEquals(List.of(), complaints, "console messages or blocked loads in report.html");
        assertTrue(Files.size(shot) > 10_000, "a screenshot was written");
    }

    @Test
    void printingTheHtmlShowsCollapsedFindings() throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium not found on PATH: print test skipped");
        Files.createDirectories(OUT);
        Path page = OUT.resolve("print.html");
        Files.write(page, ReportFixtures.render(TestFiles.exampleCase(), EnumSet.of(OutputFormat.HTML)).get("report.html"));
        Path pdf = OUT.resolve("print.pdf");
        Files.deleteIfExists(pdf);
        Path profile = Files.createTempDirectory("factdiff-chromium-");
        Process p = new ProcessBuilder(chromium.orElseThrow(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile,
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish printing");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // A single-source claim sits in a collapsed <details> in the HTML; printed, it shows twice:
        // in its section and in the article appendix.
        int at = text.indexOf("Apparently a tank and bulldozer were hit");
        assertTrue(at >= 0 && text.indexOf("Apparently a tank and bulldozer were hit", at + 1) > at,
                "a collapsed finding is missing from the printed HTML");
    }

    @Test
    void theCheckCatchesAConsoleErrorAndABlockedLoad() throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium not found on PATH: browser test skipped");
        Files.createDirectories(OUT);
        Path bad = OUT.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'\"></head><body><img src=\"https://example.invalid/x.png\"></body></html>",
                StandardCharsets.UTF_8);
        List<String> complaints = complaints(bad, OUT.resolve("bad.png"));
        assertFalse(complaints.isEmpty(), "a blocked image must be reported");
    }

    @Test
    void noHorizontalScrollAt1280Pixels(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium not found on PATH: width test skipped");
        assertEquals("", overflow(TestFiles.exampleCase(), "example"));
        assertEquals("", overflow(FigureLayoutTest.longIdCase(dir), "long-ids"));
    }

    /**
     * Empty when the report fits a 1,280-pixel window; else the page's and the window's widths.
     * A copy of the page gets a one-line script (and no Content-Security-Policy, which forbids
     * it) that writes the widths into the DOM Chromium dumps.
     */
    static String overflow(Path caseFile, String name) throws Exception {
        Files.createDirectories(OUT);
        String html = new String(ReportFixtures.render(caseFile, EnumSet.of(OutputFormat.HTML)).get("report.html"),
                StandardCharsets.UTF_8);
        String probe = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>document.body.setAttribute('data-width', "
                        + "document.documentElement.scrollWidth > document.documentElement.clientWidth "
                        + "? document.documentElement.scrollWidth + ' wider than ' + document.documentElement.clientWidth : 'fits');"
                        + "</script></body>");
        Path page = OUT.resolve("width-" + name + ".html");
        Files.writeString(page, probe, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("factdiff-chromium-");
        Process p = new ProcessBuilder(chromium.orElseThrow(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile,
                "--window-size=1280,900", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-width=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the probe script did not run");
        return m.group(1).equals("fits") ? "" : name + ": page " + m.group(1) + " pixels wide";
    }
}
