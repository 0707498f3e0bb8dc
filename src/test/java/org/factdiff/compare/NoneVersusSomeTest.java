package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NoneVersusSome}: none of an outcome against some.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class NoneVersusSomeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            none of one outcome, some of another | No one was killed when the roof of the depot collapsed, the owner said. | Two workers were injured when the roof of the depot collapsed, the owner said.
            all rescued, another group missing | All nine passengers of the ferry Kell Maid were rescued after it capsized off Orrin, the coastguard said. | Two crew members of the ferry Kell Maid are still missing after it capsized off Orrin, the coastguard said.
            some of them rescued, some missing | Seven of the nine crew of the trawler Kell Maid were rescued after it sank off Orrin, the coastguard said. | Two of the nine crew of the trawler Kell Maid are still missing after it sank off Orrin, the coastguard said.
            all rescued, all told both ways    | All nine crew of the trawler Kell Maid were rescued after it sank off Orrin, the coastguard said. | The coastguard said all nine crew members of the trawler Kell Maid were saved when it sank off Orrin.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            number | none against some               | No injuries were reported when the roof of the depot collapsed, the owner said. | Two workers were slightly injured as the depot roof came down.
            number | all rescued against some missing | All nine crew of the trawler Kell Maid were rescued after it sank off Orrin, the coastguard said. | Two of the nine crew of the trawler Kell Maid are still missing after it sank off Orrin, the coastguard said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
