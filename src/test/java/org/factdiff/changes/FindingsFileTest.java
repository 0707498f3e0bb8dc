package org.factdiff.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[1, 2]|not a findings file (expected a JSON object with \"schema\": \"factdiff/findings/v1\")",
            "{\"a\": 1}|not a findings file (no \"schema\" field; expected \"factdiff/findings/v1\")",
            "{\"schema\": \"factdiff/findings/v2\"}|schema is \"factdiff/findings/v2\", expected \"factdiff/findings/v1\" (written by another version of factdiff?)",
            "{\"schema\": \"factdiff/findings/v1\", \"agreements\": {}}|\"agreements\" must be a list",
            "{\"schema\": \"factdiff/findings/v1\", \"agreements\": [{\"statement\": \"x\"}]}|agreements[0] has no \"id\" text",
            "{\"schema\": \"factdiff/findings/v1\", \"single_source\": [{\"id\": \"s-1\", \"article\": \"a\", \"start\": 5, \"end\": 2, \"text\": \"t\"}]}|single_source[0]: evidence span must satisfy 0 <= start <= end, was [5, 2) in a"})
    void aFileThatIsNotAFindingsFileIsRejectedInOneLine(String json, String what) throws Exception {
        Path file = TestFiles.write(dir.resolve("findings.json"), json);
        FindingsFileException e = assertThrows(FindingsFileException.class, () -> FindingsFile.read(file));
        assertEquals(file + ": " + what, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"schema\": |not valid JSON", "{\"schema\": 1, \"schema\": 2}|not valid JSON"})
    void brokenJsonIsRejected(String json, String what) throws Exception {
        Path file = TestFiles.write(dir.resolve("findings.json"), json);
        FindingsFileException e = assertThrows(FindingsFileException.class, () -> FindingsFile.read(file));
        assertEquals(file + ": " + what, e.getMessage().substring(0, (file + ": " + what).length()));
    }

    @ParameterizedTest
    @CsvSource({"missing.json"})
    void aMissingFileIsRejected(String name) {
        Path file = dir.resolve(name);
        FindingsFileException e = assertThrows(FindingsFileException.class, () -> FindingsFile.read(file));
        assertEquals(file + ": file not found", e.getMessage());
    }
}
