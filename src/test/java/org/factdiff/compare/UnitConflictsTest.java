package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link UnitConflicts}: one figure given in two units. Each look-alike stands beside a real
 * conflict of the same shape, so that silencing the look-alike by silencing everything fails.
 * Written for this test; no article's text.
 */
class UnitConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an amount converted by one article | Tarn Foods will buy the Orrel dairy for €25 million (£21 million), the firms said on Monday. | The Orrel dairy will be sold to Tarn Foods for £21 million, the dairy said on Monday.
            two amounts of two things         | The council fined the Orrel dairy €25,000 on Monday for polluting the river. | The Orrel dairy will pay £25,000 in compensation to anglers on the river, the council said on Monday.
            one unit spelled two ways         | The Orla ferry sank 15 km off Kell Point on Friday, the coast guard said. | The Orla ferry went down 15 kilometres off Kell Point on Friday, the coast guard said.
            one speed unit spelled two ways   | Gusts of up to 90 mph hit Kell Point on Friday night, forecasters said. | Kell Point was hit by gusts of up to 90 miles per hour late on Friday, forecasters said.
            an article that writes both units | About 15 centimetres of snow fell on Dunby overnight; drifts were 40 inches deep on the moor. | Dunby woke to some 6 inches of snow on Tuesday, forecasters said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    /** An article that writes both units mixed up neither: two figures that differ are two figures, not a unit's slip. */
    @org.junit.jupiter.api.Test
    void figuresOfAnArticleThatWritesBothUnitsDifferAsNumbers() throws Exception {
        String a = "About 15 centimetres of snow fell on Dunby overnight; drifts were 40 inches deep on the moor.";
        String b = "Dunby woke to some 15 inches of snow on Tuesday, forecasters said.";
        assertEquals("", RuleCases.topics(a, b, "the unit"));
        assertEquals("number", RuleCases.found(a, b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the currency of a price            | Tarn Foods has agreed to buy the Orrel dairy for €25 million, the firms said on Monday. | The Orrel dairy will be sold to Tarn Foods for £25 million, the dairy said on Monday.
            """)
    void twoCurrenciesAreReported(String why, String a, String b) throws Exception {
        assertEquals("the currency of an amount", RuleCases.topics(a, b, "the currency"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the unit of a depth of snow        | About 15 centimetres of snow fell on Dunby overnight into Tuesday, forecasters said. | Dunby woke on Tuesday to some 15 inches of fresh snow, according to forecasters.
            the unit of a wind speed           | Gusts of 90 km/h battered the Kell Point lighthouse on Friday night, forecasters said. | The Kell Point lighthouse was hit by 90 mph gusts late on Friday, according to forecasters.
            """)
    void twoUnitsAreReported(String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertEquals("number", found, why);
    }
}
