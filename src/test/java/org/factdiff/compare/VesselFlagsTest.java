package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link VesselFlags}: one ship given two flags. Each look-alike stands beside a real conflict of
 * the same shape. Written for this test; no article's text.
 */
class VesselFlagsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one flag told twice           | The Maltese-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The tanker Orla Bay, a Maltese-flagged vessel, ran aground on Monday. The Maltese-flagged tanker Orla Bay was refloated later.
            two ships, two flags          | The Maltese-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The Cypriot-flagged tug Kell Star went to help the stranded tanker off Tarn Point on Monday.
            the same flag, name and adjective | The Malta-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The Orla Bay, a tanker sailing under the Maltese flag, ran aground on Monday.
            a flag for the tug beside it  | The Orla Bay, a tanker sailing under the Maltese flag, ran aground on Monday. | The Kell Star, a tug flying the Cypriot flag, went to help the Orla Bay on Monday.
            an unnamed tanker and an unnamed tug | A Maltese-flagged oil tanker ran aground off Tarn Point on Monday. | A Cypriot-flagged tug went to help the stranded tanker off Tarn Point on Monday.
            two ships told only as ships  | A Maltese-flagged cargo ship collided with a tanker off Tarn Point on Monday. | The tanker was struck by a Cypriot-flagged ship off Tarn Point on Monday.
            one article, a change of flag | The Maltese-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The Cypriot-flagged tanker Orla Bay, until last year the Maltese-flagged tanker Orla Bay, ran aground on Monday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "flag of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two flags for one ship        | The Maltese-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The Cypriot-flagged oil tanker Orla Bay ran aground off Tarn Point before dawn on Monday.
            a country's name, an adjective | The Malta-flagged tanker Orla Bay ran aground off Tarn Point on Monday. | The Orla Bay, an oil tanker sailing under the Cypriot flag, ran aground on Monday.
            flying a flag                 | The Orla Bay, a tanker flying the Maltese flag, ran aground on Monday. | The Cyprus-registered tanker Orla Bay ran aground off Tarn Point on Monday.
            """)
    void twoFlagsAreReported(String why, String a, String b) throws Exception {
        assertEquals("flag of the Orla Bay", RuleCases.topics(a, b, "flag of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a flag before the noun, a flag after it | A Maltese-flagged oil tanker ran aground off Tarn Point on Monday. | The oil tanker, which sails under the Cypriot flag, ran aground off Tarn Point before dawn on Monday.
            two flags before the noun     | A Maltese-flagged oil tanker ran aground off Tarn Point on Monday. | A Cypriot-flagged tanker ran aground off Tarn Point before dawn on Monday, the coastguard said.
            """)
    void anUnnamedShipsTwoFlagsAreReported(String why, String a, String b) throws Exception {
        assertEquals("flag of the tanker", RuleCases.topics(a, b, "flag of"), why);
    }
}
