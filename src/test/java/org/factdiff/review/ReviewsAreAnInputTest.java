package org.factdiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 2: reviews.yaml is an input of its case, so {@code make reports} rebuilds the
 * case when the file is added or changed. Asked of the project's own Makefile with
 * {@code make -n} in a folder of empty stand-ins whose times say what is newer.
 */
class ReviewsAreAnInputTest {
    static final Instant TOOL = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant REPORT = Instant.parse("2026-01-02T00:00:00Z");
    static final Instant REVIEWED = Instant.parse("2026-01-03T00:00:00Z");

    @TempDir
    Path dir;

    static void touch(Path file, Instant when) throws Exception {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "");
        }
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    String dryRun() throws Exception {
        Process p = new ProcessBuilder("make", "-n", "reports").directory(dir.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "make -n ended");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aNewOrChangedReviewsFileRebuildsItsCase() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("make", "--version").start().waitFor() == 0, "make is not installed");
        Files.copy(TestFiles.project().resolve("Makefile"), dir.resolve("Makefile"));
        touch(dir.resolve("pom.xml"), TOOL);
        touch(dir.resolve("target/factdiff.jar"), TOOL);
        touch(dir.resolve("inputs/flood/case.yaml"), TOOL);
        for (String f : List.of("report.html", "report.pdf", "findings.json")) {
            touch(dir.resolve("reports/flood").resolve(f), REPORT);
        }
        assertTrue(dryRun().contains("Nothing to be done"), "up to date before any review");

        touch(dir.resolve("inputs/flood/reviews.yaml"), REVIEWED);
        String again = dryRun();
        assertEquals(1, again.lines().filter(l -> l.contains("report inputs/flood/case.yaml -o reports/flood")).count(), again);

        for (String f : List.of("report.html", "report.pdf", "findings.json")) {
            touch(dir.resolve("reports/flood").resolve(f), REVIEWED.plusSeconds(60));
        }
        assertTrue(dryRun().contains("Nothing to be done"), "rebuilt after the review, up to date again");
        touch(dir.resolve("inputs/flood/reviews.yaml"), REVIEWED.plusSeconds(120));
        assertTrue(dryRun().contains("report inputs/flood/case.yaml"), "an edited review rebuilds it again");
    }
}
