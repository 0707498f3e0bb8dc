package org.factdiff.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentences of a case mean, as vectors from a {@link SentenceEncoder}, and how alike
 * two sentences are. Each distinct sentence is encoded once per run.
 *
 * <p>A sentence's text with its numbers masked is encoded only when a similarity of masked
 * sentences is first asked for (where it differs from the sentence's own text): few are ever
 * read (454 of 7,174 in a 1,000-article case), and a vector depends on its text alone, so when it
 * is encoded changes nothing but the time spent.
 *
 * <p>Similarities are cosines rounded to {@link #PRECISION} decimals before anything decides
 * on them, so that last-bit differences between processors cannot flip a finding.
 */
public final class Meanings {
    /** Decimals a similarity keeps. */
    public static final int PRECISION = 2;
    private static final double SCALE = Math.pow(10, PRECISION);

    /** No meaning known: every similarity is 0 and {@link #known()} is false. */
    public static final Meanings NONE = new Meanings(Map.of(), "none", 0);

    private final Map<String, float[][]> vectors;
    /**
     * Vectors of the sentences read with every number masked, by article; an entry is null
     * until {@link #maskedVector} encodes it.
     */
    private final Map<String, float[][]> masked;
    /** The masked text of every sentence, by article. */
    private final Map<String, String[]> maskedTexts;
    /**
     * The masked texts encoded so far: each is encoded once however many sentences have it, and
     * callers on several threads encode different texts at once.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, float[]> maskedByText =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger maskedEncoded = new java.util.concurrent.atomic.AtomicInteger();
    private final SentenceEncoder source;
    private final String encoder;
    private final int encoded;
    /** True when every sentence vector is at most unit length, as encoders give them: see {@link #cosine}. */
    private final boolean unit;

    private Meanings(Map<String, float[][]> vectors, String encoder, int encoded) {
        this(vectors, Map.of(), Map.of(), SentenceEncoder.NONE, encoder, encoded);
    }

    private Meanings(Map<String, float[][]> vectors, Map<String, float[][]> masked, Map<String, String[]> maskedTexts,
                     SentenceEncoder source, String encoder, int encoded) {
        this.vectors = vectors;
        this.masked = masked;
        this.maskedTexts = maskedTexts;
        this.source = source;
        this.encoder = encoder;
        this.encoded = encoded;
        this.unit = vectors.values().stream().flatMap(java.util.Arrays::stream).allMatch(Meanings::atMostUnit);
    }

    /**
     * Encodes every sentence of the texts, each distinct sentence once, shortest first; masked
     * texts wait until asked for.
     */
    public static Meanings of(List<ParsedText> texts, SentenceEncoder encoder) throws EncoderException {
        return of(texts, encoder, VectorCache.NONE);
    }

    /**
     * As above, taking the vectors of articles encoded in an earlier run from {@code cache} and
     * storing those of the others: a run re-encodes only new or changed articles. An article's
     * stored vectors are its sentences' and those of its masked texts known when it is stored.
     */
    public static Meanings of(List<ParsedText> texts, SentenceEncoder encoder, VectorCache cache) throws EncoderException {
        if (encoder == SentenceEncoder.NONE) {
            return NONE;
        }
        Map<String, float[]> byText = new HashMap<>();
        List<ParsedText> uncached = new ArrayList<>();
        for (ParsedText t : texts) {
            Map<String, float[]> stored = cache.load(t.text(), encoder.name());
            if (!stored.isEmpty() && stored.keySet().containsAll(keys(t))) {
                byText.putAll(stored);
            } else {
                uncached.add(t);
            }
        }
        Map<String, Integer> distinct = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (ParsedText t : uncached) {
            for (String k : keys(t)) {
                if (!byText.containsKey(k) && distinct.putIfAbsent(k, order.size()) == null) {
                    order.add(k);
                }
            }
        }
        // Shortest first (then by text), so that threads get even shares and the order never
        // depends on the case file.
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        float[][] encodedVectors = sorted.isEmpty() ? new float[0][] : encoder.encode(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            byText.put(sorted.get(i), encodedVectors[i]);
        }
        for (ParsedText t : uncached) {
            Map<String, float[]> mine = new HashMap<>();
            for (Sentence s : t.sentences()) {
                String key = encoderText(s.text(t.text()));
                mine.put(key, byText.get(key));
                float[] m = byText.get(maskedText(key));
                if (m != null) {
                    mine.put(maskedText(key), m);
                }
            }
            cache.store(t.text(), encoder.name(), mine);
        }
        // Looked up by article for every sentence pair compared, never walked in order: hashed.
        Map<String, float[][]> out = new HashMap<>();
        Map<String, float[][]> outMasked = new HashMap<>();
        Map<String, String[]> outMaskedTexts = new HashMap<>();
        for (ParsedText t : texts) {
            float[][] v = new float[t.sentences().size()][];
            float[][] m = new float[t.sentences().size()][];
            String[] mt = new String[t.sentences().size()];
            for (Sentence s : t.sentences()) {
                String key = encoderText(s.text(t.text()));
                v[s.index()] = byText.get(key);
                mt[s.index()] = maskedText(key);
                m[s.index()] = byText.get(mt[s.index()]);
            }
            out.put(t.id(), v);
            outMasked.put(t.id(), m);
            outMaskedTexts.put(t.id(), mt);
        }
        return new Meanings(out, outMasked, outMaskedTexts, encoder, encoder.name(), sorted.size());
    }

    /** The texts encoded up front for an article: its sentences (a masked text waits until asked for). */
    private static List<String> keys(ParsedText t) {
        List<String> out = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            out.add(encoderText(s.text(t.text())));
        }
        return out;
    }

    /** The encoder's text with every number masked ("killed # people"), so figures do not sway meaning. */
    static String maskedText(String encoderText) {
        return NUMBER.matcher(encoderText).replaceAll("#");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");

    /**
     * How alike two sentences are in meaning once their numbers are masked: "killed 12 people"
     * and "killed 40 people" are one statement with two figures. 0 when meaning is not known.
     */
    public double maskedSimilarity(String articleA, int sentenceA, String articleB, int sentenceB) {
        float[][] va = masked.get(articleA);
        float[][] vb = masked.get(articleB);
        if (va == null || vb == null || sentenceA < 0 || sentenceB < 0 || sentenceA >= va.length
                || sentenceB >= vb.length) {
            return similarity(articleA, sentenceA, articleB, sentenceB);
        }
        float[] a = maskedVector(articleA, sentenceA);
        float[] b = maskedVector(articleB, sentenceB);
        return a == null || b == null || a.length != b.length ? 0 : round(dot(a, b));
    }

    /**
     * A sentence's vector with its numbers masked, encoded on first use (the masked text of a
     * sentence without numbers is the sentence itself, known from the start).
     */
    private float[] maskedVector(String article, int sentence) {
        // Known from the start (no number to mask), or encoded once per text on first use.
        float[] known = masked.get(article)[sentence];
        if (known != null) {
            return known;
        }
        return maskedByText.computeIfAbsent(maskedTexts.get(article)[sentence], text -> {
            try {
                float[] v = source.encode(List.of(text))[0];
                maskedEncoded.incrementAndGet();
                return v;
            } catch (EncoderException e) {
                // The same encoder has just encoded every sentence of the case.
                throw new IllegalStateException("the sentence encoder failed on a masked sentence: " + e.getMessage(), e);
            }
        });
    }

    /** The sentence as the encoder reads it: white space (hard line breaks too) folded to one space. */
    static String encoderText(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    /** True when an encoder gave the meanings; false for {@link #NONE}. */
    public boolean known() {
        return encoded > 0 || !vectors.isEmpty();
    }

    /** The encoder's name, or "none". */
    public String encoder() {
        return encoder;
    }

    /**
     * How many distinct texts were encoded so far: the sentences, and those with numbers once
     * more, masked, as far as asked for.
     */
    public int encoded() {
        return encoded + maskedEncoded.get();
    }

    /**
     * How alike two sentences are in meaning: the cosine of their vectors rounded to
     * {@link #PRECISION} decimals, in -1..1; 0 when meaning is not known.
     */
    public double similarity(String articleA, int sentenceA, String articleB, int sentenceB) {
        float[] a = vector(articleA, sentenceA);
        float[] b = vector(articleB, sentenceB);
        if (a == null || b == null || a.length == 0 || a.length != b.length) {
            return 0;
        }
        return cosine(a, b, unit);
    }

    /**
     * {@link #similarity} of every sentence pair of two articles whose rows and columns are
     * asked for ({@code rowsA[x] && columnsB[y]}), 0 elsewhere: one lookup of each article,
     * for callers that compare whole articles sentence by sentence.
     */
    public double[][] similarities(String articleA, boolean[] rowsA, String articleB, boolean[] columnsB) {
        return similarities(articleA, rowsA, articleB, columnsB, Double.NEGATIVE_INFINITY);
    }

    /**
     * As above for a caller that reads only similarities of at least {@code atLeast}: a cell
     * whose similarity is surely below it holds {@link #BELOW} instead of its value, and every
     * other cell its exact value. Sure, because each cell is first estimated from vectors
     * rounded to integers (a product the processor sums eight at a time) within a proven error
     * bound, and only a cell whose estimate could reach {@code atLeast} is summed in full; most
     * sentence pairs of two articles are far apart in meaning.
     */
    public double[][] similarities(String articleA, boolean[] rowsA, String articleB, boolean[] columnsB, double atLeast) {
        double[][] out = new double[rowsA.length][columnsB.length];
        float[][] va = vectors.get(articleA);
        float[][] vb = vectors.get(articleB);
        if (va == null || vb == null) {
            return out;
        }
        boolean estimate = unit && atLeast > BELOW && va.length > 0 && dimensionsAtMost(va, FAST_DIMENSIONS);
        Quantized qa = estimate ? QUANTIZED.get().of(articleA, va) : null;
        Quantized qb = estimate ? QUANTIZED.get().of(articleB, vb) : null;
        // A rounded similarity reaches atLeast only from half a last decimal below it.
        double reach = atLeast - 0.5 / SCALE - 1e-9;
        for (int x = 0; x < rowsA.length; x++) {
            float[] a = x < va.length ? va[x] : null;
            if (!rowsA[x] || a == null || a.length == 0) {
                continue;
            }
            for (int y = 0; y < columnsB.length; y++) {
                float[] b = y < vb.length ? vb[y] : null;
                if (columnsB[y] && b != null && a.length == b.length) {
                    out[x][y] = estimate && Quantized.upperBound(qa, x, qb, y) < reach ? BELOW : cosine(a, b, unit);
                }
            }
        }
        return out;
    }

    private static boolean dimensionsAtMost(float[][] vectors, int n) {
        for (float[] v : vectors) {
            if (v != null && v.length > n) {
                return false;
            }
        }
        return true;
    }

    /**
     * One sentence's vector, looked up once for many comparisons, with a coarse copy (each
     * component times 127, rounded to a whole number) that bounds its cosines cheaply.
     */
    public static final class Probe {
        private static final double ONE = 127;
        private final float[] vector;
        // Held as ints, not bytes: an int dot product is the loop the JIT compiles to vector
        // instructions, about three times faster here than the same over bytes.
        private final int[] coarse;
        private final double l1;

        private Probe(float[] vector, boolean unit) {
            this.vector = vector;
            if (vector == null || !unit || vector.length > FAST_DIMENSIONS) {
                coarse = null;
                l1 = 0;
                return;
            }
            coarse = new int[vector.length];
            for (int k = 0; k < vector.length; k++) {
                coarse[k] = nearest(vector[k], ONE);
            }
            l1 = Quantized.l1(vector);
        }

        /**
         * A bound the cosine cannot exceed: for unit vectors and roundings off by at most 1/2,
         * |a·b - qa·qb / 127²| <= (|a|₁ + |b|₁) / 254 + n / (4·127²).
         */
        private static double upperBound(Probe a, Probe b) {
            int[] p = a.coarse;
            int[] q = b.coarse;
            int sum = 0;
            for (int k = 0; k < p.length; k++) {
                sum += p[k] * q[k];
            }
            return sum / (ONE * ONE) + (a.l1 + b.l1) / (2 * ONE) + p.length / (4 * ONE * ONE) + 1e-9;
        }
    }

    /** A sentence of an article, for {@link #similarAtLeast}; its vector is null when unknown. */
    public Probe probe(String article, int sentence) {
        return new Probe(vector(article, sentence), unit);
    }

    /**
     * Exactly {@code similarity(a, b) >= atLeast}, for callers that compare many pairs against one
     * bar: the coarse copies rule out most pairs (far apart in meaning) without reading the
     * full vectors.
     */
    public static boolean similarAtLeast(Probe a, Probe b, double atLeast) {
        if (a.vector == null || b.vector == null || a.vector.length == 0 || a.vector.length != b.vector.length) {
            return 0 >= atLeast;
        }
        if (a.coarse != null && b.coarse != null && Probe.upperBound(a, b) < atLeast - 0.5 / SCALE - 1e-9) {
            return false;
        }
        // Both vectors are unit when both have coarse copies; else the exact path, as similarity takes it.
        return cosine(a.vector, b.vector, a.coarse != null && b.coarse != null) >= atLeast;
    }

    /** What {@link #similarities(String, boolean[], String, boolean[], double)} holds for a cell surely below the bar. */
    public static final double BELOW = -1;

    /**
     * Each thread's recently compared articles' vectors as integers. A thread compares one
     * article with its candidates, then the next article with its own, and the same articles
     * come back often: rounding an article's vectors again for every pair cost as much as the
     * estimates themselves. At most {@link QuantizedCache#ARTICLES} articles per thread (some
     * 12 MB for articles of 30 sentences).
     */
    private static final ThreadLocal<QuantizedCache> QUANTIZED = ThreadLocal.withInitial(QuantizedCache::new);

    /** The least recently used article leaves first. */
    private static final class QuantizedCache extends java.util.LinkedHashMap<String, Quantized> {
        static final int ARTICLES = 256;

        QuantizedCache() {
            super(ARTICLES * 2, 0.75f, true);
        }

        Quantized of(String article, float[][] vectors) {
            Quantized q = get(article);
            if (q == null || q.source != vectors) {
                q = new Quantized(article, vectors);
                put(article, q);
            }
            return q;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Quantized> eldest) {
            return size() > ARTICLES;
        }
    }

    /**
     * An article's unit vectors times 2^15, rounded to ints, and each vector's L1 norm. For
     * unit vectors a and b with such roundings qa and qb (each component off by at most 1/2),
     * |a·b - qa·qb / 2^30| <= (|a|₁ + |b|₁) / 2^16 + n / 2^32; and |qa·qb| < 2^31, so the
     * integer sum cannot overflow.
     */
    static final class Quantized {
        static final int SCALE_BITS = 15;
        private static final double ONE = 1 << SCALE_BITS;
        final String article;
        final float[][] source;
        final int[][] values;
        final double[] l1;

        Quantized(String article, float[][] vectors) {
            this.article = article;
            this.source = vectors;
            values = new int[vectors.length][];
            l1 = new double[vectors.length];
            for (int i = 0; i < vectors.length; i++) {
                float[] v = vectors[i];
                if (v == null) {
                    continue;
                }
                values[i] = new int[v.length];
                for (int k = 0; k < v.length; k++) {
                    values[i][k] = nearest(v[k], ONE);
                }
                l1[i] = l1(v);
            }
        }

        /**
         * The vector's L1 norm, summed in four running sums: one sum waits on each addition
         * before the next, and this runs once per sentence per article pair compared. The
         * bound's margin of 1e-9 covers any difference in the last bits.
         */
        static double l1(float[] v) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int k = 0;
            for (; k + 3 < v.length; k += 4) {
                s0 += Math.abs(v[k]);
                s1 += Math.abs(v[k + 1]);
                s2 += Math.abs(v[k + 2]);
                s3 += Math.abs(v[k + 3]);
            }
            for (; k < v.length; k++) {
                s0 += Math.abs(v[k]);
            }
            return (s0 + s1) + (s2 + s3);
        }

        /** A bound the cosine of vector x of a and vector y of b cannot exceed. */
        static double upperBound(Quantized a, int x, Quantized b, int y) {
            int[] p = a.values[x];
            int[] q = b.values[y];
            int sum = 0;
            for (int k = 0; k < p.length; k++) {
                sum += p[k] * q[k];
            }
            return sum / (ONE * ONE) + (a.l1[x] + b.l1[y]) / (2 * ONE) + p.length / (4 * ONE * ONE) + 1e-9;
        }
    }

    /**
     * {@code x} times {@code scale}, rounded half up: off by at most 1/2, as the bounds above
     * assume. The product is exact in {@code double} (a float times a whole number below 2^16), so
     * the 1/2 holds to the last bit; and {@code Math.floor} is one processor instruction, where
     * {@code Math.round(float)} is a branchy library routine in this JVM (the copies of the
     * articles' vectors were a tenth of a cached run's CPU time with it).
     */
    static int nearest(float x, double scale) {
        return (int) Math.floor(x * scale + 0.5);
    }

    /** A sentence's vector, or null when unknown. */
    float[] vector(String article, int sentence) {
        float[][] v = vectors.get(article);
        return v == null || sentence < 0 || sentence >= v.length ? null : v[sentence];
    }

    /**
     * How far a sum of float products of vectors of at most unit length may stray from the
     * exact cosine, in units of the last kept decimal: the float sum's error is below 1e-5 of
     * a cosine (384 products, eight running sums), and this margin is ten times that.
     */
    static final double FAST_MARGIN = 1e-4 * SCALE;
    /** Most dimensions for which {@link #FAST_MARGIN} holds (each running sum adds up to 128 products). */
    static final int FAST_DIMENSIONS = 1024;

    /**
     * {@code round(dot(a, b))}, the same value, found about twice as fast for vectors of at most
     * unit length: the cosine is summed in {@code float}, and only when that sum lies within
     * {@link #FAST_MARGIN} of a rounding boundary, where the two sums could round apart, is it
     * summed again in {@code double}.
     */
    static double cosine(float[] a, float[] b, boolean unit) {
        if (unit && a.length <= FAST_DIMENSIONS) {
            double scaled = floatDot(a, b) * SCALE;
            double fraction = scaled - Math.floor(scaled);
            if (Math.abs(fraction - 0.5) > FAST_MARGIN) {
                return Math.round(scaled) / SCALE;
            }
        }
        return round(dot(a, b));
    }

    /** The dot product in {@code float}, in eight running sums. */
    static float floatDot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + 7 < a.length; i += 8) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
            s4 += a[i + 4] * b[i + 4];
            s5 += a[i + 5] * b[i + 5];
            s6 += a[i + 6] * b[i + 6];
            s7 += a[i + 7] * b[i + 7];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** True for a vector of length at most 1 (a hair over, for the encoder's own rounding), or none. */
    static boolean atMostUnit(float[] v) {
        if (v == null) {
            return true;
        }
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return sum <= 1.0001;
    }

    static double dot(float[] a, float[] b) {
        // Four running sums, so that the processor adds four products at a time instead of
        // waiting on one sum (a case compares millions of pairs); each product of two floats is
        // exact in a double, and the cosine is rounded to PRECISION decimals before any use.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += (double) a[i] * b[i];
            s1 += (double) a[i + 1] * b[i + 1];
            s2 += (double) a[i + 2] * b[i + 2];
            s3 += (double) a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += (double) a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** A cosine rounded to {@link #PRECISION} decimals (half up), the only form decisions see. */
    public static double round(double cosine) {
        return Math.round(cosine * SCALE) / SCALE;
    }
}
