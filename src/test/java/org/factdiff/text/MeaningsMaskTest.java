package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meaning with numbers masked: two figures of one statement read as one statement. */
class MeaningsMaskTest {
    /** A stand-in encoder whose vector counts the letters 'a' and 'e' and the mask '#'. */
    static final class MarkCounter implements SentenceEncoder {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public float[][] encode(List<String> sentences) {
            calls.add(List.copyOf(sentences));
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = vector(sentences.get(i));
            }
            return out;
        }

        static float[] vector(String s) {
            float[] v = {s.chars().filter(c -> c == 'a').count(), s.chars().filter(c -> c == 'e').count(),
                s.chars().filter(c -> c == '#').count()};
            float n = (float) Math.sqrt(Meanings.dot(v, v));
            return new float[] {v[0] / n, v[1] / n, v[2] / n};
        }

        @Override
        public String name() {
            return "marks";
        }
    }

    @Test
    void aMaskedTextIsEncodedOnceWhenFirstAskedForAndGivesWhatEncodingItUpFrontGives() throws Exception {
        MarkCounter encoder = new MarkCounter();
        TextAnalyzer analyzer = new TextAnalyzer(Lexicon.builtIn());
        List<ParsedText> texts = List.of(
                analyzer.analyze("a", "The cat ate 12 apples. The bee flew."),
                analyzer.analyze("b", "A hen ate 40 eggs at 3 am. The cat ate 7 apples. A bee flew away."));
        Meanings m = Meanings.of(texts, encoder);
        assertEquals(1, encoder.calls.size());
        assertTrue(encoder.calls.get(0).stream().noneMatch(s -> s.contains("#")), "no masked text up front");
        assertEquals(5, m.encoded());

        double expected = Meanings.round(Meanings.dot(MarkCounter.vector("The cat ate # apples."),
                MarkCounter.vector("A hen ate # eggs at # am.")));
        assertEquals(expected, m.maskedSimilarity("a", 0, "b", 0));
        assertEquals(List.of(List.of("The cat ate # apples."), List.of("A hen ate # eggs at # am.")),
                encoder.calls.subList(1, encoder.calls.size()));
        assertEquals(1.0, m.maskedSimilarity("a", 0, "b", 1), "one masked text, two sentences");
        assertEquals(expected, m.maskedSimilarity("b", 0, "a", 0));
        assertEquals(3, encoder.calls.size(), "each masked text encoded once");
        assertEquals(7, m.encoded());
        assertEquals(m.similarity("a", 1, "b", 2), m.maskedSimilarity("a", 1, "b", 2), "no figures: masked is unmasked");
        assertTrue(m.similarity("a", 1, "b", 2) < 1.0);
        assertEquals(3, encoder.calls.size(), "a sentence without figures is its own masked text");
    }

    @Test
    void sentencesThatDifferOnlyInTheirNumbersAreOneStatementMasked() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer(Lexicon.builtIn());
        List<ParsedText> texts = List.of(
                analyzer.analyze("a", "The flood killed 12 people in the valley on Sunday."),
                analyzer.analyze("b", "The flood killed 40 people in the valley on Sunday. The bridge reopened in May."));
        Meanings m = Meanings.of(texts, new MiniLmEncoder(1));
        assertEquals(1.0, m.maskedSimilarity("a", 0, "b", 0), "identical once masked");
        assertTrue(m.similarity("a", 0, "b", 0) < 1.0, "the numbers differ unmasked");
        assertEquals(m.similarity("b", 1, "b", 1), m.maskedSimilarity("b", 1, "b", 1), "no figures: masked is unmasked");
        assertEquals("The flood killed # people, # km away.", Meanings.maskedText("The flood killed 1,200 people, 3.5 km away."));
    }

    /**
     * Callers on several threads at once get the values one thread gets, and each masked text
     * is still encoded once (the compare rules ask on all cores).
     */
    @Test
    void manyThreadsAskingAtOnceEncodeEachMaskedTextOnce() throws Exception {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            // A word of letters per sentence, so that the masked texts differ too.
            String name = "k" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            a.append("The crew of ").append(name).append(" saw ").append(i * 3).append(" seals. ");
            b.append("A team of ").append(i + 2).append(" divers met ").append(name).append(" whales. ");
        }
        TextAnalyzer analyzer = new TextAnalyzer(Lexicon.builtIn());
        List<ParsedText> texts = List.of(analyzer.analyze("a", a.toString()), analyzer.analyze("b", b.toString()));
        Meanings alone = Meanings.of(texts, new MarkCounter());
        double[][] expected = new double[40][40];
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                expected[x][y] = alone.maskedSimilarity("a", x, "b", y);
            }
        }
        java.util.concurrent.ConcurrentHashMap<String, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();
        SentenceEncoder counting = new SentenceEncoder() {
            @Override
            public float[][] encode(List<String> sentences) {
                sentences.forEach(s -> asked.merge(s, 1, Integer::sum));
                return new MarkCounter().encode(sentences);
            }

            @Override
            public String name() {
                return "marks";
            }
        };
        Meanings shared = Meanings.of(texts, counting);
        asked.clear();
        java.util.stream.IntStream.range(0, 8 * 40 * 40).parallel().forEach(k -> {
            int x = (k / 40) % 40;
            int y = k % 40;
            assertEquals(expected[x][y], shared.maskedSimilarity("a", x, "b", y), "cell " + x + "," + y);
        });
        assertTrue(asked.size() >= 40, "masked texts encoded: " + asked.size());
        asked.forEach((text, times) -> assertEquals(1, times, text + " encoded " + times + " times"));
    }
}
