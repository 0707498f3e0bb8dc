package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.ReadabilitySuiteTest.Agreement;
import org.junit.jupiter.api.Test;

/** The scoring helpers of {@link ReadabilitySuiteTest}, which runs only where the saved pages are. */
class ReadabilityScoringTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void tokensAreLowerCasedLetterAndDigitRunsWithMarksKept() {
        assertEquals(List.of("the", "u", "s", "army", "said", "2017"), ReadabilitySuiteTest.tokens("The U.S. army said: 2017!"));
        // A soft hyphen does not cut a word; a combining vowel sign stays inside it.
        assertEquals(List.of("extraction", "\u0915\u093F\u0924\u093E\u092C"),
                ReadabilitySuiteTest.tokens("extrac\u00ADtion \u0915\u093F\u0924\u093E\u092C"));
        assertEquals(List.of(), ReadabilitySuiteTest.tokens(" \u2014 "));
    }

    @Test
    void scoreCountsCommonTokensAsAMultiset() {
        var s = ReadabilitySuiteTest.Score.of(List.of("a", "a", "b", "x"), List.of("a", "b", "b", "c", "d"));
        // One "a" and one "b" in common: the reference's single "a" is matched only once.
        assertEquals(2, s.common());
        assertEquals(2.0 / 4, s.precision(), 1e-12);
        assertEquals(2.0 / 5, s.recall(), 1e-12);
        assertEquals(2 * 0.5 * 0.4 / (0.5 + 0.4), s.f1(), 1e-12);
    }

    @Test
    void scoreOfEmptySides() {
        var nothing = ReadabilitySuiteTest.Score.of(List.of(), List.of());
        assertEquals(1.0, nothing.f1(), 1e-12);
        var missedAll = ReadabilitySuiteTest.Score.of(List.of(), List.of("a"));
        assertEquals(0.0, missedAll.precision(), 1e-12);
        assertEquals(0.0, missedAll.f1(), 1e-12);
        var extraOnly = ReadabilitySuiteTest.Score.of(List.of("a"), List.of());
        assertEquals(0.0, extraOnly.precision(), 1e-12);
        assertEquals(1.0, extraOnly.recall(), 1e-12);
    }

    @Test
    void metadataFieldsAgreeAfterSpacesCaseAndAByAreSetAside() {
        assertEquals(Agreement.EQUAL, ReadabilitySuiteTest.same(Optional.of("Ana  Lima"), JSON.textNode("By ana lima"),
                ReadabilitySuiteTest::withoutBy));
        assertEquals(Agreement.DIFFERENT, ReadabilitySuiteTest.same(Optional.of("Ana Lima"), JSON.textNode("Jo Smith"),
                Function.identity()));
        assertEquals(Agreement.ONLY_OURS, ReadabilitySuiteTest.same(Optional.of("Ana Lima"), JSON.nullNode(), Function.identity()));
        assertEquals(Agreement.ONLY_REFERENCE, ReadabilitySuiteTest.same(Optional.empty(), JSON.textNode("x"), Function.identity()));
        assertEquals(Agreement.BOTH_EMPTY, ReadabilitySuiteTest.same(Optional.of(" "), null, Function.identity()));
    }

    @Test
    void timesAgreeAsInstantsWhenBothHaveAZoneElseByDate() {
        Timestamp utc = Timestamp.parse("2024-03-05T08:30Z");
        assertEquals(Agreement.EQUAL, ReadabilitySuiteTest.sameTime(Optional.of(utc), JSON.textNode("2024-03-05T09:30+01:00")));
        assertEquals(Agreement.DIFFERENT, ReadabilitySuiteTest.sameTime(Optional.of(utc), JSON.textNode("2024-03-05T09:30Z")));
        assertEquals(Agreement.EQUAL, ReadabilitySuiteTest.sameTime(Optional.of(Timestamp.parse("2024-03-05")),
                JSON.textNode("2024-03-05T23:59Z")));
        assertEquals(Agreement.ONLY_OURS, ReadabilitySuiteTest.sameTime(Optional.of(utc), JSON.textNode("not a date")));
    }
}
