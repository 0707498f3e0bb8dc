package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TakeoverDirections}: one takeover told both ways round. Each look-alike stands beside a
 * real conflict of the same shape. Written for this test; no article's text.
 */
class TakeoverDirectionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one deal told two ways            | Orrel Mills has agreed to buy the biscuit maker Tarn Bakeries for 90 million euros. | Tarn Bakeries is to be bought by Orrel Mills in a deal worth 90 million euros.
            a merger, no direction            | Orrel Mills has agreed to buy the biscuit maker Tarn Bakeries for 90 million euros. | Orrel Mills and Tarn Bakeries have agreed to merge in a deal worth 90 million euros.
            a deal and an old one the other way | Orrel Mills has agreed to buy the biscuit maker Tarn Bakeries for 90 million euros. | Orrel Mills will buy Tarn Bakeries, which itself bought Orrel Mills' flour arm in 2019 before selling it.
            another buyer for another firm    | Orrel Mills has agreed to buy the biscuit maker Tarn Bakeries for 90 million euros. | Tarn Bakeries has agreed to buy a small bakery chain, Kell Loaves, for 4 million euros.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "who buys whom"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the buyer and the bought swapped  | Orrel Mills has agreed to buy the biscuit maker Tarn Bakeries for 90 million euros. | Tarn Bakeries has agreed to take over Orrel Mills in a deal worth 90 million euros.
            a passive and a noun              | Tarn Bakeries was acquired by Orrel Mills for 90 million euros, the firms said. | Tarn Bakeries' takeover of Orrel Mills was worth 90 million euros, the firms said.
            """)
    void reversedDealsAreReported(String why, String a, String b) throws Exception {
        assertEquals("who buys whom: Orrel Mills or Tarn Bakeries", RuleCases.topics(a, b, "who buys whom").replace("who buys whom: Tarn Bakeries or Orrel Mills", "who buys whom: Orrel Mills or Tarn Bakeries"), why);
    }
}
