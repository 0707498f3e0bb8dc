package org.factdiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where tests find the project and ../shared, and small helpers to write case folders. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The project folder (Maven's basedir). */
    public static Path project() {
        return Path.of(System.getProperty("factdiff.basedir", ".")).toAbsolutePath().normalize();
    }

    /** The example case file. */
    public static Path exampleCase() {
        return project().resolve("inputs/at-tanf-2017/case.yaml");
    }

    /** ../shared beside the project, when present (CI has it; a user's clone may not). */
    public static Optional<Path> shared() {
        Path p = Path.of(System.getProperty("factdiff.shared", project().resolve("../shared").toString()))
                .toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** A test resource folder or file. */
    public static Path resource(String relative) {
        return project().resolve("src/test/resources").resolve(relative);
    }

    public static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
