package org.factdiff.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes report files so that they only ever appear complete: each goes to a temporary file
 * in the target folder, is flushed to disk, and is then renamed over the old one. A run that
 * fails or is killed leaves the previous files as they were (at worst a stray temporary file,
 * named {@code .factdiff-*.tmp}, which the next run removes).
 */
public final class OutputFiles {
    /**
     * What one run did to the output folder.
     *
     * @param written the files written, in the order given
     * @param removed the files of an earlier run removed because this run did not write them
     */
    public record Written(List<Path> written, List<Path> removed) {
        public Written {
            written = List.copyOf(Objects.requireNonNull(written, "written"));
            removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        }
    }

    static final String TEMP_PREFIX = ".factdiff-";
    static final String TEMP_SUFFIX = ".tmp";

    private OutputFiles() {
    }

    /** Writes every file of {@code files} (name to content) into {@code dir}; returns their paths. */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        return write(dir, files, List.of()).written();
    }

    /**
     * Writes {@code files} as {@link #write(Path, Map)} does, then removes each of {@code stale}
     * (names of files the tool writes on other runs, such as report.pdf when only findings.json
     * was asked for) that is in {@code dir}: left there, it would no longer match the files
     * beside it. Removal comes only after every new file is in place, so a failed run changes
     * nothing; a folder of that name is not the tool's and is left alone.
     */
    public static Written write(Path dir, Map<String, byte[]> files, Collection<String> stale) throws IOException {
        Map<String, FileContent> contents = new java.util.LinkedHashMap<>();
        files.forEach((name, bytes) -> contents.put(name, FileContent.of(bytes)));
        return writeContents(dir, contents, stale);
    }

    /** As {@link #write(Path, Map, Collection)}, for contents written as they are made. */
    public static Written writeContents(Path dir, Map<String, FileContent> files, Collection<String> stale)
            throws IOException {
        for (String name : stale) {
            if (files.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is both written and stale");
            }
        }
        List<Path> written = writeAll(dir, files);
        List<Path> removed = new ArrayList<>();
        for (String name : stale) {
            Path p = dir.resolve(name);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
                removed.add(p);
            }
        }
        return new Written(written, removed);
    }

    private static List<Path> writeAll(Path dir, Map<String, FileContent> files) throws IOException {
        Files.createDirectories(dir);
        removeStaleTemporaries(dir);
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<String, FileContent> f : files.entrySet()) {
                // Not createTempFile: its owner-only permissions would stick to the report.
                Path temp = dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + f.getKey() + TEMP_SUFFIX);
                temps.add(temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                    // Not closed here: closing the stream would close the channel before force.
                    java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                            1 << 16);
                    f.getValue().writeTo(out);
                    out.flush();
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
