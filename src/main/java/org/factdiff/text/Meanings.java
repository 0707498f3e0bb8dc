package org.factdiff.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sentences of a case mean, as vectors from a {@link SentenceEncoder}, and how alike
 * two sentences are. Each distinct sentence is encoded once per run.
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
    /** Vectors of the sentences that hold digits, read with every number masked; null elsewhere. */
    private final Map<String, float[][]> masked;
    private final String encoder;
    private final int encoded;

    private Meanings(Map<String, float[][]> vectors, String encoder, int encoded) {
        this(vectors, Map.of(), encoder, encoded);
    }

    private Meanings(Map<String, float[][]> vectors, Map<String, float[][]> masked, String encoder, int encoded) {
        this.vectors = vectors;
        this.masked = masked;
        this.encoder = encoder;
        this.encoded = encoded;
    }

    /** Encodes every sentence of the texts, each distinct sentence once, shortest first. */
    public static Meanings of(List<ParsedText> texts, SentenceEncoder encoder) throws EncoderException {
        return of(texts, encoder, VectorCache.NONE);
    }

    /**
     * As above, taking the vectors of articles encoded in an earlier run from {@code cache} and
     * storing those of the others: a run re-encodes only new or changed articles.
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
            keys(t).forEach(k -> mine.put(k, byText.get(k)));
            cache.store(t.text(), encoder.name(), mine);
        }
        Map<String, float[][]> out = new TreeMap<>();
        Map<String, float[][]> outMasked = new TreeMap<>();
        for (ParsedText t : texts) {
            float[][] v = new float[t.sentences().size()][];
            float[][] m = new float[t.sentences().size()][];
            for (Sentence s : t.sentences()) {
                String key = encoderText(s.text(t.text()));
                v[s.index()] = byText.get(key);
                m[s.index()] = byText.get(maskedText(key));
            }
            out.put(t.id(), v);
            outMasked.put(t.id(), m);
        }
        return new Meanings(out, outMasked, encoder.name(), sorted.size());
    }

    /** The texts the encoder reads for an article: each sentence, and each again with its numbers masked. */
    private static List<String> keys(ParsedText t) {
        List<String> out = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            String key = encoderText(s.text(t.text()));
            out.add(key);
            out.add(maskedText(key));
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
        float[] a = va[sentenceA];
        float[] b = vb[sentenceB];
        return a == null || b == null || a.length != b.length ? 0 : round(dot(a, b));
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

    /** How many distinct texts were encoded: the sentences, and those with numbers once more, masked. */
    public int encoded() {
        return encoded;
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
        return round(dot(a, b));
    }

    /** A sentence's vector, or null when unknown. */
    float[] vector(String article, int sentence) {
        float[][] v = vectors.get(article);
        return v == null || sentence < 0 || sentence >= v.length ? null : v[sentence];
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    /** A cosine rounded to {@link #PRECISION} decimals (half up), the only form decisions see. */
    public static double round(double cosine) {
        return Math.round(cosine * SCALE) / SCALE;
    }
}
