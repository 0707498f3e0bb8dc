package org.factdiff.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What earlier runs derived from each article (its clean text, claims, sentence vectors),
 * kept in a folder the user may delete at any time, so that a run recomputes only what is new
 * or changed. One file per entry, named by the SHA-256 of its {@link Key}; the key holds
 * everything the value depends on, the tool's build among it. A file starts with a header that
 * repeats the key's digest and ends with the SHA-256 of all bytes before it: an entry that is
 * damaged, cut short, of another format or of another key is ignored and rebuilt, never
 * trusted. Writes are atomic (a temporary file moved in place), and a cache that cannot be
 * written costs speed only.
 */
public final class Cache {
    /** No cache: everything is computed on every run, nothing is kept. */
    public static final Cache NONE = new Cache(null, "");

    private static final int MAGIC = 0x46444345; // "FDCE"
    private static final int FORMAT = 1;
    private static final int DIGEST_BYTES = 32;
    /** Longest text an entry holds, in UTF-8 bytes: four times the longest clean text an article may have. */
    private static final int MAX_TEXT_BYTES = 64 << 20;
    private static final Pattern KIND = Pattern.compile("[a-z]+");

    private final Path dir;
    private final String build;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private Cache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * A cache in {@code dir} (created when first written) for one build of the tool: entries
     * written by any other build are never read.
     */
    public static Cache in(Path dir, String build) {
        return new Cache(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(build, "build"));
    }

    /** The folder, or empty for {@link #NONE}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /**
     * What an entry's value depends on besides the build: its kind (also the file's extension,
     * {@code [a-z]+}) and the inputs of the computation, in a fixed order.
     */
    public record Key(String kind, List<String> parts) {
        public Key {
            Objects.requireNonNull(kind, "kind");
            if (!KIND.matcher(kind).matches()) {
                throw new IllegalArgumentException("cache kind must match " + KIND + ": '" + kind + "'");
            }
            parts = List.copyOf(parts);
        }

        /** A key of this kind with no parts yet. */
        public static Key of(String kind) {
            return new Key(kind, List.of());
        }

        /** This key and one more input. */
        public Key and(String part) {
            List<String> more = new ArrayList<>(parts);
            more.add(Objects.requireNonNull(part, "part"));
            return new Key(kind, more);
        }

        /** This key and a list of inputs, its size first so that no two lists read alike. */
        public Key and(List<String> list) {
            Key k = and(Integer.toString(list.size()));
            for (String s : list) {
                k = k.and(s);
            }
            return k;
        }

        /** SHA-256 over the build, the kind and each part, each with its length first: unambiguous. */
        byte[] digest(String build) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            try {
                writeText(out, build);
                writeText(out, kind);
                out.writeInt(parts.size());
                for (String p : parts) {
                    writeText(out, p);
                }
            } catch (IOException e) {
                throw new IllegalStateException("writing to memory cannot fail", e);
            }
            return Sha256.digest(bytes.toByteArray());
        }
    }

    /** Writes a value's bytes. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutput out) throws IOException;
    }

    /** Reads a value back; may throw on bytes that make no such value (the entry is then ignored). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    /** How often entries of one kind were used, missing (then computed) or found damaged (then computed too). */
    public record Counts(int hits, int misses, int damaged) {
    }

    /** The value stored under {@code key}, when there is one that can be trusted. */
    public <T> Optional<T> load(Key key, Reader<T> reader) {
        if (dir == null) {
            return Optional.empty();
        }
        byte[] digest = key.digest(build);
        Path file = file(key, digest);
        if (!Files.isRegularFile(file)) {
            count(key.kind(), "miss");
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < DIGEST_BYTES) {
                return damaged(key);
            }
            byte[] body = Arrays.copyOf(bytes, bytes.length - DIGEST_BYTES);
            byte[] sum = Arrays.copyOfRange(bytes, bytes.length - DIGEST_BYTES, bytes.length);
            if (!MessageDigest.isEqual(Sha256.digest(body), sum)) {
                return damaged(key);
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            byte[] stored = new byte[DIGEST_BYTES];
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return damaged(key);
            }
            in.readFully(stored);
            if (!MessageDigest.isEqual(stored, digest)) {
                return damaged(key);
            }
            T value = reader.read(in);
            if (in.available() != 0) {
                return damaged(key);
            }
            count(key.kind(), "hit");
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            // A damaged entry is no entry: the value is computed again and the file rewritten.
            return damaged(key);
        }
    }

    /** Stores a value under {@code key}, atomically: a reader sees the old file or the new one. */
    public <T> void store(Key key, T value, Writer<T> writer) {
        if (dir == null) {
            return;
        }
        byte[] digest = key.digest(build);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.write(digest);
            writer.write(value, out);
            out.flush();
            byte[] body = bytes.toByteArray();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + key.kind() + "-", ".tmp");
            try {
                Files.write(tmp, body);
                Files.write(tmp, Sha256.digest(body), java.nio.file.StandardOpenOption.APPEND);
                try {
                    Files.move(tmp, file(key, digest), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(key, digest), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // Speed only: the next run computes this value again.
        }
    }

    /** The counts of this cache's use so far, for one kind of entry. */
    public Counts counts(String kind) {
        return new Counts(get(kind, "hit"), get(kind, "miss") + get(kind, "damaged"), get(kind, "damaged"));
    }

    private <T> Optional<T> damaged(Key key) {
        count(key.kind(), "damaged");
        return Optional.empty();
    }

    private void count(String kind, String what) {
        counts.computeIfAbsent(kind + " " + what, k -> new AtomicInteger()).incrementAndGet();
    }

    private int get(String kind, String what) {
        AtomicInteger n = counts.get(kind + " " + what);
        return n == null ? 0 : n.get();
    }

    private Path file(Key key, byte[] digest) {
        return dir.resolve(HexFormat.of().formatHex(digest) + "." + key.kind());
    }

    /** A string of any length (DataOutput's own UTF form stops at 64 KiB): its UTF-8 length, then its bytes. */
    public static void writeText(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string written by {@link #writeText}. */
    public static String readText(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_TEXT_BYTES) {
            throw new IOException("text length " + n + " out of bounds");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
