package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Barges ran aground near Port Hallow and in Dunmere overnight.     | `[Port Hallow, Dunmere]`
            Barges ran aground outside the Kessel Locks twice.                | `[Kessel Locks]`
            Barges ran aground in May and again in Dunmere.                   | `[Dunmere]`
            Barges from Dunmere ran aground near Dunmere.                     | `[Dunmere]`
            Barges ran aground in the fog at night.                           | `[]`
            Barges ran aground in the port of Kessel Bay overnight.           | `[Kessel Bay]`
            Barges ran aground near the town of Orlby in the fog.             | `[Orlby]`
            """)
    void namesAfterPrepositionsOfPlace(String sentence, String expected) {
        assertEquals(expected, new PlaceReader().read(Tagged.sentence(sentence)).toString());
    }
}
