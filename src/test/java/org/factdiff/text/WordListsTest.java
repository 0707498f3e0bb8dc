package org.factdiff.text;

import org.factdiff.base.WordLists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordListsTest {
    @Test
    void commentsAndBlankLinesAreSkippedAndEntriesStripped() {
        assertEquals(List.of("alpha", "beta gamma", "delta = 4", "epsilon=5"),
                WordLists.lines(WordListsTest.class, "wordlist-sample.txt"));
    }

    @Test
    void setsPhrasesMapsAndGroups() {
        assertEquals(List.of("alpha", "beta gamma", "delta = 4", "epsilon=5"),
                List.copyOf(WordLists.set(WordListsTest.class, "wordlist-sample.txt")), "file order");
        assertEquals(List.of("beta", "gamma"), WordLists.phrases(WordListsTest.class, "wordlist-sample.txt").get(1));
        Map<String, String> map = WordLists.map(WordListsTest.class, "wordlist-map.txt");
        assertEquals(List.of("one", "two words", "three"), List.copyOf(map.keySet()), "file order");
        assertEquals("1", map.get("one"));
        assertEquals("a = b", map.get("three"), "split at the first '='");
        assertEquals(List.of(List.of("Alpha", "A."), List.of("Beta", "B", "Bb")),
                WordLists.groups(WordListsTest.class, "wordlist-groups.txt"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wordlist-duplicate.txt  | names 'alpha' twice
            wordlist-badmap.txt     | expected 'key = value'
            no-such-list.txt        | missing from the build
            """)
    void mistakesInAListFailAtLoad(String resource, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            if (resource.contains("badmap")) {
                WordLists.map(WordListsTest.class, resource);
            } else {
                WordLists.set(WordListsTest.class, resource);
            }
        });
        assertTrue(e.getMessage().contains(message) && e.getMessage().contains(resource), e.getMessage());
    }

    @Test
    void wordsSplitAtWhiteSpace() {
        assertEquals(List.of("no", "fewer", "than"), WordLists.words("  no fewer\tthan "));
    }
}
