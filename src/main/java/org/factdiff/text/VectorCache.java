package org.factdiff.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factdiff.base.Cache;

/**
 * Sentence vectors of earlier runs, one {@link Cache} entry per article text and encoder, so
 * that a run re-encodes only the articles that are new or changed. An entry that is damaged,
 * cut short or written by another build is ignored and rebuilt, never trusted. A vector is the
 * encoder's output for one sentence alone, so a cached vector is the very vector a fresh run
 * computes, and the report is the same bytes with or without the cache.
 */
public final class VectorCache {
    /** No cache: everything is encoded on every run. */
    public static final VectorCache NONE = new VectorCache(Cache.NONE);

    /** The kind of cache entry (and file extension) that holds an article's vectors. */
    public static final String KIND = "vectors";

    private final Cache store;

    private VectorCache(Cache store) {
        this.store = store;
    }

    /** The vectors kept in {@code store}. */
    public static VectorCache in(Cache store) {
        return new VectorCache(store);
    }

    /** A cache in {@code dir} (created when first written) for this build of the tool. */
    public static VectorCache in(Path dir, String build) {
        return new VectorCache(Cache.in(dir, build));
    }

    /** The folder, or empty for {@link #NONE}. */
    public Optional<Path> folder() {
        return store.folder();
    }

    /** The vectors stored for this article text and encoder, by encoder text; empty when none can be trusted. */
    Map<String, float[]> load(String articleText, String encoder) {
        return store.load(key(articleText, encoder), VectorCache::read).orElse(Map.of());
    }

    /** Stores an article's vectors. A cache that cannot be written costs speed only: the run goes on. */
    void store(String articleText, String encoder, Map<String, float[]> vectors) {
        store.store(key(articleText, encoder), new TreeMap<>(vectors), VectorCache::write);
    }

    private static Cache.Key key(String articleText, String encoder) {
        return Cache.Key.of(KIND).and(encoder).and(articleText);
    }

    private static void write(Map<String, float[]> sorted, DataOutput out) throws IOException {
        out.writeInt(sorted.size());
        for (Map.Entry<String, float[]> e : sorted.entrySet()) {
            Cache.writeText(out, e.getKey());
            out.writeInt(e.getValue().length);
            for (float f : e.getValue()) {
                out.writeFloat(f);
            }
        }
    }

    private static Map<String, float[]> read(DataInput in) throws IOException {
        int n = in.readInt();
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String text = Cache.readText(in);
            float[] v = new float[in.readInt()];
            for (int k = 0; k < v.length; k++) {
                v[k] = in.readFloat();
            }
            out.put(text, v);
        }
        return out;
    }
}
