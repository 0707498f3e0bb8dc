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
            the saying and the deed in order | A spokesman for the Tarn harbour police said after the Sunday break-in that the gang had fled by boat. | The gang had watched the Tarn harbour office for days before the Sunday break-in, the police said. | ``
            after all is no order          | Clerk Ana Ruiz said voters must show the green card after all on Monday. | Clerk Ana Ruiz said voters must show the green card before the ballot is stamped on Monday. | ``
            """)
    void oppositeOrderOnOneAnchor(String why, String a, String b, String expected) throws Exception {
        assertEquals(expected, RuleCases.topics(a, b, "order"), why);
    }
}
