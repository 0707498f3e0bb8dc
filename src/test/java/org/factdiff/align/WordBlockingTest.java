package org.factdiff.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link WordBlocking}: candidates by shared words, and the budget of one lookup. */
class WordBlockingTest {
    private static final int NONE = Integer.MAX_VALUE;

    /**
     * Ten sets share one word with the last set, three share two and one shares three; the
     * last set looks them up.
     */
    private static List<Set<String>> sets() {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sets.add(Set.of("gull", "own" + i));
        }
        sets.add(Set.of("gull", "tern", "own10"));
        sets.add(Set.of("gull", "tern", "own11"));
        sets.add(Set.of("gull", "tern", "skua"));
        sets.add(Set.of("gull", "tern", "own13"));
        sets.add(Set.of("gull", "tern", "skua", "own14"));
        return sets;
    }

    private static int[] lookUpLast(int budget) {
        List<Set<String>> sets = sets();
        int n = sets.size();
        WordBlocking blocking = new WordBlocking(sets, IntStream.range(0, n).map(i -> 1).toArray(),
                IntStream.range(0, n).mapToObj(i -> "a" + i).toList(), NONE, NONE, budget, false, n);
        for (int i = 0; i < n - 1; i++) {
            blocking.register(i, i);
        }
        return blocking.candidates(n - 1);
    }

    @Test
    void withinTheBudgetEverySetSharingAWordIsACandidate() {
        assertArrayEquals(IntStream.range(0, 14).toArray(), lookUpLast(NONE));
        assertArrayEquals(IntStream.range(0, 14).toArray(), lookUpLast(14));
    }

    @Test
    void pastTheBudgetTheSetsSharingTheMostWordsAreKept() {
        // The set sharing three words, then those sharing two, the lowest first; in ascending order.
        assertArrayEquals(new int[] {12}, lookUpLast(1));
        assertArrayEquals(new int[] {10, 11, 12}, lookUpLast(3));
        assertArrayEquals(new int[] {10, 11, 12, 13}, lookUpLast(4));
        assertArrayEquals(new int[] {0, 10, 11, 12, 13}, lookUpLast(5));
    }

    @Test
    void aBudgetBelowOneIsRefused() {
        assertEquals("common, cap and budget must be at least 1, were 1, 1 and 0",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new WordBlocking(List.of(Set.of("x")), new int[] {1}, List.of("a"), 1, 1, 0, false, 1))
                        .getMessage());
    }

    /** A lookup reads a bounded number of entries however many sets share its words. */
    @Test
    void aLookupReadsABoundedNumberOfEntries() {
        int n = 3 * WordBlocking.MAX_READ;
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(Set.of("gull", "own" + i));
        }
        sets.add(Set.of("gull", "tern"));
        WordBlocking blocking = new WordBlocking(sets, IntStream.range(0, n + 1).map(i -> 1).toArray(),
                IntStream.range(0, n + 1).mapToObj(i -> "a" + i).toList(), NONE, NONE, NONE, false, n + 1);
        for (int i = 0; i < n; i++) {
            blocking.register(i, i);
        }
        int[] found = blocking.candidates(n);
        assertEquals(WordBlocking.MAX_READ, found.length);
        // The newest entries are read first.
        assertEquals(n - WordBlocking.MAX_READ, found[0]);
        assertEquals(n - 1, found[found.length - 1]);
    }

    /** A key holds its first {@code cap} entries: later sets under it are not filed there. */
    @Test
    void aFullKeyTakesNoMore() {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sets.add(Set.of("gull"));
        }
        WordBlocking blocking = new WordBlocking(sets, new int[] {1, 1, 1, 1, 1, 1},
                List.of("a0", "a1", "a2", "a3", "a4", "a5"), NONE, 3, NONE, false, 6);
        for (int i = 0; i < 5; i++) {
            blocking.register(i, i);
        }
        assertArrayEquals(new int[] {0, 1, 2}, blocking.candidates(5));
    }

    /**
     * With sets of one article never grouped, a lookup passes over its own article's entries
     * (the newest ones, as sets come in article order) to those of other articles, in any key.
     */
    @Test
    void aLookupPassesOverItsOwnArticle() {
        List<Set<String>> sets = List.of(Set.of("gull", "tern"), Set.of("gull", "tern"), Set.of("gull"),
                Set.of("gull", "tern"), Set.of("gull", "tern"), Set.of("gull", "tern"));
        List<String> articles = List.of("x", "x", "y", "z", "z", "z");
        WordBlocking blocking = new WordBlocking(sets, new int[] {1, 1, 1, 1, 1, 1}, articles, NONE, NONE, NONE, true, 6);
        for (int i = 0; i < 5; i++) {
            blocking.register(i, i);
        }
        assertArrayEquals(new int[] {0, 1, 2}, blocking.candidates(5), "z's own sets 3 and 4 are passed over");
    }
}
