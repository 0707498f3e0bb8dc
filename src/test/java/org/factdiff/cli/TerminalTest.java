package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines go to standard error when it is a terminal, and nowhere otherwise. */
class TerminalTest {
    @Test
    void terminalDevicesAreTold() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("/tmp/factdiff.log"));
        assertFalse(Terminal.isTerminalDevice("pipe:[40712]"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    static List<String> command(Path out) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "report",
                TestFiles.exampleCase().toString(), "-o", out.toString(), "--format", "json"));
        return c;
    }

    @Test
    void quietWhenStandardErrorIsAFile(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("stderr.log");
        Process p = new ProcessBuilder(command(tmp.resolve("out"))).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals("", Files.readString(log), "no progress lines into a log file");
    }

    @Test
    void progressLinesWhenStandardErrorIsATerminal(@TempDir Path tmp) throws Exception {
        assumeTrue(Terminal.STDERR_LINK.getParent().toFile().isDirectory() && Files.isExecutable(Path.of("/usr/bin/script")),
                "no /proc or util-linux script(1) to make a terminal: test skipped");
        // script(1) runs the tool on a pseudo-terminal and copies what it printed there.
        String inner = String.join(" ", command(tmp.resolve("out")).stream().map(a -> "'" + a + "'").toList());
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", inner, "/dev/null").redirectErrorStream(true).start();
        String seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(seen.contains("factdiff: ingest") && seen.contains("factdiff: render"), seen);
    }
}
