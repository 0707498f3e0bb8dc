package org.factdiff.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.ByteBuffer;

/**
 * Writes report files so that they only ever appear complete: each goes to a temporary file
 * in the target folder, is flushed to disk, and is then renamed over the old one. A run that
 * fails or is killed leaves the previous files as they were (at worst a stray temporary file,
 * named {@code .factdiff-*.tmp}, which the next run removes).
 */
public final class OutputFiles {
    static final String TEMP_PREFIX = ".factdiff-";
    static final String TEMP_SUFFIX = ".tmp";

    private OutputFiles() {
    }

    /** Writes every file of {@code files} (name to content) into {@code dir}; returns their paths. */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        removeStaleTemporaries(dir);
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                // Not createTempFile: its owner-only permissions would stick to the report.
                Path temp = dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + f.getKey() + TEMP_SUFFIX);
                temps.add(temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                    ByteBuffer buf = ByteBuffer.wrap(f.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
            }
            List<Path> written = new ArrayList<>();
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                move(temps.get(i++), target);
                written.add(target);
            }
            return written;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeStaleTemporaries(Path dir) throws IOException {
        try (var entries = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        }
    }
}
