package org.factdiff.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdiff.PdfBombs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small files that decode huge, through the real command in 1 GB of heap: one line naming the
 * file and the bound, exit 2, no OutOfMemoryError, no stack trace, nothing written. Each run's
 * time is printed (not asserted; the forked run's five-minute limit is the backstop).
 */
class DecodeBombTest {
    @TempDir
    Path tmp;

    private interface Bomb {
        byte[] make() throws Exception;
    }

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("bomb.pdf", (Bomb) () -> PdfBombs.inflating(500L << 20), "PdfReader.MAX_STREAM_BYTES"),
                Arguments.of("page.pdf", (Bomb) () -> PdfBombs.sharedInflating(1, 500L << 20), "PdfReader.MAX_STREAM_BYTES"),
                Arguments.of("text.pdf", (Bomb) () -> PdfBombs.wordy(1, 30_000), "PdfReader.MAX_PAGE_CHARS"),
                Arguments.of("forms.pdf", (Bomb) () -> PdfBombs.nestedForms(4, 100), "PdfReader.MAX_OPERATORS"),
                Arguments.of("page.mht", (Bomb) () -> org.factdiff.ingest.MhtmlBoundsTestAccess.mhtml("base64",
                        org.factdiff.ingest.Ingest.MAX_HTML_BYTES + 1), "Ingest.MAX_HTML_BYTES"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void aBombEndsWithOneLineIn1GbOfHeap(String file, Bomb bomb, String bound) throws Exception {
        Path dir = tmp.resolve("case");
        Files.createDirectories(dir);
        Files.write(dir.resolve(file), bomb.make());
        Files.writeString(dir.resolve("a.txt"), HostileInputTest.A);
        Files.writeString(dir.resolve("case.yaml"), "title: Bomb\nreport_date: 2024-01-02\narticles:\n"
                + "  - {id: a, file: a.txt}\n  - {id: bomb, file: " + file + "}\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("findings.json"), "{}");
        long start = System.nanoTime();
        Forked.Result r = Forked.run(List.of("-Xmx1g"), ProcessSafetyTest.MAIN, "report", dir.resolve("case.yaml").toString(),
                "-o", out.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(file + " (" + Files.size(dir.resolve(file)) + " bytes): exit " + r.exit() + " after " + ms + " ms: "
                + r.output().strip());
        // Exit 2, not 134: the CLI waits for the encoder's background model load before it exits
        // (a JVM ending inside ONNX Runtime's session creation aborted).
        assertEquals(2, r.exit(), r.output());
        assertFalse(r.output().contains("OutOfMemoryError"), r.output());
        assertFalse(r.output().contains("\tat "), r.output());
        List<String> lines = r.output().strip().lines().toList();
        assertEquals(1, lines.size(), r.output());
        assertTrue(lines.get(0).contains(file) && lines.get(0).contains(bound), r.output());
        try (var listing = Files.list(out)) {
            assertEquals(List.of("findings.json"), listing.map(p -> p.getFileName().toString()).toList(), "nothing written");
        }
        assertEquals("{}", Files.readString(out.resolve("findings.json")));
    }
}
