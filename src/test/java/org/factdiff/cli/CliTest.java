package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.factdiff.base.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = FactdiffCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertOneLineError(Run r) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void version() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertEquals("factdiff " + Version.VERSION, r.out().strip());
    }

    @Test
    void help() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("report") && r.out().contains("check"), r.out());
        Run sub = run("report", "--help");
        assertTrue(sub.out().contains("--templates") && sub.out().contains("--format") && sub.out().contains("-o"), sub.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertOneLineError(run());
        assertOneLineError(run("report"));
        assertOneLineError(run("report", "x.yaml", "--format", "xml"));
        assertOneLineError(run("frobnicate"));
    }

    @Test
    void reportWritesTheRequestedFiles() throws Exception {
        Path out = dir.resolve("out");
        Run r = run("report", TestFiles.exampleCase().toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("findings.json", "report.html", "report.pdf"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path json = dir.resolve("json");
        assertEquals(0, run("report", TestFiles.exampleCase().toString(), "-o", json.toString(), "--format", "json").exit());
        try (Stream<Path> s = Files.list(json)) {
            assertEquals(List.of("findings.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void filesOfFormatsNotAskedForAreRemovedAfterTheNewOnesAreWritten() throws Exception {
        Path out = dir.resolve("stale");
        TestFiles.write(out.resolve("report.html"), "<p>an earlier run</p>\n");
        TestFiles.write(out.resolve("report.pdf"), "%PDF an earlier run\n");
        TestFiles.write(out.resolve("notes.txt"), "the user's own file\n");
        Path bad = TestFiles.write(dir.resolve("bad/case.yaml"), "title: x\narticles: []\n");
        assertOneLineError(run("report", bad.toString(), "-o", out.toString(), "--format", "json"));
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("report.pdf")),
                "a failed run removes nothing");

        Run r = run("report", TestFiles.exampleCase().toString(), "-o", out.toString(), "--format", "json",
                "--no-meaning");
        assertEquals(0, r.exit(), r.err());
        assertEquals("factdiff: removed stale report.html, report.pdf (not written with --format json)",
                r.err().strip());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("findings.json", "notes.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("the user's own file\n", Files.readString(out.resolve("notes.txt")));

        Run again = run("report", TestFiles.exampleCase().toString(), "-o", out.toString(), "--format", "json",
                "--no-meaning");
        assertEquals("factdiff: the findings are the same as in the report this run replaced", again.err().strip(),
                "nothing stale the second time");
    }

    @Test
    void theRebuildSectionGivesTheCommandAsTypedAndTheTemplatesHashes() throws Exception {
        Path templates = dir.resolve("house");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.css"), "body { color: #111; }\n");
        Path out = dir.resolve("rebuild");
        String casePath = TestFiles.exampleCase().toString();
        assertEquals(0, run("report", casePath, "-o", out.toString(), "--paper", "letter", "--templates",
                templates.toString(), "--format", "html", "--full-text", "--no-cache").exit());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(out.resolve("report.html")));
        String section = doc.select("#reproducibility").text();
        assertTrue(section.contains("java -jar target/factdiff.jar report " + casePath + " --templates " + templates
                + " --format html --paper letter --full-text"), section);
        assertFalse(section.contains("cache"), "the cache changes nothing in the files: " + section);
        assertFalse(section.contains("make report"), "make report builds with the defaults, not these options");
        String sha = org.factdiff.base.Sha256.hex(Files.readAllBytes(templates.resolve("report.css")));
        assertTrue(section.contains(templates + "/report.css") && section.contains(sha), section);
    }

    @Test
    void theReportIsTheSameWithOneAndTwoEncoderThreads() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, run("report", TestFiles.exampleCase().toString(), "-o", one.toString(), "--encoder-threads", "1").exit());
        assertEquals(0, run("report", TestFiles.exampleCase().toString(), "-o", two.toString(), "--encoder-threads", "2").exit());
        for (String f : List.of("report.html", "report.pdf", "findings.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void withoutMeaningTheToolComparesByWords() throws Exception {
        Path words = dir.resolve("words");
        assertEquals(0, run("report", TestFiles.exampleCase().toString(), "-o", words.toString(), "--format", "json",
                "--no-meaning").exit());
        assertTrue(Files.readString(words.resolve("findings.json")).contains("\"agreements\""));
        assertOneLineError(run("report", TestFiles.exampleCase().toString(), "-o", words.toString(), "--encoder-threads", "0"));
    }

    @Test
    void badInputLeavesExistingReportUntouched() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, run("report", TestFiles.exampleCase().toString(), "-o", out.toString()).exit());
        java.util.Map<String, byte[]> before = new java.util.TreeMap<>();
        for (String name : java.util.List.of("findings.json", "report.html", "report.pdf")) {
            before.put(name, Files.readAllBytes(out.resolve(name)));
        }
        Path bad = TestFiles.write(dir.resolve("case/case.yaml"), "title: x\narticles:\n  - {id: a, file: missing.txt}\n");
        Run r = run("report", bad.toString(), "-o", out.toString());
        assertOneLineError(r);
        assertTrue(r.err().startsWith("factdiff: error: " + bad + ":3:19: article file 'missing.txt' not found"), r.err());
        for (var f : before.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(out.resolve(f.getKey())), f.getKey());
        }

        TestFiles.write(dir.resolve("tpl/report.ftlh"), "${report.nosuch}\n");
        Run t = run("report", TestFiles.exampleCase().toString(), "-o", out.toString(), "--templates", dir.resolve("tpl").toString());
        assertOneLineError(t);
        assertTrue(t.err().contains("report.ftlh:1:"), t.err());
        for (var f : before.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(out.resolve(f.getKey())), f.getKey());
        }
        // The HTML alone is written as it is made: its template error comes while the file is
        // written, and is still one line with nothing changed.
        Run h = run("report", TestFiles.exampleCase().toString(), "-o", out.toString(), "--templates",
                dir.resolve("tpl").toString(), "--format", "html");
        assertOneLineError(h);
        assertTrue(h.err().contains("report.ftlh:1:"), h.err());
        for (var f : before.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(out.resolve(f.getKey())), f.getKey());
        }
        try (var listing = Files.list(out)) {
            assertEquals(3, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void staleNamesTheInputsThatChangedByTheirPath() throws Exception {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        Path then = TestFiles.reportFolder(dir.resolve("then"), "0.1.0",
                java.util.Map.of("case.yaml", a, "articles/bbc.html", a, "articles/rt.txt", a));
        Path now = TestFiles.reportFolder(dir.resolve("now"), "0.1.0",
                java.util.Map.of("case.yaml", a, "articles/bbc.html", b, "articles/rt.txt", b));
        Run r = run("stale", then.toString(), now.toString(), "--case", "inputs/x/case.yaml");
        assertEquals(0, r.exit(), r.err());
        assertEquals("inputs/x/articles/bbc.html and inputs/x/articles/rt.txt changed since the report was built",
                r.out().strip());

        Path newer = TestFiles.reportFolder(dir.resolve("newer"), "0.2.0",
                java.util.Map.of("case.yaml", b, "articles/bbc.html", a, "articles/rt.txt", a));
        assertEquals("inputs/x/case.yaml changed; the tool changed from factdiff 0.1.0 to 0.2.0 since the report was built",
                run("stale", then.toString(), newer.toString(), "--case", "inputs/x/case.yaml").out().strip());

        Path same = TestFiles.reportFolder(dir.resolve("same"), "0.1.0",
                java.util.Map.of("case.yaml", a, "articles/bbc.html", a, "articles/rt.txt", a));
        assertEquals("no recorded input changed and the tool is still factdiff 0.1.0, so the tool's code or its "
                + "built-in templates changed since the report was built",
                run("stale", then.toString(), same.toString()).out().strip());

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("report.html"), Files.readString(same.resolve("report.html"))
                .replace("make report CASE=x", "java -jar target/factdiff.jar report inputs/x/case.yaml --paper letter"));
        Files.copy(same.resolve("findings.json"), other.resolve("findings.json"));
        assertEquals("no recorded input changed, but the report was built by 'make report CASE=x' and the fresh build by "
                + "'java -jar target/factdiff.jar report inputs/x/case.yaml --paper letter'",
                run("stale", then.toString(), other.toString()).out().strip());

        Path dated = dir.resolve("dated");
        Files.createDirectories(dated);
        Files.copy(same.resolve("report.html"), dated.resolve("report.html"));
        Files.writeString(dated.resolve("findings.json"), Files.readString(same.resolve("findings.json"))
                .replace("2017-05-20", "2024-01-01"));
        assertEquals("no recorded input changed, but the report date is 2024-01-01, not 2017-05-20 "
                + "(SOURCE_DATE_EPOCH differs from the build's)", run("stale", then.toString(), dated.toString()).out().strip());

        Files.createDirectories(dir.resolve("empty"));
        Run unknown = run("stale", dir.resolve("empty").toString(), now.toString());
        assertEquals(0, unknown.exit());
        assertEquals("", unknown.out(), "nothing recorded, nothing said");
        assertOneLineError(run("stale", dir.resolve("absent").toString(), now.toString()));
        assertFalse(run("--help").out().contains("stale"), "a command for make, not for users");
    }

    @Test
    void checkValidatesWithoutWriting() throws Exception {
        Run r = run("check", TestFiles.exampleCase().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": ok, 5 articles"), r.out());
        Path bad = TestFiles.write(dir.resolve("case.yaml"), "title: x\narticles: []\n");
        assertOneLineError(run("check", bad.toString()));
    }

    @Test
    void checkListsEveryMistakeOfTheCaseFileOneALine() throws Exception {
        TestFiles.write(dir.resolve("hill/articles/a.txt"), "Smoke rose over the hill on Sunday.");
        Path bad = TestFiles.write(dir.resolve("hill/case.yaml"), """
                title: Fire on the hill
                incident_date: 2022-06-31
                articles:
                  - id: hill-gazette
                    file: articles/a.txt
                    auther: Sam Ortiz
                  - id: hill-gazette
                    file: articles/b.txt
                """);
        Run r = run("check", bad.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        List<String> lines = r.err().strip().lines().toList();
        String at = "factdiff: error: " + bad + ":";
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(at + "2:16: incident_date: '2022-06-31' is not a valid date"), lines.get(0));
        assertEquals(at + "6:5: unknown key 'auther' in an article (did you mean 'author'?)", lines.get(1));
        assertEquals(at + "7:5: duplicate article id 'hill-gazette' (first used at line 4)", lines.get(2));
        assertEquals(at + "8:11: article file 'articles/b.txt' not found in the case folder", lines.get(3));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());

        Path quote = TestFiles.write(dir.resolve("hill/case.yaml"),
                "title: 'Fire on the hill\narticles:\n  - {id: a, file: articles/a.txt}\n");
        Run q = run("check", quote.toString());
        assertOneLineError(q);
        assertEquals("factdiff: error: " + quote + ":1:8: malformed YAML: unclosed quotation mark: "
                + "the ' that opens here is never closed", q.err().strip());
    }

    @Test
    void defaultOutputIsNamedAfterTheCaseFolder() {
        assertEquals(Path.of("reports", "at-tanf-2017"), ReportCommand.defaultOutput(Path.of("inputs/at-tanf-2017/case.yaml")));
    }

    @Test
    void theReportIsTheSameBytesWithAndWithoutTheVectorCache() throws Exception {
        String example = org.factdiff.TestFiles.exampleCase().toString();
        Path cache = dir.resolve("cache");
        Run none = run("report", example, "-o", dir.resolve("none").toString(), "--format", "json,html", "--no-cache");
        Run fill = run("report", example, "-o", dir.resolve("fill").toString(), "--format", "json,html",
                "--cache-dir", cache.toString());
        Run use = run("report", example, "-o", dir.resolve("use").toString(), "--format", "json,html",
                "--cache-dir", cache.toString());
        assertEquals(0, none.exit(), none.err());
        assertEquals(0, fill.exit(), fill.err());
        assertEquals(0, use.exit(), use.err());
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(cache)) {
            assertEquals(5, files.filter(p -> p.toString().endsWith(".vectors")).count(), "one entry per article");
        }
        for (String f : List.of("findings.json", "report.html")) {
            byte[] expected = java.nio.file.Files.readAllBytes(dir.resolve("none").resolve(f));
            assertArrayEquals(expected, java.nio.file.Files.readAllBytes(dir.resolve("fill").resolve(f)), f);
            assertArrayEquals(expected, java.nio.file.Files.readAllBytes(dir.resolve("use").resolve(f)), f);
        }
    }
}
