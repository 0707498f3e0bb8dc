package org.factdiff.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store behind every cache: a value comes back only from an intact entry of the same key and build. */
class CacheTest {
    @TempDir
    Path dir;

    private static final Cache.Key KEY = Cache.Key.of("notes").and("a").and(List.of("b", "c"));
    private static final String VALUE = "The harbour gate was closed at dawn. \u00c9tienne said so.";

    private Optional<String> load(Cache cache, Cache.Key key) {
        return cache.load(key, Cache::readText);
    }

    private void store(Cache cache, Cache.Key key, String value) {
        cache.store(key, value, (v, out) -> Cache.writeText(out, v));
    }

    private Path entry() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "one entry, no temporary file left: " + all);
            assertTrue(all.get(0).toString().endsWith(".notes"), all.get(0).toString());
            return all.get(0);
        }
    }

    @Test
    void aStoredValueComesBack() {
        Cache cache = Cache.in(dir, "build-1");
        assertEquals(Optional.empty(), load(cache, KEY));
        store(cache, KEY, VALUE);
        assertEquals(Optional.of(VALUE), load(cache, KEY));
        assertEquals(new Cache.Counts(1, 1, 0), cache.counts("notes"));
    }

    @Test
    void anotherKeyOrBuildMisses() {
        store(Cache.in(dir, "build-1"), KEY, VALUE);
        assertEquals(Optional.empty(), load(Cache.in(dir, "build-2"), KEY));
        assertEquals(Optional.empty(), load(Cache.in(dir, "build-1"), KEY.and("d")));
        // Parts are length-prefixed: ["ab"] is not ["a", "b"], nor a list of one the list's items.
        store(Cache.in(dir, "build-1"), Cache.Key.of("notes").and("ab"), VALUE);
        assertEquals(Optional.empty(), load(Cache.in(dir, "build-1"), Cache.Key.of("notes").and("a").and("b")));
    }

    @Test
    void everyFlippedByteAndEveryCutIsIgnored() throws IOException {
        Cache cache = Cache.in(dir, "build-1");
        store(cache, KEY, VALUE);
        Path entry = entry();
        byte[] good = Files.readAllBytes(entry);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(entry, bad);
            assertEquals(Optional.empty(), load(cache, KEY), "byte " + i + " flipped");
        }
        for (int n = 0; n < good.length; n++) {
            Files.write(entry, java.util.Arrays.copyOf(good, n));
            assertEquals(Optional.empty(), load(cache, KEY), "cut to " + n + " bytes");
        }
        assertEquals(2 * good.length, cache.counts("notes").damaged());
        Files.write(entry, good);
        assertEquals(Optional.of(VALUE), load(cache, KEY), "the intact entry still reads");
    }

    @Test
    void anEntryOfAnotherKeyCopiedInPlaceIsIgnored() throws IOException {
        Cache cache = Cache.in(dir, "build-1");
        store(cache, KEY, VALUE);
        Path entry = entry();
        byte[] good = Files.readAllBytes(entry);
        Files.delete(entry);
        Cache.Key other = Cache.Key.of("notes").and("other");
        store(cache, other, "something else");
        Path otherEntry = entry();
        // A file renamed to another key's name is intact but not that key's: its header says so.
        Files.move(otherEntry, entry);
        assertEquals(Optional.empty(), load(cache, KEY));
        Files.write(entry, good);
        assertEquals(Optional.of(VALUE), load(cache, KEY));
    }

    @Test
    void aValueThatReadsShortOrLongIsIgnored() {
        Cache cache = Cache.in(dir, "build-1");
        store(cache, KEY, VALUE);
        assertEquals(Optional.empty(), cache.load(KEY, in -> in.readInt()), "bytes left over");
        assertEquals(Optional.empty(), cache.load(KEY, in -> {
            Cache.readText(in);
            return in.readLong();
        }), "reads past the end");
    }

    @Test
    void aFailedWriteStoresNothingAndTheRunGoesOn() throws IOException {
        Cache cache = Cache.in(dir, "build-1");
        cache.store(KEY, VALUE, (v, out) -> {
            throw new IOException("disk full");
        });
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no entry and no temporary file");
        }
        assertEquals(Optional.empty(), load(cache, KEY));
    }

    @Test
    void noneKeepsNothing() {
        store(Cache.NONE, KEY, VALUE);
        assertEquals(Optional.empty(), load(Cache.NONE, KEY));
        assertEquals(Optional.empty(), Cache.NONE.folder());
    }

    @Test
    void theBuildNamesTheCode() {
        String build = Version.build().orElseThrow();
        assertTrue(build.matches(java.util.regex.Pattern.quote(Version.VERSION) + "\\+[0-9a-f]{16}"), build);
        assertEquals(build, Version.build().orElseThrow());
    }
}
