package org.factdiff.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 3: the safety net. A run that still runs out of memory (here: the example case
 * in a heap far too small for it) ends with one line naming the stage, exit 1, and the report
 * files of the earlier run as they were.
 */
class SafetyNetTest {
    static final String MAIN = "org.factdiff.cli.Main";
    /** A heap the JVM starts in but the analysis cannot run in (the example needs about 64 MB). */
    static final String TOO_SMALL = "-Xmx32m";

    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryGivesOneLineAndLeavesTheReportAsItWas() throws Exception {
        Path out = dir.resolve("out");
        TestFiles.write(out.resolve("report.html"), "<p>the report of an earlier run</p>\n");
        TestFiles.write(out.resolve("findings.json"), "{\"earlier\": true}\n");
        Forked.Result r = Forked.run(List.of(TOO_SMALL), MAIN, "report", TestFiles.exampleCase().toString(),
                "-o", out.toString(), "--no-cache");
        assertEquals(1, r.exit(), r.output());
        assertEquals(1, r.output().strip().lines().count(), "one line: " + r.output());
        assertTrue(r.output().matches("(?s)factdiff: out of memory in the [a-z]+ stage.*; no report file was changed\\..*"),
                r.output());
        assertFalse(r.output().contains("\tat ") || r.output().contains("Exception in thread"), r.output());
        assertEquals("<p>the report of an earlier run</p>\n", Files.readString(out.resolve("report.html")));
        assertEquals("{\"earlier\": true}\n", Files.readString(out.resolve("findings.json")));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }
}
