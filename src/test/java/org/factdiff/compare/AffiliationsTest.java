package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Affiliations}: one spokesperson given two agencies.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class AffiliationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an officer of one force, told two ways | Sgt. Rowan Pike of the Carvel police department said the men wore masks. | Carvel police spokesman Sgt. Rowan Pike said the men wore masks.
            a man of a town, and a spokesman | Rowan Pike of Carvel said the men wore masks. | Rowan Pike, a spokesman for the county prosecutor's office, said the robbers wore masks.
            one spokeswoman, one agency      | "The car did not stop for ten miles," said Sgt. Dana Whitcombe, a spokeswoman for the county sheriff's office. | Sheriff's office spokeswoman Sgt. Dana Whitcombe said the car did not stop.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            entity | an officer of the police, and a prosecutor's spokesman | Sgt. Rowan Pike of the Carvel police department said the men wore masks. | Rowan Pike, a spokesman for the county prosecutor's office, said the robbers had worn masks.
            entity | one spokeswoman, two agencies  | "The car did not stop for ten miles," said Sgt. Dana Whitcombe, a spokeswoman for the county sheriff's office. | State highway patrol spokeswoman Sgt. Dana Whitcombe said the car did not stop.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
