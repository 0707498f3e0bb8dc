package org.factdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under src/test/resources/golden and compared byte for
 * byte. Run {@code make golden} (which sets {@code -Dgolden.update=true}) to rewrite them,
 * then review the diff; update mode is never on in CI.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Compares {@code actual} with the golden file {@code name}, or rewrites it in update mode. */
    public static void check(String name, String actual) throws IOException {
        Path file = TestFiles.resource("golden").resolve(name);
        if (updating()) {
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            TestFiles.write(file, actual);
            System.out.println("golden: " + name + (actual.equals(before) ? " unchanged" : " UPDATED"));
            return;
        }
        assertTrue(Files.exists(file), "golden file " + file + " missing; run `make golden` and review it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "output differs from golden file " + name
                + "; if the change is intended, run `make golden` and review the diff");
    }
}
