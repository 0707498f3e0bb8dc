package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link KindConflicts}: the vehicle or the animals of an incident named as two kinds. Each look-alike
 * stands beside a real conflict of the same shape, so that silencing the look-alike by silencing
 * everything fails. Written for this test; no article's text.
 */
class KindConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one kind named two ways           | A coach carrying 40 pupils overturned on the Dunby bypass on Friday. | A school bus overturned on the Dunby bypass on Friday with 40 pupils aboard.
            a kind and a word for any          | A lorry overturned on the Dunby bypass on Friday, spilling its load. | A heavy goods vehicle overturned on the Dunby bypass on Friday, spilling its load.
            two vehicles, both named by both   | A car and a van collided on the Dunby bypass on Friday. The van driver was hurt. | The van and the car collided near the Dunby roundabout on Friday.
            a train and a bus, told by both   | A goods train struck a bus on the Orrel level crossing on Monday morning, the operator said. | The bus was hit by a goods train on the Orrel crossing on Monday, the operator said.
            one airliner, its maker and its kind | An Orrel Air Airbus A320 returned to Dunby airport on Thursday after an engine warning. | The Orrel Air jet turned back to Dunby airport on Thursday after an engine warning, the airline said.
            two vehicles against a third      | A bus and a lorry collided on the Dunby bypass on Friday, police said. | A car overturned on the Dunby bypass on Friday, police said.
            a cyclist and a bike, one vehicle  | A cyclist was hurt on Mill Lane in Dunby on Friday when a van struck her, police said. | Police said a woman riding a bike was hit by a van on Mill Lane in Dunby on Friday.
            a car park and a shuttle bus        | Queues at the Orrel show stretched past the car park on Friday, organisers said. | Shuttle buses ran from the station to the Orrel show on Saturday, organisers said.
            a vehicle of the rescue, not of the event | A light plane crashed in a field near Orrel on Saturday, police said. | The pilot of the plane that crashed near Orrel on Saturday was flown to hospital by helicopter.
            a tractor and a lorry named by both | A goods train hit a tractor towed by a lorry on the Orrel crossing on Monday. | The lorry and the tractor it was towing were struck by a goods train at the Orrel crossing on Monday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "the vehicle"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one kind named two ways           | Nine ewes drowned when the Tarrow burst its banks at Pell Farm on Sunday, the farmer said. | Nine sheep drowned at Pell Farm on Sunday after the Tarrow flooded its fields.
            a kind and a word for any         | A loose dog killed four sheep at Pell Farm on Sunday, police said. | Police said four animals were killed by a dog at Pell Farm on Sunday.
            two kinds, both named by both     | A fire at Pell Farm on Sunday killed six pigs and two horses. | Two horses and six pigs died when fire swept through a barn at Pell Farm on Sunday.
            animals of a show, nothing befell them | The Kell Show drew 30,000 visitors on Saturday, with the sheep-shearing contest the biggest draw. | Crowds at the Kell Show on Saturday packed the stands for the dog trials.
            """)
    void animalLookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "the animals"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            sheep and goats                   | Seven sheep were killed when a loose dog got into a field at Pell Farm on Sunday, police said. | A loose dog mauled seven goats to death at Pell Farm on Sunday, police said.
            cattle and horses                 | Twelve cows were rescued from floodwater at Pell Farm on Sunday by firefighters. | Firefighters saved twelve horses from floodwater at Pell Farm on Sunday.
            """)
    void twoAnimalKindsAreReported(String why, String a, String b) throws Exception {
        assertEquals("the animals of the event", RuleCases.topics(a, b, "the animals"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            true  | two germs                      | Twenty guests at a Kell wedding fell ill with norovirus, health officials said on Monday. | Health officials said on Monday that 20 wedding guests in Kell had been struck down by salmonella.
            false | one germ, one word for any     | Twenty guests at a Kell wedding fell ill with norovirus, health officials said on Monday. | Health officials said on Monday that a stomach bug had struck 20 wedding guests in Kell.
            false | one germ ruled out, another found | Tests on the 20 sick guests at a Kell wedding ruled out salmonella and confirmed norovirus. | Twenty guests at a Kell wedding fell ill with norovirus, health officials said.
            """)
    void germsOfAnOutbreakAreKinds(boolean reported, String why, String a, String b) throws Exception {
        assertEquals(reported ? "the pathogen of the event" : "", RuleCases.topics(a, b, "the pathogen"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a plane and a helicopter          | A light plane came down in a barley field near Orrel on Saturday, injuring the pilot. | A small helicopter crash-landed in a barley field near Orrel on Saturday, injuring its pilot.
            a train and a bus or a lorry      | A goods train struck a bus stuck on the Orrel level crossing on Monday morning, the operator said. | A lorry that stalled on the Orrel level crossing was hit by a goods train on Monday morning, the operator said.
            two makers of airliner            | An Orrel Air Airbus A320 returned to Dunby airport on Thursday after an engine warning. | Pilots of an Orrel Air flight turned back to Dunby airport on Thursday after an engine warning, and the Boeing 737 landed safely.
            a car and a bus, one by a car park | A car struck two cyclists beside the Mill Lane car park in Dunby on Friday evening, police said. | Police said a bus hit two cyclists beside the Mill Lane car park in Dunby late on Friday.
            a car and a van                   | A car struck two cyclists on Mill Lane in Dunby on Friday evening, police said. | Police said a van hit two cyclists on Mill Lane in Dunby late on Friday.
            a bus and a van, the rider told as a cyclist and as on a bike | A cyclist was hurt on Mill Lane in Dunby on Friday when a bus struck her, police said. | Police said a woman riding a bike was hit by a van on Mill Lane in Dunby on Friday.
            a tractor and a lorry             | A goods train struck a tractor on the Orrel level crossing on Monday morning, the operator said. | A farmer's lorry was hit by a goods train on the Orrel level crossing on Monday morning, the operator said.
            """)
    void twoKindsAreReported(String why, String a, String b) throws Exception {
        assertEquals(true, RuleCases.topics(a, b, "the vehicle").startsWith("the vehicle"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            northbound and southbound         | true  | The northbound lanes of the M7 were shut near Orrel on Sunday after a lorry shed its load. | The M7 southbound was closed near Orrel for most of Sunday after a lorry spilled its load.
            one direction named by both       | false | The northbound lanes of the M7 were shut near Orrel on Sunday after a lorry shed its load. | A lorry spilled its load on the northbound M7 near Orrel, closing it for most of Sunday.
            both named, one shut              | false | The northbound lanes of the M7 were shut near Orrel on Sunday after a lorry shed its load. | A lorry travelling southbound on the M7 near Orrel shed its load on Sunday, shutting the northbound lanes.
            two headings of a storm           | true  | Storm Orla was moving north-west at 15 mph late on Monday, the Kell weather office said. | The Kell weather office said Storm Orla was tracking south-east at about 15 mph on Monday night.
            a storm of a short name, two headings | true | Tropical storm Ula was moving east at about 15 km/h on Monday evening, the weather service said. | The weather service said on Monday evening that tropical storm Ula was tracking west at around 15 km/h.
            one heading told two ways          | false | Storm Orla was moving north-west at 15 mph late on Monday, the Kell weather office said. | Storm Orla was heading northwest at about 15 mph on Monday night, forecasters said.
            a place by a point, a heading      | false | Storm Orla was moving north-west at 15 mph late on Monday, the Kell weather office said. | Storm Orla, which was 200 miles south of Kell on Monday, brought gales to the islands.
            a heading and a nearby point       | false | Storm Orla was moving north-west at 15 mph late on Monday, the Kell weather office said. | Storm Orla was moving west-north-west at 15 mph late on Monday, forecasters said.
            """)
    void directionsOfTravelAreKinds(String why, boolean reported, String a, String b) throws Exception {
        assertEquals(reported, RuleCases.topics(a, b, "the direction").startsWith("the direction")
                || RuleCases.topics(a, b, "the heading").startsWith("the heading"), why);
    }

    /** Many articles taking two sides give one finding with every article's side, not one per pair. */
    @org.junit.jupiter.api.Test
    void oneFindingForManyArticles() throws Exception {
        Comparison c = ClaimsPipeline.compare(java.util.List.of(
                org.factdiff.Articles.of("a", "A bus overturned on the Dunby bypass on Friday, injuring nine passengers."),
                org.factdiff.Articles.of("b", "Nine passengers were hurt when a coach overturned on the Dunby bypass on Friday."),
                org.factdiff.Articles.of("c", "A lorry overturned on the Dunby bypass on Friday, injuring nine people, police said.")));
        java.util.List<Contradiction> found = c.contradictions().stream().filter(x -> x.topic().startsWith("the vehicle")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).values().size(), found.toString());
    }
}
