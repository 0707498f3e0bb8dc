package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdiff diff} and {@code factdiff textconv} through the configured command line. */
class DiffCommandTest {
    @TempDir
    Path dir;
    Path old;
    Path now;

    @BeforeEach
    void files() throws Exception {
        String findings = "{\"schema\": \"factdiff/findings/v1\", \"articles\": [{\"id\": \"alpha\", \"sha256\": \"aa\"}],"
                + " \"agreements\": [{\"id\": \"a-1\", \"statement\": \"It burned.\", \"independent_sources\": 1,"
                + " \"sources\": [{\"article\": \"alpha\", \"start\": 3, \"end\": 13, \"text\": \"It burned.\"}]}]}";
        old = TestFiles.write(dir.resolve("old.json"), findings);
        now = TestFiles.write(dir.resolve("new.json"), findings.replace("\"start\": 3, \"end\": 13",
                "\"start\": 9, \"end\": 19").replace("}]}]}", "}], \"review\": {\"status\": \"confirmed\"}}]}"));
    }

    @Test
    void diffExitsZeroWithOrWithoutChanges() {
        CliTest.Run same = CliTest.run("diff", old.toString(), old.toString());
        assertEquals(0, same.exit(), same.err());
        assertEquals("no changes\n", same.out());
        CliTest.Run changed = CliTest.run("diff", old.toString(), now.toString());
        assertEquals(0, changed.exit(), changed.err());
        assertEquals("""
                0 added, 0 removed, 1 changed

                Findings changed
                ~ a-1 agreement: It burned.
                    evidence moved (offsets only)
                    review: open → confirmed
                """, changed.out());
        CliTest.Run markdown = CliTest.run("diff", "--markdown", old.toString(), now.toString());
        assertTrue(markdown.out().contains("### Findings changed\n\n- `a-1` agreement: It burned.\n"
                        + "  - evidence moved (offsets only)\n  - review: open → confirmed\n"),
                markdown.out());
    }

    @Test
    void aBadFileExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path bad = TestFiles.write(dir.resolve("bad.json"), "{\"schema\": \"something/else\"}");
        Path missing = dir.resolve("missing.json");
        for (String[] args : new String[][] {{"diff", old.toString(), bad.toString()},
                {"diff", missing.toString(), now.toString()}, {"textconv", bad.toString()}, {"diff", old.toString()}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertTrue(r.err().startsWith("factdiff: "), r.err());
        }
        CliTest.Run r = CliTest.run("diff", missing.toString(), now.toString());
        assertEquals("factdiff: error: " + missing + ": file not found\n", r.err());
    }

    @Test
    void textconvPrintsFindingsWithoutOffsets() {
        CliTest.Run a = CliTest.run("textconv", old.toString());
        CliTest.Run b = CliTest.run("textconv", now.toString());
        assertEquals(0, a.exit(), a.err());
        assertEquals("""
                findings factdiff/findings/v1

                article alpha: sha256 aa

                a-1 agreement: It burned.
                  statement: It burned.
                  independent sources: 1
                  alpha: “It burned.”
                """, a.out());
        assertEquals(a.out() + "  review: confirmed\n", b.out());
    }
}
