package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PartOverWhole}: a count of some people above another article's count of all people.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class PartOverWholeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a smaller part may be some of the whole | Five hikers died when the snow bridge gave way on the Orla pass, rescuers said. | Eight people were killed on the Orla pass when a snow bridge collapsed under a group of walkers.
            two groups of people, neither the whole | Twelve crew members were rescued from the listing Marisol on Sunday, the coastguard said. | Thirty passengers were rescued from the listing Marisol on Sunday by lifeboats.
            a breakdown beside the whole           | Seven people died in the Orla pass collapse, five of them hikers from Tessin, rescuers said. | Five hikers died when the snow bridge gave way on the Orla pass, rescuers said.
            two incidents sharing no name          | Eleven quarrymen died when a ledge gave way at the Harrow Edge quarry on Friday, the inspectors said. | According to its owner, eight people lost their lives after a rock face fell at its Dunmere site on Friday.
            fewer of a kind than of the kind holding it | Five miners died when a gallery roof fell at the Oskar pit on Monday, inspectors said. | Eight workers were killed when part of a gallery roof fell at the Oskar pit on Monday.
            more of a kind than of a kind apart    | Nine miners died when a gallery roof fell at the Oskar pit on Monday, inspectors said. | Six rescuers were killed when part of a gallery roof fell on them near the Oskar pit on Monday.
            another outcome                        | Nine hikers were injured when the snow bridge gave way on the Orla pass, rescuers said. | Seven people were killed on the Orla pass when a snow bridge collapsed under a group of walkers.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            number | more of some than of all        | Nine hikers died when the snow bridge gave way on the Orla pass, rescuers said. | Seven people were killed on the Orla pass when a snow bridge collapsed under a group of walkers.
            number | the place named only inside a phrase | Eleven quarrymen died when a ledge gave way at the Harrow Edge quarry on Friday, the inspectors said. | According to its owner, eight people lost their lives after a rock face fell at its Harrow Edge site on Friday.
            number | more of a kind than of the kind holding it | Nine miners died when a gallery roof fell at the Oskar pit on Monday, inspectors said. | Six workers were killed when part of a gallery roof fell at the Oskar pit on Monday.
            number | a bound of some above all        | More than 20 passengers were injured when the tram left the rails in Vell on Friday. | The Vell tram derailment on Friday injured 14 people, the operator said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }
}
