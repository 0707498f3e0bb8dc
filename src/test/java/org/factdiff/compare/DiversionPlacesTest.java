package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DiversionPlaces}: one diversion given two places. Each look-alike stands beside a real
 * conflict of the same shape. Written for this test; no article's text.
 */
class DiversionPlacesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one place told two ways        | A Norwing flight from Adda to Pelso was diverted to Tarrow International Airport on Friday after smoke was seen in the cabin. | The Norwing jet from Adda made an emergency landing at Tarrow on Friday when smoke filled the cabin.
            the destination, not a diversion | A Norwing flight from Adda to Pelso was diverted to Tarrow International Airport on Friday after smoke was seen in the cabin. | The Norwing jet from Adda landed at Pelso on Friday after smoke filled the cabin, passengers said.
            an emergency, landed at the destination | A Norwing flight from Adda to Pelso was diverted to Tarrow on Friday after smoke was seen in the cabin. | The crew of the Norwing flight from Adda declared an emergency on Friday and landed safely at Pelso as planned.
            diverted, then landed where it was going | A Norwing flight from Adda to Pelso was diverted to Tarrow on Friday after smoke was seen in the cabin. | Smoke diverted a Norwing jet on Friday. Passengers of the Adda-to-Pelso service finally landed in Pelso six hours late.
            a landing, no diversion told   | A Norwing flight from Adda to Pelso was diverted to Tarrow on Friday after smoke was seen in the cabin. | The Norwing jet from Adda bound for Pelso landed in Kelvar on Friday to refuel, as it does every week.
            a diversion, then the destination | A Norwing flight from Adda to Pelso was diverted to Tarrow on Friday after smoke was seen in the cabin. | The Norwing jet from Adda was diverted to Pelso on Friday after smoke filled the cabin, having first circled over Tarrow.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "place of the diversion"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            diverted and landed elsewhere  | A Norwing flight from Adda to Pelso was diverted to Tarrow International Airport on Friday after smoke was seen in the cabin. | The Norwing jet from Adda made an emergency landing at Kelvar Regional Airport on Friday when smoke filled the cabin.
            an emergency declared, landed elsewhere | A Norwing flight from Adda to Pelso made an emergency landing at Tarrow Airport on Friday after an engine warning. | The crew of the Norwing flight from Adda declared an emergency on Friday and landed safely at Kelvar Field airport.
            a landing, the diversion told elsewhere | A Norwing flight from Adda to Pelso was diverted to Tarrow on Friday after smoke was seen in the cabin. | Smoke in the cabin diverts Norwing jet. The Adda-to-Pelso flight landed in Kelvar on Friday so that a crew member could be treated.
            a ferry forced to put in       | The Adda ferry was forced to put in at Marrow on Friday after its engine failed in a gale. | The Adda ferry was diverted to the port of Kell on Friday after an engine failure in the gale.
            """)
    void twoPlacesAreReported(String why, String a, String b) throws Exception {
        assertEquals("place of the diversion", RuleCases.topics(a, b, "place of the diversion"), why);
    }
}
