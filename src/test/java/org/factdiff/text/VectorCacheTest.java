package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors kept between runs: only new or changed articles are encoded, damage is never trusted. */
class VectorCacheTest {
    @TempDir
    Path dir;

    private static final String HARBOUR = "The harbour gate was closed at dawn. Eleven boats waited at sea for a day.";
    private static final String VALLEY = "A landslide blocked the valley road. Crews cleared 3 lanes by evening.";

    @Test
    void aSecondRunEncodesOnlyWhatIsNew() throws Exception {
        VectorCache cache = VectorCache.in(dir, "test-1");
        MeaningsTest.CountingEncoder first = new MeaningsTest.CountingEncoder();
        List<ParsedText> two = List.of(MeaningsTest.parse("a", HARBOUR), MeaningsTest.parse("b", VALLEY));
        Meanings fresh = Meanings.of(two, first, cache);
        assertEquals(1, first.calls.size());

        MeaningsTest.CountingEncoder second = new MeaningsTest.CountingEncoder();
        Meanings cached = Meanings.of(two, second, cache);
        assertEquals(0, second.calls.size(), "nothing encoded when every article is cached");
        assertSame(fresh, cached, two);

        // A third article: only its sentences are encoded.
        MeaningsTest.CountingEncoder third = new MeaningsTest.CountingEncoder();
        String added = "Rain fell on the pass all week. The ferry sailed late.";
        List<ParsedText> three = List.of(two.get(0), two.get(1), MeaningsTest.parse("c", added));
        Meanings more = Meanings.of(three, third, cache);
        assertEquals(1, third.calls.size());
        assertEquals(List.of("The ferry sailed late.", "Rain fell on the pass all week."), third.calls.get(0));
        assertSame(Meanings.of(three, new MeaningsTest.CountingEncoder()), more, three);
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt() throws Exception {
        VectorCache cache = VectorCache.in(dir, "test-1");
        List<ParsedText> one = List.of(MeaningsTest.parse("a", HARBOUR));
        Meanings fresh = Meanings.of(one, new MeaningsTest.CountingEncoder(), cache);
        Path entry;
        try (Stream<Path> files = Files.list(dir)) {
            entry = files.filter(p -> p.toString().endsWith(".vectors")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A; // one flipped byte in the middle of the vectors
        Files.write(entry, bytes);
        MeaningsTest.CountingEncoder again = new MeaningsTest.CountingEncoder();
        Meanings rebuilt = Meanings.of(one, again, cache);
        assertEquals(1, again.calls.size(), "a damaged entry is encoded again");
        assertSame(fresh, rebuilt, one);
        MeaningsTest.CountingEncoder after = new MeaningsTest.CountingEncoder();
        Meanings.of(one, after, cache);
        assertEquals(0, after.calls.size(), "and the rewritten entry is used next time");

        Files.write(entry, new byte[] {1, 2, 3});
        MeaningsTest.CountingEncoder cut = new MeaningsTest.CountingEncoder();
        assertSame(fresh, Meanings.of(one, cut, cache), one);
        assertEquals(1, cut.calls.size(), "a file cut short is no entry");
    }

    @Test
    void anotherToolVersionOrEncoderMisses() throws Exception {
        List<ParsedText> one = List.of(MeaningsTest.parse("a", HARBOUR));
        Meanings.of(one, new MeaningsTest.CountingEncoder(), VectorCache.in(dir, "test-1"));
        MeaningsTest.CountingEncoder other = new MeaningsTest.CountingEncoder();
        Meanings.of(one, other, VectorCache.in(dir, "test-2"));
        assertEquals(1, other.calls.size(), "vectors of another version are not used");
    }

    /** Every similarity, plain and masked, is the same for every pair of sentences. */
    private static void assertSame(Meanings expected, Meanings actual, List<ParsedText> texts) {
        int checked = 0;
        for (ParsedText a : texts) {
            for (ParsedText b : texts) {
                for (int i = 0; i < a.sentences().size(); i++) {
                    for (int j = 0; j < b.sentences().size(); j++) {
                        assertEquals(expected.similarity(a.id(), i, b.id(), j), actual.similarity(a.id(), i, b.id(), j));
                        assertEquals(expected.maskedSimilarity(a.id(), i, b.id(), j),
                                actual.maskedSimilarity(a.id(), i, b.id(), j));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 4, "sentences compared: " + checked);
    }
}
