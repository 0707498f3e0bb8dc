package org.factdiff.text;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sentence vectors of earlier runs, one file per article text, so that a run re-encodes only
 * the articles that are new or changed. A file is named by the SHA-256 of the article's clean
 * text, the encoder and the tool version, and ends with the SHA-256 of its own bytes: an entry
 * that is damaged, cut short or written by another version is ignored and rebuilt, never
 * trusted. A vector is the encoder's output for one sentence alone, so a cached vector is the
 * very vector a fresh run computes, and the report is the same bytes with or without the cache.
 */
public final class VectorCache {
    /** No cache: everything is encoded on every run. */
    public static final VectorCache NONE = new VectorCache(null, "");

    private static final int MAGIC = 0x46445643; // "FDVC"
    private static final int FORMAT = 1;

    private final Path dir;
    private final String version;

    private VectorCache(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /** A cache in {@code dir} (created when first written) for this tool version. */
    public static VectorCache in(Path dir, String toolVersion) {
        return new VectorCache(dir, toolVersion);
    }

    /** The folder, or empty for {@link #NONE}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /** The vectors stored for this article text and encoder, by encoder text; empty when none can be trusted. */
    Map<String, float[]> load(String articleText, String encoder) {
        if (dir == null) {
            return Map.of();
        }
        Path file = file(articleText, encoder);
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 32) {
                return Map.of();
            }
            byte[] body = java.util.Arrays.copyOf(bytes, bytes.length - 32);
            byte[] sum = java.util.Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
            if (!MessageDigest.isEqual(sha256(body), sum)) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(version)
                    || !in.readUTF().equals(encoder)) {
                return Map.of();
            }
            int n = in.readInt();
            Map<String, float[]> out = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                float[] v = new float[in.readInt()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                out.put(new String(text, StandardCharsets.UTF_8), v);
            }
            return in.available() == 0 ? out : Map.of();
        } catch (IOException | RuntimeException e) {
            // A damaged entry is no entry: the article is encoded again and the file rewritten.
            return Map.of();
        }
    }

    /**
     * Stores an article's vectors, atomically (a reader sees the old file or the new one). A
     * cache that cannot be written costs speed only: the run goes on.
     */
    void store(String articleText, String encoder, Map<String, float[]> vectors) {
        if (dir == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(version);
            out.writeUTF(encoder);
            Map<String, float[]> sorted = new TreeMap<>(vectors);
            out.writeInt(sorted.size());
            for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
            out.flush();
            byte[] body = bytes.toByteArray();
            Files.createDirectories(dir);
            Path file = file(articleText, encoder);
            Path tmp = Files.createTempFile(dir, ".vectors-", ".tmp");
            try {
                Files.write(tmp, body);
                Files.write(tmp, sha256(body), java.nio.file.StandardOpenOption.APPEND);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // Speed only: the next run encodes this article again.
        }
    }

    private Path file(String articleText, String encoder) {
        String key = HexFormat.of().formatHex(sha256((version + "\n" + encoder + "\n" + articleText)
                .getBytes(StandardCharsets.UTF_8)));
        return dir.resolve(key + ".vectors");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
