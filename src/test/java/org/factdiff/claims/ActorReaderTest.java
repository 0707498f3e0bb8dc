package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Officials in Bremerton thanked Joanna Pike for her help.          | `[bremerton, joanna pike]`
            The United States and the U.S. Navy sent two tugs.                | `[§united_states, §united_states navi]`
            On Friday in April the ferry service stopped for good.            | `[]`
            the harbour crew repaired the crane before noon.                  | `[]`
            """)
    void namesInCanonicalFormOnce(String sentence, String expected) {
        assertEquals(expected, new ActorReader().read(Tagged.sentence(sentence)).toString());
    }
}
