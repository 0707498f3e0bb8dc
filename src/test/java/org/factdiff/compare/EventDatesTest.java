package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link EventDates}: two days for the event.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class EventDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a later day for something else   | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Engineers inspected the old dam on Thursday, May 2, a day after it collapsed.
            a later weekday for something else | The barge ran aground near Kell Point on Monday, the harbour office said. | Tugs refloated the barge on Wednesday, two days after it grounded near Kell Point.
            the same day written day first   | The sluice at Orrin Weir was opened on 6 May, the board said. | The board said it opened the Orrin Weir sluice on May 6.
            other verbs on other days        | The sluice at Orrin Weir was closed on 6 May, the board said. | The board said it reopened the Orrin Weir sluice on May 9.
            one year for each verb           | The Tarn Street footbridge, opened in 1958, was shut after cracks were found. | The Tarn Street footbridge, which was repainted in 1996, was shut after cracks were found.
            one year for each thing joined   | Inspector Hale, who joined the police in 1990, led the search on Tarn Street. | Hale, who joined the council in 2004, spoke to residents on Tarn Street.
            a state still going on, a day later | Ambulances were diverted from Tarn General on Tuesday after the cyber attack. | Ambulances were still being diverted from Tarn General on Wednesday night, staff said.
            opening its doors, opening a wing | The Tarn Street baths first opened their doors in 1958 and will close on Friday. | The Tarn Street baths, which opened a new wing in 1971, will shut this week.
            the same year twice              | The Tarn Street footbridge, opened in 1958, was shut after cracks were found. | Engineers shut the Tarn Street footbridge, which opened in 1958, after finding cracks.
            one date set, written two ways   | The magistrate set the inquest for Sept. 9 and released the driver on bail. | An inquest has been scheduled for September 9, the magistrate said.
            two things set for two dates     | The magistrate set the inquest for Sept. 9 and released the driver on bail. | The magistrate said the driver's trial was scheduled for Sept. 30.
            the same day in words and digits | The old dam collapsed on the twelfth of May, flooding the lower town. | The old dam collapsed on May 12, flooding the lower town.
            one disease confirmed, then a second case | Inspectors confirmed foot-and-mouth disease at a cattle farm near Orrel on Tuesday, the ministry said. | Inspectors confirmed a second case of foot-and-mouth disease at a farm near Orrel on Thursday.
            a thing the event left, another verb's day | A passenger ferry capsized off the island of Tarrin on Friday evening, killing three people, the coast guard said. | Navy divers recovered three more bodies from the overturned hull of the ferry on Saturday, raising the toll from the capsizing off Tarrin to six.
            one verb, two visits             | Transport minister Ola Brandt, who visited the crash site on Monday, promised a review of the road. | Governor Ruth Varga, who visited the hospital on Sunday, said the crash victims were in good hands.
            two things to come on two days   | The Harl Valley fair will open on August 2, its organisers said. | The Harl Valley bypass will reopen on August 9, the council said.
            a loss and a return on two days  | Some 900 farms near Oskel lost mains power on Monday when a pylon fell in the gale. | Mains power came back to some 900 farms near Oskel on Wednesday, after a pylon fell in the gale.
            a hearing and a trial to come    | The inquest into the death of climber Pia Lund will open on 3 June in Tarrow. | Climber Pia Lund's family will attend a memorial on 10 June in Tarrow.
            a day of what followed the event | The search for three divers missing since their boat capsized off Kell Point resumed at dawn on Thursday. | The dive boat capsized off Kell Point on Tuesday afternoon, the coastguard said.
            the event in a clause apart      | The ferry, which ran aground off Sarn Head, was towed clear on Friday, the port said. | The ferry ran aground off Sarn Head on Wednesday, the port said.
            a break-in and the arrest after it | Thieves broke into the Tarrow Folk Museum on Friday night and took two silver cups, police said. | Police arrested two men on Monday over the theft of silver cups from the Tarrow Folk Museum.
            one day told with other verbs    | A goods train left the rails outside Pellow Junction on Monday, 6 May, the operator said. | The goods train derailed outside Pellow Junction on Monday, May 6, according to the operator.
            another happening, the event's day told too | A gas main burst under Hollin Square on Wednesday, May 1, flooding the cellars of six shops. | Six cellars flooded when a gas main burst under Hollin Square on Wednesday. A smaller burst in the same main on May 18 was patched within hours.
            another happening, the event told before its verb | A gas main burst under Hollin Square on Wednesday, May 1, flooding the cellars of six shops. | Six cellars flooded when a burst gas main tore up Hollin Square on Wednesday. A smaller burst in the same main on May 18 was patched within hours.
            a weekday and the date on it     | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Water poured into the lower town when the old dam gave way on Wednesday.
            the doers caught later           | Burglars took four clocks from the Orrin Clock Museum early on Tuesday, police said. | The burglars were caught on Friday with four clocks from the Orrin Clock Museum, police said.
            the doers before a court later   | Burglars took four clocks from the Orrin Clock Museum early on Tuesday, police said. | The burglars appeared before magistrates on Friday charged over four clocks from the Orrin Clock Museum.
            arrests on two nights, both told  | Police in Brannow arrested eleven people on Friday during a second night of unrest over the mill closure. Six had been detained on Thursday night. | Six people were arrested in Brannow on Thursday night as unrest over the mill closure grew, police said.
            a strike and a second one to come | Bus drivers at the Orrin depot walked out on 6 May over rotas, their union said. | Bus drivers at the Orrin depot will strike again on 20 May over rotas, their union said.
            strikes of two workforces to come | Bus drivers at the Orrin depot will walk out on 6 May over rotas, their union said. | Cleaners at Dunby hospital will strike on 20 May over pay, their union said.
            a reopening told both ways, one day | The Orrin lido will reopen on Saturday, 11 May, after a year of repairs, the council said. | The council said the Orrin lido would open again on Saturday, 11 May, once repairs end.
            one sale told by both sides      | A rare atlas sold for £90,000 at the Orrin auction house on 6 May, well above its estimate. | A private collector paid £90,000 for the rare atlas at an Orrin auction house sale on May 6.
            a possessive day, one day        | Friday's landslide on the Kessel pass road buried two cars, the police said. | Two cars were buried when a landslide hit the Kessel pass road on Friday, police said.
            a launch told two ways, one day  | The Tarn-2 probe lifted off from the Kell range at dawn on Monday, the agency said. | A rocket carrying the Tarn-2 probe blasted off from the Kell range early on Monday, the agency said.
            a launch to come told two ways, one day | The agency will launch its Tarn-2 probe from the Kell range test site on Friday, officials said. | The Tarn-2 probe is scheduled to lift off from the Kell range on Friday, the agency said.
            a possessive day of another clause | Thursday's hearing was brief, and the Dunby board approved the bypass plan. | The Dunby board approved the bypass plan on Saturday after a long debate.
            an opening in a timetable's present, one day | The Brannow book fair opens on Friday in the old corn exchange, its organisers said. | Its organisers said the Brannow book fair will open on Friday in the corn exchange.
            an occasion's day told with and without a verb | Forty guests fell ill with food poisoning after a wedding reception in Tarby on Saturday, inspectors said. | Inspectors said the guests who attended the wedding reception in Tarby on Saturday had eaten chicken.
            two occasions on two days          | A vigil for the Tarby crash victims was held in Tarby on Friday, the council said. | The funeral of one of the Tarby crash victims took place in Tarby on Monday, the council said.
            two changes from two dates         | Drivers will pay £3 a day at the Tarby station car park from 1 March, the council said. | The new Tarby bus timetable will run from 1 May, the council said.
            a span, not a change's start       | Orrin bus fares will rise by 5% from 1 June, the operator said. | Orrin bus fares will rise by 5% from 1 June; from 1 April to 30 April they stay frozen.
            a post left and the day it was told | Orrin Mills chief executive Ada Brisk stepped down on Tuesday after nine years. | Ada Brisk left her post at Orrin Mills on Tuesday, the firm said on Thursday.
            jobs to be cut and power lost      | Orrin Mills lost power on Monday after a storm, the firm said. | Orrin Mills announced plans to cut 200 jobs on Friday, the firm said.
            a walkout and the day it was told  | Orrin dock workers walked off the job Tuesday morning, their union said. | Orrin dock workers walked off the job on Tuesday, the union said Wednesday.
            a strike begun on one day after a vote on another | The strike by Orrin dock workers began Monday morning, after members voted Saturday to reject the pay offer. | Orrin dock workers voted on Saturday to reject the pay offer, and the strike began on Monday, their union said.
            talks and classes to resume on two days | The company and the union agreed on Tuesday to resume talks on Thursday with a mediator in Orrin. | Classes at Orrin's schools are set to resume Friday after the storm, the council said.
            a vote's day beside a strike's, each its own | The strike by Orrin dock workers began Monday morning, after members voted Saturday to reject the pay offer. | Orrin dock workers began their strike on Monday, their union said.
            a strike begun, and the vote for it | Orrin dock workers began an indefinite strike on Monday, 13 May, their union said. | Orrin dock workers voted for an indefinite strike on Wednesday, 8 May, according to their union.
            a sentencing and a hearing on two days | The judge remanded Dale Kerr in custody until his sentencing on 21 May. | Dale Kerr was granted bail until a hearing on 12 May, the court heard.
            a verdict's day and a hearing's         | Dale Kerr, who ran the Orrin depot for a decade, was found guilty on Tuesday of theft. | Dale Kerr, the former Orrin depot manager, appeared in court on Wednesday to deny theft.
            one night told two ways, the event far back | A lorry hit a minibus near Tarby late on 12 May, killing four people, police said. | Police said four people died in the collision between a lorry and a crowded school minibus on the ring road near Tarby on the night of 12 May.
            a work's year and its building's, one article giving both | The Orrin gallery is housed in a former mill built in 1868. Its finest piece is The Salt Harvest, which Orla completed in 1864. | The Orrin gallery, a former mill built in 1868, holds The Salt Harvest and other works by Orla.
            two people who died on two days   | Ada Brisk, a retired nurse from Orrin, died at Tarby General Hospital on Wednesday morning. | Ivo Marsh, 81, died late on Tuesday at Tarby General Hospital, his family said.
            the event's subject, a search after it | A gas blast tore through a bakery in Orrin on Thursday, injuring two bakers, police said. | Investigators searched the Orrin bakery on Friday, a day after the gas blast, police said.
            a thing opened after it was built  | The Kell lido, built in 1933, will close next month, the council said. | The council will close the Kell lido, which opened in 1935, next month.
            two things expected on two days   | Strikers blocked the Orrin depot on Tuesday. Full bus service was expected to resume Wednesday morning. | Strikers blocked the Orrin depot on Tuesday. The transit board had been expected to approve a cleaning contract with Tull Services on Tuesday.
            a vote over, and a return to come | Local 44 President Ada Brisk said Friday the union would hold a strike vote on Nov. 3. | Brisk said after the vote that the union would "be back on Nov. 9, and we'll be bigger."
            a theft, and a patient taken from a ward | Two clocks were stolen from the Orrin Clock Museum on the night of 12 May, police said. | A patient was taken from the Orrin Clock Museum to hospital on 14 May after falling ill on a visit.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            date   | two days for the event           | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Water poured into the lower town when the old dam gave way on Thursday, May 2.
            date   | a death on two days, the subject before an apposition | Ada Brisk, a retired nurse from Orrin, died at Tarby General Hospital on Wednesday morning. | Ada Brisk, 79, died late on Tuesday at Tarby General Hospital, her family said.
            date   | a theft told as "taken from"      | Two clocks were stolen from the Orrin Clock Museum on the night of 12 May, police said. | Police in Orrin said two clocks were taken from the town's clock museum on the night of 21 May.
            date   | a weekday against a date told with its own | The old dam collapsed on Wednesday, May 1, flooding the lower town. | Water poured into the lower town when the old dam gave way on Thursday.
            date   | a theft told by its doers and in the passive | Burglars took four clocks from the Orrin Clock Museum early on Tuesday, police said. | Four clocks were stolen from the Orrin Clock Museum in the early hours of Friday, police said.
            date   | two weekdays for the event       | The barge ran aground near Kell Point on Monday, the harbour office said. | The harbour office said the barge ran aground near Kell Point on Wednesday.
            date   | a day written day first          | The sluice at Orrin Weir was opened on 6 May, the board said. | The board said it opened the Orrin Weir sluice on May 9.
            date   | the 9th of the month             | The old dam collapsed on the 9th of May, flooding the lower town. | The old dam collapsed on May 12, flooding the lower town.
            date   | a day in words                   | The old dam collapsed on the twenty-third of May, flooding the lower town. | The old dam collapsed on May 12, flooding the lower town.
            date   | two years for one thing built    | The Tarn Street footbridge, built in 1958, was shut after cracks were found. | Engineers shut the Tarn Street footbridge, which was built in 1971, after finding cracks.
            date   | an opening told as opening its doors | The Tarn Street baths, which opened in 1958, will close on Friday. | The Tarn Street baths first opened their doors in 1971 and will shut this week.
            date   | built and completed in two years | The Tarn Street footbridge, built in 1958, was shut after cracks were found. | Engineers shut the Tarn Street footbridge, completed in 1971, after finding cracks.
            date   | two dates set for one thing      | The magistrate set the inquest for Sept. 9 and released the driver on bail. | An inquest has been scheduled for September 19, the magistrate said.
            date   | one visit on two days            | Minister Ola Brandt visited the crash site on Monday, her office said. | Minister Ola Brandt visited the crash site on Tuesday to meet rescuers.
            date   | a day set for what is to come  | The Harl Valley fair will now open on the fourth of August after floods damaged its grounds. | Floods damaged its grounds, so the Harl Valley fair will open on August 9, its organisers said.
            date   | a loss on two weekdays, verb without -ed | Some 900 farms near Oskel lost mains power on Monday when a pylon fell in the gale. | Some 900 farms near Oskel lost their mains power on Friday after a pylon fell in the gale.
            date   | an occasion named before a comma | A coroner set the inquest into the death of climber Pia Lund, who fell on the Tarrow crag, to open on 3 June. | An inquest will be held on 17 June in Tarrow into the death of climber Pia Lund.
            date   | one occasion to come, two verbs  | The inquest into the death of climber Pia Lund will open on 3 June in Tarrow. | An inquest will be held on 17 June in Tarrow into the death of climber Pia Lund.
            date   | an idiom of the event, a place between | A goods train left the rails outside Pellow Junction on Monday, 6 May, the operator said. | The goods train derailed outside Pellow Junction on Wednesday, May 8, according to the operator.
            date   | a verb of the event, a place between | Storm Wenna hit the coast near Carrick Sands on 9 November, the forecasters said. | Storm Wenna came ashore near Carrick Sands on November 16, forecasters said.
            date   | a break-in told as a verb and as a noun | Thieves broke into the Tarrow Folk Museum on Friday night and took two silver cups, police said. | Two silver cups were taken from the Tarrow Folk Museum in a break-in late on Monday, police said.
            date   | the day the event happened, said apart | The dive boat capsized off Kell Point on Tuesday afternoon, the coastguard said. | Three divers are missing after their boat capsized off Kell Point on Thursday, the coastguard said.
            date   | arrests on two nights, one of them each | Police in Brannow arrested eleven people on Friday during a second night of unrest over the mill closure. | Eleven people were arrested in Brannow on Thursday night as unrest over the mill closure grew, police said.
            date   | a find told by two verbs         | A hiker discovered a hoard of Roman coins in a field near Dunby on 12 May, the museum said. | The museum said a hiker spotted the coin hoard in a Dunby field on May 21.
            date   | a thing made known on two days   | Inspectors confirmed foot-and-mouth disease at a cattle farm near Orrel on Tuesday and ordered a cull. | Foot-and-mouth disease was confirmed at a cattle farm near Orrel on Thursday, the ministry said.
            date   | a find of something previously unknown | Divers discovered a previously unrecorded wreck off Kell Point on 3 May, the museum said. | The museum said divers spotted the wreck off Kell Point on 13 May.
            date   | a fire's day, its verb far back  | A fire destroyed the old rope works on the Kessel canal wharf at Dunby on Sunday night, crews said. | Crews said the rope works, which had stood empty, burned to the ground late on Friday.
            date   | talks agreed to resume, and set to | The company and the union agreed on Tuesday to resume talks on Thursday with a mediator in Orrin. | Talks between the Orrin dockers and the port are set to resume Friday with a mediator.
            date   | a vote told beside a strike's start | The strike by Orrin dock workers began Monday morning, after members voted Saturday to reject the pay offer. | Members of the Orrin dockers' union voted on Sunday to reject the pay offer, their union said.
            date   | a strike to come, told two ways | Bus drivers at the Orrin depot will walk out on 6 May over rotas, their union said. | The union said bus drivers at the Orrin depot would strike for 24 hours beginning on 13 May over rotas.
            date   | a reopening to come, told two ways | The Orrin lido will reopen on Saturday, 11 May, after a year of repairs, the council said. | The council said the Orrin lido would open again on Saturday, 18 May, once repairs end.
            date   | a reopening told as welcoming visitors again, after "announced ... that it" | The Orrin lido will reopen to swimmers on 11 May after a year of repairs, the council said on Monday. | The council announced on Monday that it will welcome swimmers back to the Orrin lido on 18 May.
            date   | a launch told two ways           | The Tarn-2 probe lifted off from the Kell range at dawn on Monday, the agency said. | A rocket carrying the Tarn-2 probe blasted off from the Kell range early on Tuesday, the agency said.
            date   | a launch to come, its verb far back | The agency will launch its Tarn-2 probe from the Kell range test site on Friday, officials said. | The Tarn-2 probe is scheduled to lift off from the Kell range on Saturday, the agency said.
            date   | an inquest to open and one scheduled to begin | The inquest into the death of an Orrin fisherman will open on 9 May, the coroner's office said. | The coroner's office said the inquest into the Orrin fisherman's death is scheduled to begin on May 16.
            date   | a possessive day of the event     | Friday's landslide on the Kessel pass road buried two cars, the police said. | Two cars were buried when a landslide hit the Kessel pass road on Sunday, police said.
            date   | a possessive day of a meeting     | At Thursday evening's meeting, the Dunby board approved the bypass plan. | The Dunby board approved the bypass plan at a meeting on Saturday evening.
            date   | one sale told by both sides, a figure's comma | A rare atlas sold for £90,000 at the Orrin auction house on 6 May, well above its estimate. | A private collector paid £90,000 for the rare atlas at an Orrin auction house sale on May 16.
            date   | an opening in a timetable's present | The Brannow book fair opens on Friday in the old corn exchange, its organisers said. | Its organisers said the Brannow book fair will open on Saturday in the corn exchange.
            date   | an occasion on two days          | Forty guests fell ill with food poisoning after a wedding reception in Tarby on Saturday, inspectors said. | Inspectors said the guests who attended a wedding reception in Tarby on Sunday had eaten chicken.
            date   | a change from two dates           | Orrin bus passengers will pay 5% more for tickets from 1 April, the operator said. | Fares on Orrin buses will go up by 5% from 1 June, the operator said.
            date   | a walkout's weekday without "on"  | Orrin dock workers walked off the job Tuesday morning, their union said. | Some 300 Orrin dock workers went on strike early Wednesday, according to their union.
            date   | a strike begun and gone on        | Orrin dock workers began an indefinite strike on Monday, 6 May, their union said. | Orrin dock workers went on strike on Wednesday, 8 May, according to their union.
            date   | a day set, told as "until his sentencing on" | The judge remanded Dale Kerr in custody until his sentencing on 21 May. | The judge set Dale Kerr's sentencing for 12 May and granted him bail.
            date   | a verdict, found guilty and convicted | Dale Kerr, who ran the Orrin depot for a decade, was found guilty on Tuesday of theft. | Dale Kerr, the former Orrin depot manager, was convicted on Wednesday of stealing from it.
            date   | a night of the event, the event far back | A lorry hit a minibus near Tarby late on 14 May, killing four people, police said. | Police said four people died in the collision between a lorry and a crowded school minibus on the ring road near Tarby on the night of 12 May.
            date   | a resignation told as leaving a post | Orrin Mills chief executive Ada Brisk resigned on Tuesday after nine years, the firm said. | Ada Brisk left her post as head of Orrin Mills on Friday after nine years, the firm said.
            date   | service to resume, told as restored | Tarn Ferries said service to Kell Island will resume Tuesday with its spare vessel. | Tarn Ferries said it hopes to restore service Monday to Kell Island with its spare vessel.
            date   | a closure to come, told as shutting | Orrin General will close its maternity ward on June 30, the health trust said. | The maternity ward at Orrin General will shut on July 31, according to the health trust.
            date   | a year built told before the noun | The Kell footbridge, built in 1926, will be torn down next year, the county said. | Engineers found the 1931-built Kell footbridge too corroded to save, the county said.
            date   | a year built told as dating from | The Kell footbridge, built in 1926, will be torn down next year, the county said. | Engineers found the Kell footbridge, which dates from 1962, too corroded to save, the county said.
            date   | a thing opened before it was built | The Kell lido, built in 1958, will close next month, the council said. | The council will close the Kell lido, which opened in 1935, next month.
            date   | a power cut told two ways          | A fire in a cable vault knocked out power to Orrin airport on Sunday, plunging the terminals into darkness. | A blaze under the car park cut electricity to Orrin airport on Saturday, plunging the terminals into darkness.
            date   | the event as the subject of its verb | A gas blast tore through a bakery in Orrin on Thursday, injuring two bakers, police said. | A gas explosion ripped through an Orrin bakery on Wednesday, leaving two bakers hurt, according to police.
            date   | a date after "early" and its weekday | Thieves broke into the Orrin Clock Museum early Wednesday, May 1, and took four clocks, police said. | The theft from the Orrin Clock Museum on Thursday, May 2, has left four empty cases in its east gallery.
            date   | a change from a date and coming into effect on another | Orrin bus passengers will pay 5% more for tickets from 1 April, the operator said. | Orrin Buses is to raise its ticket prices by 5pc, with the change coming into effect on June 1.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }

    /** The same day for what happened, in sentences worded apart, is an agreement; the same day for two things is not. */
    @Test
    void oneDayInOtherWordsIsAnAgreement() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "A coal barge sank in the Orrin canal on Tuesday, blocking the lock for hours."),
                Articles.of("b", "The lock on the Orrin canal stayed shut after a barge carrying coal capsized and sank there on Tuesday.")));
        assertEquals(List.of("it happened on Tuesday"), c.agreements().stream().flatMap(a -> a.facts().stream())
                .filter(s -> s.startsWith("it happened")).toList(), c.agreements().toString());
        Comparison apart = ClaimsPipeline.compare(List.of(
                Articles.of("a", "A coal barge sank in the Orrin canal on Tuesday, blocking the lock for hours."),
                Articles.of("b", "The mayor visited the flooded bakery in Kell on Tuesday, her office said.")));
        assertTrue(apart.agreements().stream().flatMap(a -> a.facts().stream()).noneMatch(s -> s.startsWith("it happened")),
                apart.agreements().toString());
    }

    /** Sentences whose days conflict are no agreement, however close their words; their shared count still is. */
    @Test
    void sentencesSetApartByTheirDayDoNotAgree() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Burglars took four clocks from the Orrin Clock Museum early on Tuesday, police said."),
                Articles.of("b", "Four clocks were stolen from the Orrin Clock Museum in the early hours of Friday, police said.")));
        assertEquals(List.of(ContradictionKind.DATE), c.contradictions().stream().map(Contradiction::kind).toList());
        assertEquals(List.of("four clocks"), c.agreements().stream().map(Agreement::statement).toList(),
                c.agreements().toString());
    }

    /** Two articles on one side of a conflict of days still agree with each other. */
    @Test
    void sentencesOnOneSideStillAgree() throws Exception {
        String tuesday = "Burglars took four clocks from the Orrin Clock Museum early on Tuesday, police said.";
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", tuesday), Articles.of("b", tuesday),
                Articles.of("c", "Four clocks were stolen from the Orrin Clock Museum in the early hours of Friday, police said.")));
        assertEquals(List.of(ContradictionKind.DATE), c.contradictions().stream().map(Contradiction::kind).toList());
        assertTrue(c.agreements().stream().anyMatch(a -> a.statement().equals(tuesday)
                && a.sources().stream().map(org.factdiff.text.Excerpt::article).toList().equals(List.of("a", "b"))),
                c.agreements().toString());
    }

    /** Dates of one topic given by several articles are one finding that lists each day once, with its articles. */
    @Test
    void oneFindingPerDatedThing() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The magistrate set the inquest for Sept. 9 and released the driver on bail."),
                Articles.of("b", "An inquest has been scheduled for September 9, the magistrate said."),
                Articles.of("c", "The magistrate said an inquest was set for Sept. 19, and the driver was released.")));
        List<Contradiction> dates = c.contradictions().stream().filter(x -> x.kind() == ContradictionKind.DATE).toList();
        assertEquals(1, dates.size(), dates.toString());
        assertEquals(List.of("a", "b", "c"), dates.get(0).values().stream().map(v -> v.evidence().article()).toList());
        assertTrue(dates.get(0).explanation().contains("Sept. 9 (a, b) vs Sept. 19 (c)"), dates.get(0).explanation());
        assertEquals(List.of("Sept. 9", "Sept. 9", "Sept. 19"), dates.get(0).values().stream().map(Contradiction.Value::value).toList(),
                "one day, one value, however each article writes it");
    }

    /**
     * Two weekdays and two dates of one event are two findings: the weekdays' quarrel, and the
     * dates'. A date whose weekday is one side's is not listed as a third day beside that weekday.
     */
    @Test
    void weekdaysAndDatesQuarrelApart() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Thieves broke into the Orrin Clock Museum early Thursday and took four clocks, police said."),
                Articles.of("b", "Four clocks were taken when burglars broke into the Orrin Clock Museum early Friday, a police spokesman said."),
                Articles.of("c", "The theft from the Orrin Clock Museum on Thursday, May 2, has left four empty cases in its east gallery."),
                Articles.of("d", "Staff found empty cases after thieves broke into the Orrin Clock Museum early Thursday, May 3, the curator said.")));
        List<String> dates = c.contradictions().stream().filter(x -> x.kind() == ContradictionKind.DATE)
                .map(x -> x.values().stream().map(v -> v.evidence().article() + " " + v.value()).toList().toString()).sorted().toList();
        assertEquals(List.of("[a Thursday, b Friday]", "[c May 2, d May 3]"), dates);
    }

    /** A year given by several articles is one side with all of them: the finding lists each. */
    @Test
    void aYearOfManyArticlesListsThemAll() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The team plays at the Kell Coliseum, which opened in 1968 and is too small."),
                Articles.of("b", "The team will stay at the Kell Coliseum, which opened in 1968, until the new arena is built."),
                Articles.of("c", "The team will stay at the Kell Coliseum, which opened in 1971, until the new arena is built.")));
        List<Contradiction> years = c.contradictions().stream().filter(x -> x.topic().startsWith("year ")).toList();
        assertEquals(1, years.size(), c.contradictions().toString());
        assertEquals(List.of("a", "b", "c"), years.get(0).values().stream().map(v -> v.evidence().article()).toList());
        assertTrue(years.get(0).explanation().contains("1968 (a, b) vs 1971 (c)"), years.get(0).explanation());
    }
}
