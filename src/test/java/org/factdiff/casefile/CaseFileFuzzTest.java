package org.factdiff.casefile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the case-file loader: any bytes either load as a case or fail with a
 * {@link CaseFileException}; nothing else may escape (no other exception, no hang, no
 * out-of-memory in 1 GB). Saved inputs in CaseFileFuzzTestInputs/ replay in every test run;
 * a crash Jazzer finds is saved there and becomes a regression test.
 */
class CaseFileFuzzTest {
    static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("factdiff-fuzz-case-");
        Files.writeString(folder.resolve("a.txt"), "Some article text.", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/b.md"), "# More text", StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "15s")
    void loadsOrRefuses(byte[] yaml) {
        try {
            Case c = CaseFile.parse(yaml, "case.yaml", folder);
            if (c.articles().isEmpty()) {
                throw new IllegalStateException("a case without articles was accepted");
            }
        } catch (CaseFileException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("message of more than one line: " + expected.getMessage());
            }
        }
    }
}
