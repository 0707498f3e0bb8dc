package org.factdiff.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** The tool's name and version, as built by Maven (recorded in every report). */
public final class Version {
    public static final String NAME = "factdiff";
    public static final String VERSION = load();

    private static Optional<String> build;

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This very build: the version and the SHA-256 of the code (the jar, or the classes folder
     * when run from one), e.g. {@code 0.1.0+3f2a...}. The version number stays the same while
     * the code changes between releases; a cache keyed by it alone would hand a changed
     * extractor the claims of the old one. The build is reproducible, so the same sources give
     * the same digest and a rebuild keeps its cache. Empty when the code cannot be read: then
     * no build can be told from another, and nothing should be cached.
     */
    public static synchronized Optional<String> build() {
        if (build == null) {
            build = codeDigest().map(d -> VERSION + "+" + d);
        }
        return build;
    }

    private static Optional<String> codeDigest() {
        try {
            CodeSource source = Version.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code)) {
                return Optional.of(Sha256.hex(Files.readAllBytes(code)).substring(0, 16));
            }
            if (code != null && Files.isDirectory(code)) {
                return Optional.of(Sha256.hex(folderBytes(code)).substring(0, 16));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Fall through: the code cannot be read.
        }
        return Optional.empty();
    }

    /** Every file's path relative to the folder and its bytes, in path order. */
    private static byte[] folderBytes(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(java.util.Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            out.write(folder.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            out.write(0);
            byte[] b = Files.readAllBytes(f);
            out.write(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            out.write(0);
            out.write(b);
        }
        return out.toByteArray();
    }
}
