package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CauseConflicts}: one thing given two causes.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class CauseConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one cause in other words        | The explosion at the Varn mill was caused by a gas leak, the fire brigade said. | The blast at the Varn mill was caused by leaking gas from a boiler, investigators said.
            one wildfire's cause, told twice | The wildfire that burned 900 hectares on Tull Ridge last month was started by a lightning strike, investigators said. | Investigators concluded that a lightning strike ignited last month's Tull Ridge wildfire. 
            a hedged cause                  | The explosion at the Varn mill was caused by a gas leak, the fire brigade said. | The explosion at the Varn mill may have been caused by grain dust, investigators said.
            two things caused               | The flooding at the Varn mill was caused by a burst pipe, the owners said. | The damage at the Varn mill was caused by vandals, the owners said.
            one cause before "the overnight blaze" | A fire that gutted a barn at Varn Farm overnight was caused by faulty wiring, the brigade said. | Investigators said faulty wiring caused the overnight blaze that gutted a barn at Varn Farm.
            one cause told as the subject   | Investigators said a faulty heater in the mill office started the fire at the Varn mill. | The fire at the Varn mill was caused by an old heater, the brigade said.
            one cause, a day's thing        | Investigators said a cracked gas main under the road caused Friday's blast at the Varn mill. | The blast at the Varn mill was caused by a leak from a cracked gas main, the brigade said.
            a cause of another occasion     | The explosion at the Varn mill was caused by a gas leak, the fire brigade said. | A fire at the Varn mill in 2015 was caused by faulty wiring, records show.
            a stop's cause in other words   | Trains between Varn and Osk were halted for three hours on Tuesday after a signalling failure, the operator said. | Services between Varn and Osk were suspended on Tuesday because of a fault with the signals, the operator said.
            a cause told with what it did, both ways | The Varn regatta was cancelled on Saturday after strong winds capsized two marker boats. | Organisers cancelled the Varn regatta on Saturday after strong winds, the club said.
            a stop after a time, not a cause | The Varn regatta was cancelled on Saturday after heavy rain flooded the slipway. | The Varn regatta was cancelled on Saturday after midday, when heavy rain flooded the slipway.
            a stop's two causes, told by one | Trains between Varn and Osk were halted on Tuesday after a signalling failure, the operator said. A fallen tree later blocked the line again. | A fallen tree stopped services between Varn and Osk on Tuesday, the operator said.
            a stop after a time, no cause   | Trains between Varn and Osk were halted on Tuesday after two hours of delays, the operator said. | A fallen tree stopped services between Varn and Osk on Tuesday, the operator said.
            one cause, behind and the cause of | Investigators said a dropped cigarette was behind the fire at the Varn mill. | A discarded cigarette was the cause of the fire at the Varn mill, the brigade said.
            an accident and its kind           | The fire that gutted the Varn mill on Friday was accidental, the brigade said. | The fire that gutted the Varn mill on Friday was caused by faulty wiring, the brigade said.
            one cause identified and linked    | Tests linked the outbreak at Varn school to norovirus spread in the classrooms, inspectors said. | Inspectors said on Monday that tests had identified norovirus as the cause of the illness at Varn school.
            one unnamed cause, told with "it" and blamed alone | A crater about 5 metres wide opened in Tarn Lane early on Monday, swallowing a van, the council said. Engineers said it was caused by a leaking sewer pipe. | A van fell into a crater roughly 5 metres across in Tarn Lane early Monday, the council said. Engineers blamed a leak from an old sewer pipe.
            two unnamed causes of two things   | A crater about 5 metres wide opened in Tarn Lane early on Monday, swallowing a van, the council said. Engineers said it was caused by a leaking sewer pipe. | The Tarn Lane school will stay shut all week while its boiler is replaced, the head teacher said. She blamed a lack of money for repairs.
            one cause blamed for the thing      | The delay at Orrin pier was caused by a jammed loading ramp, the ferry operator said. | The ferry operator blamed a jammed ramp for the delay at Orrin pier.
            an illness traced to its cause, told twice | Twenty pupils at Varn school fell ill; tests traced the outbreak to a burst sewage pipe. | The illness that struck 20 pupils at Varn school was caused by sewage from a burst pipe, inspectors said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "cause of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two causes, one thing named two ways | The explosion at the Varn mill was caused by a gas leak, the fire brigade said. | The blast at the Varn mill was blamed on grain dust, investigators said. | cause of the explosion
            a wildfire's causes, a month and a possessive between | The wildfire that burned 1,900 hectares on Tull Ridge last month was started by sparks from a broken power line, investigators said. | Investigators concluded that a lightning strike ignited last month's Tull Ridge wildfire. | cause of the fire
            a cause told as the subject          | Investigators said a faulty heater in the mill office started the fire at the Varn mill. | The fire at the Varn mill was started deliberately, the brigade said on Monday. | cause of the fire
            a day's thing caused by the subject  | Investigators said a faulty heater in the mill office caused Friday's fire at the Varn mill. | The fire that gutted the Varn mill on Friday was started deliberately, the brigade said. | cause of the fire
            an accident against a deliberate act | A fire that gutted the Varn mill on Friday was caused by faulty wiring, the brigade said. | The fire at the Varn mill was started deliberately, the brigade said on Monday. | cause of the fire
            a stop after a cause without an article, and its rival | The Varn regatta was cancelled on Saturday after gale-force winds damaged the start pontoon. | The Varn regatta was cancelled on Saturday after a power failure cut the lights on the start pontoon. | cause of the disruption
            a stop after one cause, another its subject | Trains between Varn and Osk were halted for three hours on Tuesday after a signalling failure, the operator said. | A tree that came down across the tracks stopped services between Varn and Osk for three hours on Tuesday, the operator said. | cause of the disruption
            a cause said to be behind the thing | A blaze that destroyed the Orrin boathouse was caused by a faulty battery charger, the brigade said. | Investigators said a dropped cigarette was behind the fire that destroyed the Orrin boathouse. | cause of the fire
            a cause before "the overnight blaze" | A fire that gutted a barn at Varn Farm overnight was started by a lightning strike, the brigade said. | Investigators said faulty wiring caused the overnight blaze that gutted a barn at Varn Farm. | cause of the fire
            a cause said to be the cause of the thing | Faulty wiring in a boiler room started the fire that gutted the Orrin boathouse, the brigade said. | A dropped cigarette was the cause of the fire that gutted the Orrin boathouse, investigators said. | cause of the fire
            an illness and an outbreak, one traced | Twenty pupils at Varn school fell ill; tests traced the outbreak to undercooked chicken in the canteen. | The illness that struck 20 pupils at Varn school was caused by norovirus spread in the classrooms, inspectors said. | cause of the outbreak
            a cause identified, another linked | Tests linked the outbreak at Varn school to salmonella in a chicken dish, inspectors said. | Inspectors said on Monday that tests had identified norovirus as the cause of the illness at Varn school. | cause of the outbreak
            two unnamed causes, told with "it" and blamed alone | A crater about 5 metres wide opened in Tarn Lane early on Monday, swallowing a van, the council said. Engineers said it was caused by a leaking sewer pipe. | A van fell into a crater roughly 5 metres across in Tarn Lane early Monday, the council said. Engineers blamed the collapse of a disused well beneath the lane. | cause of the crater
            a cause blamed for the thing, holding "on" | The delay at Orrin pier was caused by a jammed loading ramp, the ferry operator said. | The ferry operator blamed a strike by deckhands on the night shift for the delay at Orrin pier. | cause of the delay
            an accident against arson, "said on Friday that" | Fire investigators said on Friday that the blaze which destroyed a barn outside Orrin was started deliberately. | The fire that gutted a barn near Orrin was accidental, caused by a faulty heater, fire investigators said on Friday. | cause of the fire
            """)
    void twoCausesAreReported(String why, String a, String b, String topic) throws Exception {
        assertEquals(topic, RuleCases.topics(a, b, "cause of"), why);
    }
}
