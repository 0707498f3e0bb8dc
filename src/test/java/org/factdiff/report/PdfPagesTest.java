package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.factdiff.casefile.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders every page of the example PDF with poppler (pdftoppm) and reads every word's box
 * (pdftotext -bbox): no page may be blank, no word may run outside the page, no two words may
 * overlap. Skipped, with a message, where poppler-utils is not installed (.ci/run installs it).
 */
class PdfPagesTest {
    static final Path OUT = TestFiles.project().resolve("target/pdf-test");
    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>");
    /** Share of the smaller box two words may overlap (kerning, accents) before it counts as overlap. */
    static final double OVERLAP = 0.35;

    static boolean installed(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyPageHasInkAndNoWordLeavesThePageOrOverlaps(Paper paper) throws Exception {
        assumeTrue(installed("pdftoppm") && installed("pdftotext"),
                "poppler-utils not installed: PDF page test skipped (install it, as .ci/run does, to run it)");
        Path dir = OUT.resolve(paper.name().toLowerCase(Locale.ROOT));
        Files.createDirectories(dir);
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        ReportSettings settings = new ReportSettings(ReportFixtures.settings(a).date(), paper);
        byte[] pdf = new Reports(Templates.of(Optional.empty())).render(a, settings, EnumSet.of(OutputFormat.PDF))
                .get("report.pdf");
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf);

        run("pdftoppm", "-r", "20", "-gray", file.toString(), dir.resolve("page").toString());
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".pgm")).sorted().toList();
        }
        assertTrue(pages.size() > 3, "pages rendered: " + pages.size());
        for (Path page : pages) {
            assertTrue(hasInk(Files.readAllBytes(page)), page.getFileName() + " is blank");
        }

        Path bbox = dir.resolve("words.html");
        run("pdftotext", "-bbox", file.toString(), bbox.toString());
        String html = Files.readString(bbox, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        String[] perPage = html.split("<page ");
        for (int i = 1; i < perPage.length; i++) {
            Matcher pm = PAGE.matcher("<page " + perPage[i]);
            assertTrue(pm.find());
            double w = Double.parseDouble(pm.group(1));
            double h = Double.parseDouble(pm.group(2));
            List<double[]> boxes = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Matcher wm = WORD.matcher(perPage[i]);
            while (wm.find()) {
                double[] b = {Double.parseDouble(wm.group(1)), Double.parseDouble(wm.group(2)),
                        Double.parseDouble(wm.group(3)), Double.parseDouble(wm.group(4))};
                if (b[0] < 0 || b[1] < 0 || b[2] > w + 0.5 || b[3] > h + 0.5) {
                    problems.add("page " + i + ": '" + wm.group(5) + "' runs outside the page");
                }
                boxes.add(b);
                words.add(wm.group(5));
            }
            for (int x = 0; x < boxes.size(); x++) {
                for (int y = x + 1; y < boxes.size(); y++) {
                    if (overlap(boxes.get(x), boxes.get(y)) > OVERLAP) {
                        problems.add("page " + i + ": '" + words.get(x) + "' overlaps '" + words.get(y) + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }

    /** True when a binary PGM has any pixel darker than near-white. */
    static boolean hasInk(byte[] pgm) {
        // Header: P5\n<width> <height>\n<max>\n then one byte per pixel.
        int newlines = 0;
        int i = 0;
        while (i < pgm.length && newlines < 3) {
            if (pgm[i++] == '\n') {
                newlines++;
            }
        }
        for (; i < pgm.length; i++) {
            if ((pgm[i] & 0xFF) < 200) {
                return true;
            }
        }
        return false;
    }

    /** Overlapping area as a share of the smaller box. */
    static double overlap(double[] a, double[] b) {
        double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double smaller = Math.min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]));
        return smaller <= 0 ? 0 : w * h / smaller;
    }
}
