package org.factdiff.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files that decode huge, built here and run through the command line in a JVM of
 * 1 GB heap: each ends with exit 2 and one line naming the file and the bound, or, where the
 * bound cuts, with a report. The run times are printed, not asserted (the machine is shared).
 */
class DecodeBoundsForkedTest {
    static final String MAIN = "org.factdiff.cli.Main";

    @TempDir
    Path tmp;

    private Forked.Result run(String name, String file, String content) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), content);
        Files.writeString(dir.resolve("case.yaml"), "title: Hostile\nreport_date: 2024-01-02\narticles:\n"
                + "  - {id: x, file: " + file + "}\n");
        long start = System.nanoTime();
        Forked.Result r = Forked.run(List.of("-Xmx1g"), MAIN, "report", dir.resolve("case.yaml").toString(), "-o",
                dir.resolve("out").toString(), "--no-meaning");
        System.out.printf(Locale.ROOT, "%s: exit %d in %.1f s (%,d chars)%n", name, r.exit(),
                (System.nanoTime() - start) / 1e9, content.length());
        assertFalse(r.output().contains("OutOfMemoryError"), r.output());
        assertFalse(r.output().contains("StackOverflowError"), r.output());
        assertFalse(r.output().contains("\tat "), r.output());
        return r;
    }

    private void assertRefused(Forked.Result r, String file, String bound) {
        assertEquals(2, r.exit(), r.output());
        List<String> lines = r.output().strip().lines().filter(l -> l.contains(bound)).toList();
        assertEquals(1, lines.size(), r.output());
        assertTrue(lines.get(0).contains(file), r.output());
    }

    private void assertNothingWritten(String name) throws Exception {
        Path out = tmp.resolve(name).resolve("out");
        for (String f : List.of("report.html", "report.pdf", "findings.json")) {
            assertFalse(Files.exists(out.resolve(f)), f + " written by a refused run");
        }
    }

    @Test
    void pageNestingOneHundredThousandDivsIsRefused() throws Exception {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep down, a sentence.</p></body></html>";
        // Six bytes a tag: the tag count (HtmlReader.MAX_TAGS) refuses it before the parse could.
        assertRefused(run("nested", "nested.html", page), "nested.html", "HtmlReader.MAX_");
        assertNothingWritten("nested");
    }

    @Test
    void pageNestingDeeperThanTheBoundIsFlattenedAndRead() throws Exception {
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < 5_000; i++) {
            page.append("<div><p>Rescuers said on Monday, after the storm, that bridge ").append(i)
                    .append(" had fallen.</p>");
        }
        Forked.Result r = run("deep", "deep.html", page.toString());
        assertEquals(0, r.exit(), r.output());
    }

    @Test
    void twoMillionTinyElementsAreRefusedBeforeParsing() throws Exception {
        String page = "<html><body>" + "<b>x</b>".repeat(2_000_000) + "</body></html>";
        assertTrue(page.length() <= 16 << 20);
        assertRefused(run("tiny", "tiny.html", page), "tiny.html", "HtmlReader.MAX_TAGS");
        assertNothingWritten("tiny");
    }

    @Test
    void millionsOfTinySentencesAreRefused() throws Exception {
        String text = "Go. ".repeat((4 << 20) / 4 - 1);
        assertRefused(run("sentences", "sentences.txt", text), "sentences.txt", "TextAnalyzer.MAX_SENTENCES");
        assertNothingWritten("sentences");
    }

    @Test
    void anArticleJustUnderTheSentenceBoundRunsThroughEveryStage() throws Exception {
        Forked.Result r = run("many-sentences", "many.txt", "Go. ".repeat(org.factdiff.text.TextAnalyzer.MAX_SENTENCES - 1));
        assertEquals(0, r.exit(), r.output());
    }

    @Test
    void hostileMarkdownEndsQuickly() throws Exception {
        String md = "[".repeat(500_000) + "\n" + "**a ".repeat(200_000) + "\n" + ">".repeat(500_000) + "\n"
                + "- ".repeat(300_000) + "\n# " + "# ".repeat(300_000) + "\n" + "[a\n".repeat(100_000)
                + "_a ".repeat(200_000) + "\n\nThe bridge fell on Monday, officials said.\n";
        Forked.Result r = run("markdown", "hostile.md", md);
        assertTrue(r.exit() == 0 || r.exit() == 2 && r.output().strip().lines().count() == 1, r.output());
    }
}
