package org.factdiff.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What needs a JVM of its own: a run killed midway, a run without network, a run in 1 GB of heap. */
class ProcessSafetyTest {
    static final String MAIN = "org.factdiff.cli.Main";

    @TempDir
    Path tmp;

    static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : List.of("report.html", "report.pdf", "findings.json")) {
            out.put(name, Files.readAllBytes(dir.resolve(name)));
        }
        return out;
    }

    @Test
    void aRunKilledMidwayLeavesEachFileWholeOldOrNew() throws Exception {
        Path fresh = tmp.resolve("fresh");
        Path other = TestFiles.resource("cases/unicode/case.yaml");
        assertEquals(0, Forked.run(List.of(), MAIN, "report", other.toString(), "-o", fresh.toString()).exit());
        Map<String, byte[]> newer = files(fresh);
        int killedRunning = 0;
        for (long delay : new long[] {200, 700, 1200, 1800, 2600, 3600}) {
            Path dir = tmp.resolve("kill-" + delay);
            assertEquals(0, Forked.run(List.of(), MAIN, "report", TestFiles.exampleCase().toString(), "-o", dir.toString()).exit());
            Map<String, byte[]> older = files(dir);
            Process p = Forked.builder(List.of(), MAIN, "report", other.toString(), "-o", dir.toString()).start();
            Thread.sleep(delay);
            killedRunning += p.isAlive() ? 1 : 0;
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            p.waitFor(30, TimeUnit.SECONDS);
            for (Map.Entry<String, byte[]> f : files(dir).entrySet()) {
                boolean old = Arrays.equals(f.getValue(), older.get(f.getKey()));
                boolean complete = Arrays.equals(f.getValue(), newer.get(f.getKey()));
                assertTrue(old || complete, f.getKey() + " after a kill at " + delay + " ms is neither the old nor the new file");
            }
            try (var listing = Files.list(dir)) {
                // Only the three reports, and at worst a temporary file the next run removes.
                assertEquals(older.keySet(), listing.map(f -> f.getFileName().toString())
                        .filter(n -> !(n.startsWith(".factdiff-") && n.endsWith(".tmp")))
                        .collect(java.util.stream.Collectors.toSet()), "files after a kill at " + delay + " ms");
            }
        }
        assertTrue(killedRunning >= 3, "the kills must hit running processes, hit " + killedRunning);
    }

    @Test
    void theExampleRunsWithTheNetworkBlockedInTheJvm() throws Exception {
        List<String> jvm = List.of("-Djava.security.manager=allow");
        Forked.Result probe = Forked.run(jvm, NoNetworkMain.class.getName(), "probe");
        Assumptions.assumeTrue(probe.exit() != NoNetworkMain.UNSUPPORTED, "skipped: Java " + Runtime.version().feature()
                + " has no security manager (removed in JDK 24), so the JVM cannot block its own network; "
                + "theExampleRunsWithoutANetworkAtAll checks the same at the operating-system level");
        assertEquals(NoNetworkMain.BLOCKED, probe.exit(), "the block works: " + probe.output());
        Path out = tmp.resolve("offline");
        Forked.Result r = Forked.run(jvm, NoNetworkMain.class.getName(), "report", TestFiles.exampleCase().toString(),
                "-o", out.toString());
        assertEquals(0, r.exit(), r.output());
        assertSameAsOnline(out);
    }

    /** The same in a Linux network namespace of its own, which has no network device up, on any JDK. */
    @Test
    void theExampleRunsWithoutANetworkAtAll() throws Exception {
        List<String> wrapper = List.of("unshare", "--user", "--map-root-user", "--net");
        boolean available;
        try {
            Process p = new ProcessBuilder(List.of("unshare", "--user", "--map-root-user", "--net", "true"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            available = p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            available = false;
        }
        Assumptions.assumeTrue(available, "skipped: this system cannot make a network namespace (unshare -rn)");
        Path out = tmp.resolve("no-network");
        Forked.Result r = Forked.run(wrapper, List.of(), MAIN, "report", TestFiles.exampleCase().toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.output());
        assertSameAsOnline(out);
    }

    private void assertSameAsOnline(Path out) throws Exception {
        Path online = tmp.resolve("online");
        assertEquals(0, Forked.run(List.of(), MAIN, "report", TestFiles.exampleCase().toString(), "-o", online.toString()).exit());
        for (String name : List.of("findings.json", "report.html", "report.pdf")) {
            assertArrayEquals(Files.readAllBytes(online.resolve(name)), Files.readAllBytes(out.resolve(name)),
                    name + " is the same offline");
        }
    }

    @Test
    void largeCasesFitInOneGigabyteOfHeap() throws Exception {
        Path dir = tmp.resolve("large");
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("title: Large\nreport_date: 2024-01-02\narticles:\n");
        StringBuilder line = new StringBuilder();
        while (line.length() < 2_000_000) {
            line.append(HostileInputTest.A.replace(". ", ", and ")).append(' ');
        }
        Files.writeString(dir.resolve("long.txt"), line);
        yaml.append("  - {id: long, file: long.txt}\n");
        for (int i = 0; i < 60; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), (i % 2 == 0 ? HostileInputTest.A : HostileInputTest.B)
                    + " Article " + i + " also reports that " + (i + 2) + " houses on street " + i + " were damaged.");
            yaml.append("  - {id: a").append(i).append(", file: a").append(i).append(".txt}\n");
        }
        Files.writeString(dir.resolve("case.yaml"), yaml);
        Forked.Result r = Forked.run(List.of("-Xmx1g"), MAIN, "report", dir.resolve("case.yaml").toString(),
                "-o", tmp.resolve("large-out").toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(!r.output().contains("OutOfMemoryError"), r.output());
    }
}
