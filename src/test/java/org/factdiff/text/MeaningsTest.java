package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the pipeline reads meaning: each distinct sentence encoded once, similarities rounded. */
class MeaningsTest {
    /** A stand-in encoder: the vector says how many letters 'a' and 'e' the sentence has. */
    static final class CountingEncoder implements SentenceEncoder {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public float[][] encode(List<String> sentences) {
            calls.add(List.copyOf(sentences));
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                String s = sentences.get(i);
                float x = s.chars().filter(c -> c == 'a').count();
                float y = s.chars().filter(c -> c == 'e').count();
                float n = (float) Math.sqrt(x * x + y * y);
                out[i] = n == 0 ? new float[] {0, 0} : new float[] {x / n, y / n};
            }
            return out;
        }

        @Override
        public String name() {
            return "counting";
        }
    }

    static ParsedText parse(String id, String text) {
        return new TextAnalyzer(Lexicon.builtIn()).analyze(id, text);
    }

    /** The coarse copies' rounding is off by at most 1/2, to the last bit, as the bounds assume. */
    @Test
    void coarseRoundingIsOffByAtMostAHalf() {
        java.util.Random random = new java.util.Random(5);
        List<Float> xs = new ArrayList<>(List.of(0f, -0f, 1f, -1f, 0.5f / 127, -0.5f / 127, 0.5f / 32768, -0.5f / 32768,
                Math.nextUp(0.5f / 127), Math.nextDown(-0.5f / 127), Float.MIN_VALUE, -Float.MIN_VALUE));
        for (int i = 0; i < 200_000; i++) {
            xs.add((float) (random.nextDouble() * 2 - 1));
        }
        for (double scale : new double[] {127, 1 << 15}) {
            for (float x : xs) {
                double exact = x * scale;
                int q = Meanings.nearest(x, scale);
                assertTrue(Math.abs(q - exact) <= 0.5, x + " x " + scale + " became " + q);
            }
        }
        // Halves (exact here: 2^-16 times 2^15) go up.
        assertEquals(1, Meanings.nearest(0.5f / 32768, 1 << 15));
        assertEquals(0, Meanings.nearest(-0.5f / 32768, 1 << 15));
        assertEquals(-1, Meanings.nearest(-1.5f / 32768, 1 << 15));
    }

    @Test
    void eachDistinctSentenceIsEncodedOnceShortestFirst() throws EncoderException {
        CountingEncoder encoder = new CountingEncoder();
        List<ParsedText> texts = List.of(parse("a", "A banana cake was eaten. The bee flew."),
                parse("b", "The  bee\nflew. Eleven geese were seen."));
        Meanings m = Meanings.of(texts, encoder);
        assertEquals(1, encoder.calls.size(), "one call for the whole case");
        assertEquals(List.of("The bee flew.", "Eleven geese were seen.", "A banana cake was eaten."), encoder.calls.get(0));
        assertEquals(3, m.encoded());
        assertTrue(m.known());
        assertEquals(1.0, m.similarity("a", 1, "b", 0), "white space does not change a sentence");
    }

    @Test
    void similarityIsTheRoundedCosine() throws EncoderException {
        Meanings m = Meanings.of(List.of(parse("a", "aaae."), parse("b", "ae.")), new CountingEncoder());
        // (3,1)/sqrt(10) . (1,1)/sqrt(2) = 4/sqrt(20) = 0.8944...
        assertEquals(0.89, m.similarity("a", 0, "b", 0));
        assertEquals(0, m.similarity("a", 0, "c", 0), "an unknown article has no meaning");
        assertEquals(0, m.similarity("a", 5, "b", 0), "nor has a sentence out of range");
    }

    @ParameterizedTest
    @CsvSource({"0.8449, 0.84", "0.8451, 0.85", "0.99999, 1.0", "-0.1234, -0.12", "0.0, 0.0"})
    void roundingKeepsTwoDecimals(double cosine, double rounded) {
        assertEquals(rounded, Meanings.round(cosine));
    }

    @Test
    void withoutAnEncoderNothingIsKnown() throws EncoderException {
        Meanings m = Meanings.of(List.of(parse("a", "One."), parse("b", "One.")), SentenceEncoder.NONE);
        assertFalse(m.known());
        assertEquals(0, m.similarity("a", 0, "b", 0));
    }

    /**
     * The fast cosine (a float sum, summed again in double near a rounding boundary) rounds
     * exactly as the double sum does, over pairs of unit vectors of every likeness, many of them
     * on purpose a hair from a boundary; and the slow path is taken for some of them.
     */
    @Test
    void theFastCosineRoundsAsTheExactOne() {
        java.util.Random random = new java.util.Random(20261202L);
        int slow = 0;
        for (int n = 0; n < 200_000; n++) {
            float[] a = unitGaussian(random, 384);
            float[] noise = unitGaussian(random, 384);
            // b = cos t * a + sin t * noise: cosines spread over [-1, 1]; every fourth pair aims
            // at a rounding boundary (x.xx5) to within float error.
            double target = n % 4 == 0 ? (Math.floor(random.nextDouble() * 200 - 100) + 0.5) / 100 : random.nextDouble() * 2 - 1;
            float[] b = new float[384];
            double sin = Math.sqrt(Math.max(0, 1 - target * target));
            for (int i = 0; i < 384; i++) {
                b[i] = (float) (target * a[i] + sin * noise[i]);
            }
            b = unit(b);
            double exact = Meanings.round(Meanings.dot(a, b));
            assertEquals(exact, Meanings.cosine(a, b, true), 0.0, "pair " + n);
            double scaled = Meanings.floatDot(a, b) * 100;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) <= Meanings.FAST_MARGIN) {
                slow++;
            }
        }
        assertTrue(slow > 1000, "pairs summed again near a boundary: " + slow);
    }

    private static float[] unitGaussian(java.util.Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return unit(v);
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(sum));
        }
        return out;
    }

    /**
     * A stand-in encoder of 384 dimensions: a sentence's vector leans towards its topic (its
     * first word) by a weight its text sets, so that sentence pairs of one topic range from
     * unrelated to near-identical, and those of two topics are far apart.
     */
    static final class TopicEncoder implements SentenceEncoder {
        @Override
        public float[][] encode(List<String> sentences) {
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                String s = sentences.get(i);
                java.util.Random own = new java.util.Random(s.hashCode());
                float[] topic = unitGaussian(new java.util.Random(s.split(" ")[0].hashCode()), 384);
                float[] noise = unitGaussian(own, 384);
                double weight = own.nextDouble() * 4;
                float[] v = new float[384];
                for (int k = 0; k < 384; k++) {
                    v[k] = (float) (weight * topic[k] + noise[k]);
                }
                out[i] = unit(v);
            }
            return out;
        }

        @Override
        public String name() {
            return "topics";
        }
    }

    /** Articles a and b of {@code n} sentences each, on three and four topics, read by {@link TopicEncoder}. */
    private static Meanings topics(int n) throws EncoderException {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            a.append("Topic").append(i % 3).append(" harbour statement number ").append(i).append(". ");
            b.append("Topic").append(i % 4).append(" harbour statement number ").append(i * 7).append(". ");
        }
        return Meanings.of(List.of(parse("a", a.toString()), parse("b", b.toString())), new TopicEncoder());
    }

    /**
     * Asked only for similarities of at least a bar, every cell is either the exact similarity
     * or {@link Meanings#BELOW} for a pair whose exact similarity is below the bar; both happen.
     */
    @ParameterizedTest
    @CsvSource({"0.65", "0.5", "0.9"})
    void aBarLeavesEveryCellThatReachesItExact(double bar) throws EncoderException {
        Meanings m = topics(60);
        boolean[] rows = new boolean[60];
        boolean[] columns = new boolean[60];
        java.util.Arrays.fill(rows, true);
        java.util.Arrays.fill(columns, true);
        double[][] exact = m.similarities("a", rows, "b", columns);
        double[][] barred = m.similarities("a", rows, "b", columns, bar);
        int below = 0;
        int reaching = 0;
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 60; y++) {
                if (barred[x][y] == Meanings.BELOW) {
                    assertTrue(exact[x][y] < bar, "cell " + x + "," + y + " is " + exact[x][y]);
                    below++;
                } else {
                    assertEquals(exact[x][y], barred[x][y], 0.0, "cell " + x + "," + y);
                    reaching += exact[x][y] >= bar ? 1 : 0;
                }
            }
        }
        assertTrue(below > 1000 && reaching > 10, below + " cells below the bar, " + reaching + " reaching it");
    }

    /**
     * {@link Meanings#similarAtLeast} answers exactly as {@code similarity(...) >= bar} for every
     * sentence pair, whether the coarse copies rule the pair out or the full vectors decide.
     */
    @ParameterizedTest
    @CsvSource({"0.8", "0.65", "0.3"})
    void similarAtLeastIsTheExactComparison(double bar) throws EncoderException {
        Meanings m = topics(50);
        int reaching = 0;
        int below = 0;
        for (int x = 0; x < 51; x++) {
            for (int y = 0; y < 51; y++) {
                boolean exact = m.similarity("a", x, "b", y) >= bar;
                assertEquals(exact, Meanings.similarAtLeast(m.probe("a", x), m.probe("b", y), bar), "pair " + x + "," + y);
                reaching += exact ? 1 : 0;
                below += exact ? 0 : 1;
            }
        }
        assertTrue(reaching > 10 && below > 100, reaching + " pairs reach the bar, " + below + " do not");
        assertFalse(Meanings.similarAtLeast(m.probe("a", 0), m.probe("c", 0), bar), "an unknown article is 0 alike");
    }
}
