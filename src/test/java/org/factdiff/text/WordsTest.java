package org.factdiff.text;

import org.factdiff.base.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "one|1",
        "The U.S. said|3",
        "F-15E jets near al-Tanf|6",
        "don't stop, 3.5 km away|5",
        "Москва и Дамаск|3",
        "  — – …  |0",
    })
    void countsWords(String text, int expected) {
        assertEquals(expected, Words.count(text));
    }
}
