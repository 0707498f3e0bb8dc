package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.factdiff.base.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CuesTest {
    static final Path LISTS = TestFiles.project().resolve("src/main/resources/org/factdiff/claims");
    static final Path SOURCES = TestFiles.project().resolve("src/main/java/org/factdiff/claims");

    static List<String> lists() throws IOException {
        try (Stream<Path> files = Files.list(LISTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    /** Every list loads, has entries, names none twice (the loader refuses) and is lower case. */
    @ParameterizedTest
    @MethodSource("lists")
    void everyListLoadsWithoutDuplicates(String list) {
        List<String> lines = WordLists.lines(Cues.class, list);
        assertFalse(lines.isEmpty(), list);
        List<String> keys = new ArrayList<>();
        for (String line : lines) {
            assertFalse(line.startsWith("#"), list + ": comments are skipped");
            keys.add(line.contains("=") ? line.substring(0, line.indexOf('=')).strip() : line);
        }
        assertEquals(keys.size(), new HashSet<>(keys).size(), list + " names an entry twice");
        for (String key : keys) {
            assertEquals(key.toLowerCase(java.util.Locale.ROOT), key, list + ": words are compared in lower case");
        }
    }

    /** Each list is read by exactly one constant: no list is orphaned, none is read twice. */
    @ParameterizedTest
    @MethodSource("lists")
    void everyListIsReadOnce(String list) throws IOException {
        int uses = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path p : files.toList()) {
                String code = Files.readString(p);
                uses += code.split(java.util.regex.Pattern.quote("\"" + list + "\""), -1).length - 1;
            }
        }
        assertEquals(1, uses, list);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", textBlock = """
            ninth, 9
            9th, 9
            21st, 21
            twenty-first, 21
            thirtieth, 30
            thirty-first, 31
            first-second, none
            twenty, none
            nineteen-first, none
            """)
    void ordinalsInDigitsAndWords(String word, Integer number) {
        assertEquals(number, Cues.ordinal(word));
    }

    /** A word of the event tells it only when it is the event's own verb: "began dropping rock" begins a doing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the fire began at the mill on monday           | true
            crews began dropping rock into the gap          | false
            officials started to count the ballots          | false
            a shark bit a swimmer off the point             | true
            he was bitten on the arm                         | true
            it took quite a bit of time                     | false
            """)
    void happeningIsTheEventsOwnWord(String sentence, boolean tells) {
        assertEquals(tells, Cues.tellsHappening(List.of(sentence.split(" "))), sentence);
    }

    @Test
    void theFacadeKeepsTypesAndOrder() {
        assertEquals(List.of("critical", "serious", "death", "injury", "hospital", "transfer", "discharge", "missing", "illness", "population", "employment", "layoff", "capacity", "rescue", "displacement", "arrest", "conviction", "acquittal", "derailment", "destruction", "flooding", "damage",
                "release", "attendance", "aboard"), List.copyOf(Cues.EVENTS.keySet()), "priority order");
        assertEquals("death", Cues.eventOf("perished"));
        assertEquals("", Cues.eventOf("sang"));
        assertEquals(List.of("at", "least"), Cues.QUALIFIERS.get(0).getKey());
        assertEquals(Qualifier.AT_LEAST, Cues.QUALIFIERS.get(1).getValue(), "no fewer than");
        assertEquals(Integer.valueOf(70), Cues.NUMBER_WORDS.get("seventy"));
        assertEquals(1e9, Cues.MULTIPLIERS.get("billion"));
        assertEquals(40.0, Cues.PLURAL_AMOUNTS.get("scores"));
        assertEquals("police chief", Cues.OFFICES.get(List.of("chief", "of", "police")));
        // Longer offices come first in every run, so that "prime minister" wins over "minister".
        int size = Integer.MAX_VALUE;
        for (List<String> office : Cues.OFFICES.keySet()) {
            org.junit.jupiter.api.Assertions.assertTrue(office.size() <= size, "longest first: " + office);
            size = office.size();
        }
        assertEquals("acting", Cues.OFFICE_RANKS.get("interim"));
        assertEquals("strike", Cues.ATTACK_NOUNS.get("airstrikes"));
        assertEquals(List.of("increas", "decreas"), Cues.OPPOSITES.get(1));
        assertEquals(List.of("could", "not", "be", "confirmed"), Cues.UNKNOWN_PHRASES.get(4));
        assertEquals(9, Cues.MONTH_NUMBERS.get("sept"));
        assertTrue(Cues.MONTHS.contains("dec") && !Cues.MONTHS.contains("decade"));
        assertEquals("sunday", Cues.WEEKDAYS.get(6));
        assertTrue(Cues.isUnknown("Not  Immediately clear"));
        assertFalse(Cues.isUnknown("reportedly"));
        assertEquals(Set.of("previously", "formerly", "again"), Cues.OTHER_OCCASION);
    }
}
