package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opposite order on one anchor in one statement, next to look-alikes. Written for this test. */
class OrderConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            before and after one anchor    | Clerk Ana Ruiz said voters must show the green card before the ballot is stamped. | Clerk Ana Ruiz said voters must show the green card after the ballot is stamped. | `order relative to “before the ballot”`
            following and prior to a date  | Dairy maker Halden Farms said the batch letters are printed following the sell-by date on each carton. | Dairy maker Halden Farms said the batch letters are printed prior to the sell-by date on each carton. | `order relative to “following the sell-by date”`
            other anchors                  | Clerk Ana Ruiz said voters must show the green card before the ballot is stamped. | Clerk Ana Ruiz said voters must show the green card after the queue is formed. | ``
            the same side in other words   | Clerk Ana Ruiz said voters must show the green card before the ballot is stamped. | Clerk Ana Ruiz said voters must show the green card prior to the ballot being stamped. | ``
            after all is no order          | Clerk Ana Ruiz said voters must show the green card after all on Monday. | Clerk Ana Ruiz said voters must show the green card before the ballot is stamped on Monday. | ``
            """)
    void oppositeOrderOnOneAnchor(String why, String a, String b, String expected) throws Exception {
        assertEquals(expected, RuleCases.topics(a, b, "order"), why);
    }
}
