package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.factdiff.report.ClaimReviews;
import org.factdiff.report.FindingsCsv;
import org.factdiff.report.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format csv} and {@code --format claimreview}: written on request only, stale ones removed. */
class ExportFormatsTest {
    @TempDir
    Path dir;

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static CliTest.Run report(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", TestFiles.exampleCase().toString(), "-o",
                out.toString(), "--no-meaning", "--no-cache"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void csvAloneWritesFindingsCsvOnlyAndRemovesTheOthers() throws IOException {
        Path out = dir.resolve("out");
        TestFiles.write(out.resolve("report.html"), "<p>an earlier run</p>\n");
        TestFiles.write(out.resolve("findings.json"), "{}\n");
        TestFiles.write(out.resolve("claimreview.jsonld"), "{}\n");
        TestFiles.write(out.resolve("notes.txt"), "the user's own file\n");

        CliTest.Run r = report(out, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("findings.csv", "notes.txt"), files(out));
        assertEquals(out.resolve("findings.csv").toString(), r.out().strip());
        assertEquals("factdiff: removed stale report.html, findings.json, claimreview.jsonld (not written with "
                + "--format csv)", r.err().strip());
        String csv = Files.readString(out.resolve("findings.csv"));
        assertTrue(csv.startsWith("\"id\",\"section\",\"kind\",\"topic\""), csv);
        assertTrue(csv.contains("\r\n\"x-") && csv.contains("\r\n\"a-") && csv.contains("\r\n\"p-"), "rows of findings");
    }

    @Test
    void theDefaultIsHtmlPdfJsonAndRemovesAnEarlierCsv() throws IOException {
        assertEquals(List.of(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.JSON), List.copyOf(OutputFormat.defaults()));
        Path out = dir.resolve("out");
        TestFiles.write(out.resolve("findings.csv"), "\"id\"\r\n");

        CliTest.Run r = report(out);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("findings.json", "report.html", "report.pdf"), files(out));
        assertEquals("factdiff: removed stale findings.csv (not written by default; ask with --format)",
                r.err().strip());
    }

    @Test
    void csvAndClaimReviewAreProjectionsOfTheFindingsJsonWrittenBeside() throws IOException {
        Path out = dir.resolve("out");
        CliTest.Run r = report(out, "--format", "json,csv,claimreview");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("claimreview.jsonld", "findings.csv", "findings.json"), files(out));
        var findings = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        assertArrayEquals(new FindingsCsv().write(findings), Files.readAllBytes(out.resolve("findings.csv")));
        assertArrayEquals(new ClaimReviews(java.util.Optional.empty(), org.factdiff.base.Version.NAME).write(findings),
                Files.readAllBytes(out.resolve("claimreview.jsonld")));
        assertEquals("", r.err().strip());
    }
}
