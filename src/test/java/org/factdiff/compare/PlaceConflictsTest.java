package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PlaceConflicts}: one building, one street or the town of the event named as two places. Each look-alike
 * stands beside a real conflict of the same shape, so that silencing the look-alike by
 * silencing everything fails. Written for this test; no article's text.
 */
class PlaceConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a town and its county              | Vennor Dairies will close its cheese factory in Askby, Lowmoor, next spring, cutting 90 jobs. | The firm's factory in Lowmoor, which makes cheese, will close next spring with 90 jobs lost.
            a firm with two plants, both named | Vennor Dairies will close its cheese factory in Askby next spring but keep its factory in Tolbury open. | The firm's factory in Tolbury will stay open next spring, Vennor Dairies said.
            two things in two places           | Vennor Dairies will close its cheese factory in Askby next spring, cutting 90 jobs. | Vennor Dairies will close its office in Tolbury next spring, cutting 90 jobs.
            a story that names both streets    | A water main burst on Kettle Street in Pruett early on Monday, flooding homes on Tanner Road. | Homes on Tanner Road in Pruett were flooded when a water main burst early on Monday.
            a place that is a country          | Vennor Dairies will close its cheese factory in France next spring, cutting 90 jobs. | The firm's factory in Askby, which makes cheese, will close next spring with 90 jobs lost, Vennor Dairies said.
            the same town in other words       | Vennor Dairies will close its cheese factory in Askby next spring, cutting 90 jobs. | Cheese maker Vennor Dairies said the factory in Askby would close next spring with 90 jobs lost.
            one venue, its kind reworded       | Nine fans were hurt in a crush at the Pruett Arena in Kessby on Friday night, police said. | Police said nine fans were injured in a crush outside the Pruett Stadium in Kessby on Friday night.
            a find and where the found was taken | Coastguards found the missing kayaker near Tarrow Head on Monday evening. | The kayaker, found on Monday evening, was recovering at Askby General Hospital, the coastguard said.
            one place of a find, two ways written | Coastguards found the missing kayaker near Tarrow Head on Monday evening. | The missing kayaker was found at the foot of Tarrow Head on Monday evening, coastguards said.
            a venue where the hurt were taken   | Nine fans were hurt in a crush at the Pruett Arena in Kessby on Friday night. Medics treated them at the Kessby Leisure Centre. | Nine fans were hurt in a crush at the Pruett Arena in Kessby on Friday night, police said.
            a venue of a later meeting          | Nine fans were hurt in a crush at the Pruett Arena in Kessby on Friday night, police said. | Police said on Monday that nine fans were hurt in the Kessby crush; councillors will discuss it at the Kessby Town Hall.
            a street the crews came across     | A gas main burst beneath Kettle Street in Pruett early on Monday, the gas board said. | Crews from across Tanner Road in Pruett fixed the burst gas main early on Monday, the gas board said.
            a neighbour's street               | A water main burst on Kettle Street in Pruett early on Monday, flooding six homes, the water board said. | Ada Morrow, who lives on Tanner Road in Pruett, said the burst water main woke her early on Monday.
            a village and its county           | A barn burned down in the village of Orlby in Tamsey County on Sunday night, killing 40 cattle, the fire service said. | Forty cattle died when a barn burned down in Tamsey County on Sunday night, the fire service said.
            a district and its city            | About 90 people were evacuated in the Brennick district of Sollam on Monday after a gas main burst. | About 90 people were evacuated in Sollam on Monday after a gas main burst, the city said.
            the hurt taken to another town     | A van overturned near Pellby on Friday, injuring two people, police said. | Two people hurt when a van overturned on Friday were taken to hospital in Durran, police said.
            a town the other names outside a site's name | A burst water main flooded the main street in the village of Askby on Monday morning, closing four shops. | Four shops closed on Monday when a water main burst in the village of Tolbury, flooding its main street, and Askby lost water too. 
            a club's ground and its stand      | One person has died after part of a roof crashed down onto spectators at Tarby Athletic's Kessel Park during Saturday's game against Orrin Town. | Supporters who were in Kessel Park's North Stand when part of its roof collapsed on Saturday have questioned why the match went ahead.
            a storm over several towns         | The storm flooded 30 homes in Askby and cut power in Tolbury on Sunday, the council said. | Thirty homes were flooded in Wrenfield on Sunday as the storm hit, the council said.
            a venue named after 'at'           | Two fans were hurt in a crush at Kessby Arena on Saturday night, police said. | Two fans were hurt in a crush in Tolbury on Saturday night, police said.
            one street, its kind reworded      | A water main burst on Kettle Street in Pruett early on Monday, flooding six homes, the water board said. | Six homes in Pruett were flooded when a water main burst on Kettle Road early on Monday, the water board said.
            one river named two ways           | A body was recovered from the River Tarrow near Askby weir on Sunday, police said. | Police pulled a body from the Tarrow near Askby weir on Sunday.
            a story that names both rivers     | A boy was swept from the River Tarrow into the River Osk at Askby on Sunday. | The boy was swept into the River Osk at Askby on Sunday, police said.
            one last sighting, its day moved  | Ivo Marsh, 40, was last seen at the Kelby bus station on Friday, police said. | Police said Ivo Marsh, 40, was last seen on Friday near the Kelby bus station.
            one last sighting, its weekday first | Ivo Marsh, 40, was last seen Friday evening at the Kelby bus station, police said. | Police said Ivo Marsh, 40, was last seen at the Kelby bus station on Friday.
            one meeting's city, with its region | The leaders of Orrin and Tarrow will hold talks in the port city of Kelby on 14 May, both governments said. | Officials said the leaders of Orrin and Tarrow will meet in Kelby, on the Tarrow coast, on 14 May.
            one hurt, two hospitals named by one article | A cyclist hurt in a collision on the Kelby road was taken to Askby General Hospital, police said. | The injured cyclist was first taken to Askby General Hospital and later moved to the Royal Tolbury Infirmary, police said.
            two hurt, a hospital each            | A cyclist hurt in a collision on the Kelby road was taken to Askby General Hospital, police said. | The van driver hurt in the collision on the Kelby road was taken to the Royal Tolbury Infirmary, police said. The cyclist went to Askby General Hospital.
            one branch by its street, two ways | Two masked men robbed the Harbour Road branch of Kell Bank in Pruett on Monday afternoon, police said. | Police are searching for two masked men who held up Kell Bank's branch on Harbour Road in Pruett on Monday afternoon.
            two counts taken to two hospitals    | Two riders hurt in the Kelby road collision were taken to Askby General Hospital, police said. | Five riders hurt in the Kelby road collision were taken to the Royal Tolbury Infirmary, police said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "the "), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a factory in two towns   | Vennor Dairies will close its cheese factory in Askby next spring, cutting 90 jobs, the company said. | The company's factory in Tolbury, which makes cheese, will close next spring with the loss of 90 jobs, Vennor Dairies said. | the place of the factory
            a derailment by two towns, no other name shared | A goods train derailed near Askby on Friday night, with nine wagons leaving the rails, the operator said. | Nine wagons of a goods train came off the tracks outside the town of Tolbury late on Friday, the operator said. | the town
            a town, and the other named only in a depot's name | A burst water main flooded the main street in the village of Askby on Monday morning, closing four shops. | Four shops closed on Monday when a water main burst in the village of Tolbury, flooding its main street, while crews from the Askby depot made repairs. | the town
            a bite in two towns, told passive and active | A 30-year-old swimmer was bitten on the arm by a dog on the beach in the town of Askby on Sunday, lifeguards said. | A dog bit a 30-year-old swimmer on the arm on the beach in the town of Tolbury on Sunday, according to lifeguards. | the town
            two towns of one county  | A tornado damaged about 30 homes in Orlby, Tamsey County, on Tuesday, officials said. | Around 30 houses in the Tamsey County town of Wrenfield were damaged when a tornado touched down on Tuesday, officials said. | the town
            two venues of one crush  | Nine fans were hurt in a crush at the Pruett Arena in Kessby on Friday night, police said. | Police said nine fans were injured in a crush outside the Corn Exchange Hall in Kessby on Friday night. | the venue
            a street a main ran under | A gas main burst beneath Kettle Street in Pruett early on Monday, the gas board said. | The gas board said a main ruptured under Tanner Road in Pruett early on Monday. | the street
            a street named two ways  | A water main burst on Kettle Street in Pruett early on Monday, flooding six homes, the water board said. | Six homes in Pruett were flooded when a water main burst in Tanner Road early on Monday, according to the water board. | the street
            a river named two ways   | A body was recovered from the River Tarrow near Askby weir on Sunday, police said. | Police said a body was pulled from the River Osk close to Askby weir on Sunday. | the river
            where a missing person was found | Coastguards found the missing kayaker near Tarrow Head on Monday evening after a long search. | The missing kayaker was found on the shore of Kelby Sands on Monday evening, coastguards said. | the place of the find
            two places of a last sighting    | Police are searching for Ivo Marsh, 40, who was last seen at the Kelby bus station on Friday evening. | Ivo Marsh, 40, was last seen outside the Kelby public library on Friday evening, police said. | the place of the last sighting
            two places, the weekday first     | Police are searching for Ivo Marsh, 40, who was last seen Friday evening near the Kelby shopping centre. | Ivo Marsh, 40, was last seen Friday evening outside the Kelby public library, police said. | the place of the last sighting
            two cities for one meeting       | The leaders of Orrin and Tarrow will hold talks in the port city of Kelby on 14 May, both governments said. | The leaders of Orrin and Tarrow will meet in Dunmore, the Tarrow capital, on 14 May, officials said. | the place of the meeting
            a bank's branch by two streets   | Two masked men robbed the Harbour Road branch of Kell Bank in Pruett on Monday afternoon, police said. | Police are searching for two masked men who held up Kell Bank's Mill Lane branch in Pruett on Monday afternoon. | the street
            one hurt taken to two hospitals  | A cyclist hurt in a collision on the Kelby road was taken by ambulance to Askby General Hospital, police said. | The injured cyclist was airlifted to St. Maren's Hospital in Tolbury, police said. | the hospital someone was taken to
            """)
    void twoPlacesForOneThingAreReported(String why, String a, String b, String topic) throws Exception {
        assertEquals(topic, RuleCases.topics(a, b, "the "), why);
    }
}
