package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NameSpellings}: a name spelled two ways for one office.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class NameSpellingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two people with one office       | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | Mayor Ingrid Hall of the next town sent buses on Friday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            entity | a name spelled two ways        | Mayor Ingrid Halvorsen ordered the old quarter evacuated on Friday. | The evacuation was ordered by Mayor Ingrid Halvorson on Friday.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
