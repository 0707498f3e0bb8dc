package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdiff.TestFiles;
import org.factdiff.report.RecordedInputs.Change;
import org.factdiff.report.RecordedInputs.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedInputsTest {
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);

    @TempDir
    Path dir;

    static Map<String, String> inputs(String... fileThenSha) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < fileThenSha.length; i += 2) {
            m.put(fileThenSha[i], fileThenSha[i + 1]);
        }
        return m;
    }

    @Test
    void readsTheCommittedExampleReport() {
        RecordedInputs r = RecordedInputs.read(TestFiles.project().resolve("reports/at-tanf-2017"));
        assertEquals(Optional.of(org.factdiff.base.Version.VERSION), r.tool());
        assertEquals(Optional.of("2017-05-20"), r.reportDate());
        assertEquals(Optional.of("make report CASE=at-tanf-2017"), r.command());
        assertEquals(7, r.inputs().size(), "case.yaml, reviews.yaml and five articles: " + r.inputs());
        assertTrue(r.inputs().containsKey(RecordedInputs.REVIEWS_FILE), r.inputs().toString());
        assertTrue(r.inputs().containsKey("case.yaml") && r.inputs().containsKey("articles/000_77401f7242d69e10.txt"),
                r.inputs().toString());
    }

    @Test
    void namesWhatChangedWasAddedOrRemovedCaseFileFirst() throws IOException {
        RecordedInputs then = RecordedInputs.read(TestFiles.reportFolder(dir.resolve("then"), "0.1.0",
                inputs("case.yaml", A, "articles/a.txt", A, "articles/b.txt", B, "house/report.css", A)));
        RecordedInputs now = RecordedInputs.read(TestFiles.reportFolder(dir.resolve("now"), "0.1.0",
                inputs("case.yaml", B, "articles/a.txt", A, "articles/c.txt", C, "house/report.css", B)));
        assertEquals(List.of(new Change("case.yaml", Kind.CHANGED), new Change("articles/b.txt", Kind.REMOVED),
                new Change("articles/c.txt", Kind.ADDED), new Change("house/report.css", Kind.CHANGED)),
                then.changesTo(now));
        assertEquals(List.of(), then.changesTo(then));
    }

    @Test
    void findingsAloneStillRecordTheArticlesAndAnUnreadableFolderNothing() throws IOException {
        Path only = TestFiles.reportFolder(dir.resolve("only"), "0.1.0", inputs("case.yaml", A, "articles/a.txt", A));
        Files.delete(only.resolve("report.html"));
        RecordedInputs r = RecordedInputs.read(only);
        assertEquals(Map.of("articles/a.txt", A), r.inputs());

        Path broken = dir.resolve("broken");
        TestFiles.write(broken.resolve("findings.json"), "{not json");
        TestFiles.write(broken.resolve("report.html"), "<p>a template without the table</p>");
        assertTrue(RecordedInputs.read(broken).isEmpty());
        assertTrue(RecordedInputs.read(dir.resolve("absent")).isEmpty());
    }
}
