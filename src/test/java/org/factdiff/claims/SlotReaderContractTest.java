package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Quotes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered slot reader promises: a value for every sentence, the same value on
 * a second run, and evidence that lies inside the sentence it was read from.
 */
class SlotReaderContractTest {
    static final String TEXT = "Storm batters coast\n"
            + "At least 12 people were killed and 30 injured when the pier collapsed at 5:10 p.m. on Sunday, "
            + "according to Harbour Master Ida Lund.\n"
            + "\"We have never seen waves like it,\" she told Radio Nord. \"The whole pier went in seconds.\"\n"
            + "Rescuers said nearly 200 residents were evacuated from Lowmere and the Fen Villages.\n"
            + "In a separate incident in March 2019, coalition jets struck a depot near Lowmere, officials said.";

    static List<String> readers() {
        return java.util.Arrays.stream(RuleBasedClaimExtractor.Readers.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
    }

    @ParameterizedTest
    @MethodSource("readers")
    void readsEverySentenceTheSameTwiceWithEvidenceInside(String slot) throws Exception {
        List<TaggedSentence> sentences = Tagged.sentences(TEXT);
        List<Object> first = readAll(slot, sentences);
        List<Object> second = readAll(slot, sentences);
        assertEquals(first, second, slot + " is deterministic");
        for (int k = 0; k < sentences.size(); k++) {
            TaggedSentence s = sentences.get(k);
            assertNotNull(first.get(k), slot);
            for (Excerpt e : excerpts(first.get(k), new ArrayList<>())) {
                assertTrue(e.start() >= s.start() && e.end() <= s.end(), slot + ": " + e + " outside " + s.text());
                assertEquals(s.cleanText().substring(e.start(), e.end()), e.text());
            }
        }
    }

    /** The slot read from every sentence in order by a fresh set of readers, as for one article. */
    private static List<Object> readAll(String slot, List<TaggedSentence> sentences) throws Exception {
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(LocalDate.of(2024, 3, 3)));
        RuleBasedClaimExtractor.Readers readers = x.readers(Optional.of(LocalDate.of(2024, 3, 4)),
                Quotes.find(sentences.get(0).cleanText()));
        SlotReader<?> reader = (SlotReader<?>) RuleBasedClaimExtractor.Readers.class.getMethod(slot).invoke(readers);
        List<Object> out = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            out.add(reader.read(s));
        }
        return out;
    }

    /** Every excerpt inside a value: in collections, maps, optionals and records. */
    private static List<Excerpt> excerpts(Object value, List<Excerpt> out) throws Exception {
        if (value instanceof Excerpt e) {
            out.add(e);
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) {
                excerpts(o, out);
            }
        } else if (value instanceof Map<?, ?> m) {
            excerpts(m.values(), out);
        } else if (value instanceof Optional<?> o && o.isPresent()) {
            excerpts(o.get(), out);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                excerpts(c.getAccessor().invoke(value), out);
            }
        }
        return out;
    }
}
