package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CaseClaims#properWords}: words written as names inside a sentence. Written for this test. */
class CaseClaimsTest {
    @Test
    void wordsWrittenAsNamesInsideTheSentence() {
        assertEquals(Set.of("brennock"), CaseClaims.properWords("Six men died at its Brennock mine on Monday, the operator said."));
        // After a quotation mark the capital opens the quotation's words, not a name; days and months are no names.
        assertEquals(Set.of("alva", "renn"), CaseClaims.properWords("\"Water rose fast,\" Mayor Alva Renn said on Friday in May."));
        assertEquals(Set.of(), CaseClaims.properWords("The Dutch crew said: Nothing was lost."));
        // A short name in mixed case is one ("storm Ida"); a short word in capitals may be any body's.
        assertEquals(Set.of("ida"), CaseClaims.properWords("The weather service said tropical storm Ida was heading for the CEO."));
    }

    @Test
    void codesOfRoadsAndModelsAreNames() {
        assertEquals(Set.of("n14", "i95"), CaseClaims.properWords("The N14 and the I-95 were shut on Sunday."));
        // Figures, times and words with digits inside are none.
        assertEquals(Set.of(), CaseClaims.properWords("At 10pm 14 cars, 3D printers and 2,000 tonnes were lost."));
    }
}
