package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One act denied of different things, next to look-alikes. Written for this test; no article's text. */
class DenialScopesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a place inside one denial and outside the other | Health officer Ana Ruiz said the vaccine is not sold in pharmacies and is shipped only to clinics in four counties. | Health officer Ana Ruiz said the vaccine is not sold in pharmacies and clinics in four counties. | what is not sold
            the other place not named at all | Health officer Ana Ruiz said the vaccine is not sold in pharmacies, but is shipped only to clinics in four counties. | Health officer Ana Ruiz said the vaccine is not sold in pharmacies in four counties. | ``
            a comma inside the denied words  | Health officer Ana Ruiz said people should not eat any cheese made at the Halden, Vermont, dairy plant this month. | Health officer Ana Ruiz said people should not eat any cheese made at the dairy plant in Halden, Vermont, this month. | ``
            two acts denied                  | Health officer Ana Ruiz said the vaccine is not sold in pharmacies and is shipped only to clinics in four counties. | Health officer Ana Ruiz said the vaccine is not shipped to pharmacies and clinics in four counties. | ``
            """)
    void oneActDeniedOfDifferentThings(String why, String a, String b, String expected) throws Exception {
        assertEquals(expected, RuleCases.topics(a, b, "what is not"), why);
    }
}
