package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReplacesWithoutLeavingTemporaries() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        Files.writeString(dir.resolve(".factdiff-999-a.txt.tmp"), "stale from a killed run");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", "new".getBytes(StandardCharsets.UTF_8));
        files.put("b.txt", "bee".getBytes(StandardCharsets.UTF_8));
        List<Path> written = OutputFiles.write(dir, files);
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), written);
        assertEquals("new", Files.readString(dir.resolve("a.txt")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("a.txt", "b.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("b.txt")))
                .replace("rw-rw-r--", "rw-r--r--"), "not owner-only like a temp file");
    }

    @Test
    void aFailedWriteLeavesTheOldFiles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        Files.createDirectories(dir.resolve("b.txt")); // a directory in the way of the second file
        Files.writeString(dir.resolve("b.txt/keep"), "x");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("b.txt", "bee".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> OutputFiles.write(dir, files));
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("a.txt")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("a.txt", "b.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void removesOnlyTheStaleFilesItWasToldOfAfterWriting() throws IOException {
        Files.writeString(dir.resolve("report.pdf"), "old pdf");
        Files.writeString(dir.resolve("notes.txt"), "the user's");
        Files.createDirectories(dir.resolve("report.html")); // not a file of ours: left alone
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("findings.json", "{}".getBytes(StandardCharsets.UTF_8));
        OutputFiles.Written w = OutputFiles.write(dir, files, List.of("report.html", "report.pdf"));
        assertEquals(List.of(dir.resolve("findings.json")), w.written());
        assertEquals(List.of(dir.resolve("report.pdf")), w.removed());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("findings.json", "notes.txt", "report.html"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("the user's", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void aFailedWriteRemovesNothing() throws IOException {
        Files.writeString(dir.resolve("report.pdf"), "old pdf");
        Files.createDirectories(dir.resolve("findings.json")); // in the way of the new file
        Files.writeString(dir.resolve("findings.json/keep"), "x");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("findings.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> OutputFiles.write(dir, files, List.of("report.pdf")));
        assertEquals("old pdf", Files.readString(dir.resolve("report.pdf")));
    }

    /** A file written as it is made that fails halfway leaves the old files and no temporary. */
    @Test
    void aStreamedFileThatFailsHalfwayLeavesTheOldFiles() throws IOException {
        Files.writeString(dir.resolve("findings.json"), "old json");
        Files.writeString(dir.resolve("report.html"), "old html");
        Map<String, FileContent> files = new LinkedHashMap<>();
        files.put("report.html", FileContent.of("new html".getBytes(StandardCharsets.UTF_8)));
        files.put("findings.json", out -> {
            out.write("{\"schema\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeContents(dir, files, List.of()));
        assertEquals("disk full", e.getMessage());
        assertEquals("old json", Files.readString(dir.resolve("findings.json")));
        assertEquals("old html", Files.readString(dir.resolve("report.html")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("findings.json", "report.html"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A streamed file is written whole, in chunks larger than the stream's buffer too. */
    @Test
    void aStreamedFileIsWrittenWhole() throws IOException {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        Map<String, FileContent> files = new LinkedHashMap<>();
        files.put("findings.json", out -> {
            out.write(big, 0, 100_000);
            for (int i = 100_000; i < big.length; i++) {
                out.write(big[i]);
            }
        });
        OutputFiles.writeContents(dir, files, List.of());
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("findings.json")));
    }
}
