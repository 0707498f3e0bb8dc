package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdiff.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {
    private static final QuantityReader READER = new QuantityReader(Lexicon.builtIn(),
            new OccasionReader(Optional.of(LocalDate.of(2021, 3, 10))));

    /** Each figure as "evidence = display | key" (parts of totals marked "part"), joined by "; ". */
    static String figures(String sentence) {
        return READER.read(Tagged.sentence(sentence)).stream()
                .map(q -> q.evidence().text() + " = " + q.display() + " | " + q.key() + (q.part() ? " part" : ""))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            At least 17 workers were killed in the flooded shaft.     | `At least 17 workers = at least 17 | death|worker|`
            Rescuers said nearly 40 people were injured on the pier.  | `nearly 40 people = about 40 | injury|people|`
            Between 12 and 15 students are missing on the ridge.      | `Between 12 and 15 students = 12 to 15 | missing|student|`
            Forty cows drowned when the river rose.                   | `Forty cows = 40 | death|cow|`
            Six walkers were airlifted off the fell on Sunday.        | `Six walkers = 6 | rescue|walker|`
            Two of the walkers were airlifted to hospital in Tarn.    | `Two of the walkers = 2 | hospital|walker| part`
            A launch transporting 30 travellers and four crew members sank. | `30 travellers = 30 | aboard|passeng|; four crew = 4 | aboard|crew|; 30 travellers and four crew = 34 | aboard|people|`
            The winners will get $500 apiece from the fund.           | `$500 = $500 | |money $|each`
            Tenants will pay about $30 a month more.                  | `about $30 = about $360 | |money $ per year|`
            Owners of a typical $300,000 house will pay $90 more a year. | `$300,000 = $300,000 | |money $ worth of house|; $90 = $90 | |money $ per year|`
            Each tenant will pay $40 more each week.                   | `$40 = $2,080 | |money $ per year|each`
            The fund grows to $12 million, up 4 percent from last year's $11.5 million. | `$12 million = $12 million | |money $ of funding|; 4 percent = 4% | |percent|change; $11.5 million = $11.5 million | |money $||earlier`
            The club sold 9,000 tickets, a rise of 5 percent on last season's 8,570 tickets. | `9,000 tickets = 9,000 | |ticket|; 5 percent = 5% | |percent|change; 8,570 tickets = 8,570 | |ticket||earlier`
            The flood forced 300 sheep onto higher ground.            | `300 sheep = 300 | |sheep|`
            Officials initially counted 9 dead on the pier.           | `9 dead = 9 | death|people||earlier`
            The toll rose from 8 to 13 overnight in the valley.       | `8 = 8 | death|people||earlier; 13 = 13 | death|people|`
            The toll rose to 11 on Friday, from 6 on Thursday, the coroner said. | `11 = 11 | death|people|; 6 = 6 | death|people||earlier`
            Divers recovered three more bodies from the lake.         | `three more bodies = 3 | death|people|new`
            The blaze forced some 900 residents from their homes.     | `some 900 residents = about 900 | displacement|people|`
            Boat crews pulled 85 people from homes on Monday.         | `85 people = 85 | rescue|people|`
            The mill, which employs 310 people, was shut after the blast. | `310 people = 310 | employment|people|`
            The recount cut her lead over Dane Holt to 14 votes.      | `14 votes = 14 | |vote|margin`
            Holt won by 14 votes, officials said.                     | `14 votes = 14 | |vote|margin`
            The count left Holt ahead by 96 votes, the board said.    | `96 votes = 96 | |vote|margin`
            The board named Holt the winner of the Tarby seat by a wafer-thin 38 votes. | `38 votes = 38 | |vote|margin`
            Two died in the fire: Ada Voss, 71, and her neighbour Olu Pell, 68, police said. | `Two = 2 | death|people|`
            The act passed by 212 votes to 98.                        | `212 votes = 212 | |vote|tally; 98 = 98 | |vote|tally`
            Councillors approved the plan by 31 votes to 9.           | `31 votes = 31 | |vote|tally; 9 = 9 | |vote|tally`
            The board voted 5-4 on Monday to sell the depot.          | `5 = 5 | |vote|tally; 4 = 4 | |vote|tally`
            It was a 6-3 decision by the appeals panel.               | `6 = 6 | |vote|tally; 3 = 3 | |vote|tally`
            The depot sale passed by a vote of 11 to 2.               | `11 = 11 | |vote|tally; 2 = 2 | |vote|tally`
            About 120 homes in Tarby were flooded on Saturday.       | `About 120 homes = about 120 | flooding|home|`
            More than 300 homes in Tarby were evacuated on Saturday. | `More than 300 homes = more than 300 | |home|`
            The bank raised its main rate to 4.75 percent on Thursday. | `4.75 percent = 4.75% | |percent|`
            The Tarby ferry fare rose to $4.25 and 2.40 million people used it. | `$4.25 = $4.25 | |money $|; 2.40 million people = 2.4 million | |people|`
            The bill passed with 241 members voting in favour and 187 against. | `241 = 241 | |vote|tally; 187 = 187 | |vote|tally`
            The parish board voted nine to three on Monday to sell the depot. | `nine = 9 | |vote|tally; three = 3 | |vote|tally`
            The parish board voted unanimously to sell the depot.     | ``
            The count gave Holt 20,911 votes and Pell 20,704.         | `20,911 votes = 20,911 | |vote|`
            Early returns had Holt leading by some 900 votes.         | `some 900 votes = about 900 | |vote|margin|earlier`
            Pell would need a big win to close a 207-vote gap.        | `207-vote = 207 | |vote|margin`
            Officials lowered the number of dead from the Orla blast to 24 from 31. | `24 = 24 | death|people|; 31 = 31 | death|people||earlier`
            Orrin Town won 3-1 at home on Saturday.                   | ``
            She finished with 8,411 votes.                            | `8,411 votes = 8,411 | |vote|`
            Another 9 people were missing, and 230 were hurt, the county said. | `9 people = 9 | missing|people|; 230 = 230 | injury|people|`
            The lorry was found 30 km from the depot.                 | `30 km = 30 km | |kilometres away|`
            It was found about 40 kilometers (25 miles) from the depot. | `about 40 kilometers = about 40 km | |kilometres away|`
            The lorry was found 30 km away.                           | `30 km = 30 km | |kilometres away|`
            The road runs 30 km from the depot to the pass.           | `30 km = 30 km | |kilometres|`
            The council set aside €40m, of which 15 million is for schools. | `€40m = €40 million | |money €|; 15 million = €15 million | |money €|`
            The fund raised $12 million, including 3 million from donors. | `$12 million = $12 million | |money $ of funding|; 3 million = $3 million | |money $ of funding|`
            Six guests fell ill after the dinner, and two of them died, the hospital said. | `Six guests = 6 | illness|guest|; two = 2 | death|people|`
            The valley, home to some 90,000 people, was worst hit; 17 people died. | `some 90,000 people = about 90,000 | population|people|; 17 people = 17 | death|people|`
            About 2.4 million people were left without power across the state. | `About 2.4 million people = about 2.4 million | |people|`
            The flood swept the valley, drowning 14 people, injuring more than 60, officials said. | `14 people = 14 | death|people|; more than 60 = more than 60 | injury|people|`
            No injuries were reported when the crane fell, the firm said. | `No injuries = 0 | injury|people|`
            No one was killed in the blast at the depot.              | `No one was killed = 0 | death|people|`
            The storm killed 4 and injured 31 along the coast.        | `4 = 4 | death|people|; 31 = 31 | injury|people|`
            The victims included three Austrians, two Danes and a Canadian. | `three Austrians = 3 | |nationals of Austria|; two Danes = 2 | |nationals of Denmark|`
            Two Danish citizens were among those killed, the ministry said. | `Two Danish citizens = 2 | death|nationals of Denmark|`
            Two Danish soldiers were wounded at the checkpoint.       | `Two Danish soldiers = 2 | injury|troop|`
            The flood destroyed 40 homes and damaged 300 barns in the valley. | `40 homes = 40 | destruction|home|; 300 barns = 300 | damage|barn|`
            A bus with 38 people on board rolled over, injuring 23 of them. | `38 people = 38 | aboard|people|; 23 = 23 | injury|people|`
            Nine were taken to hospital after a minibus with 16 pupils on board hit a wall. | `Nine = 9 | hospital|people|; 16 pupils = 16 | aboard|pupil|`
            Four passengers on board were taken to hospital.           | `Four passengers = 4 | hospital|passeng|`
            Two men were killed and 19 people were taken to hospital. | `Two men = 2 | death|people|; 19 people = 19 | hospital|people|`
            Fifteen have been discharged and eight remain in hospital. | `Fifteen = 15 | discharge|people|; eight = 8 | still in hospital|people|`
            Hard-hit Tarby reported 53 deaths and 14 others missing.  | `53 deaths = 53 | death|people|; 14 others = 14 | missing|people|`
            Forty barns were burned to the ground in the night.      | `Forty barns = 40 | destruction|barn|`
            The blaze burnt down six barns near the old farm.        | `six barns = 6 | destruction|barn|`
            Forty barns burned in the night, the fire service said.  | `Forty barns = 40 | |barn|`
            The homes of 40 people were destroyed by the flood.      | `40 people = 40 | |people|`
            Eight children and three teachers were hurt in the crash. | `Eight children = 8 | injury|children|; three teachers = 3 | injury|teacher|; Eight children and three teachers = 11 | injury|people|`
            The death toll from the mudslide in the hill villages of the north has risen to 31. | `31 = 31 | death|people|`
            The number of volunteers at the shelter in the flooded old quarter of the town rose to 240. | ``
            A hundred and forty passengers were rescued from the lake. | `A hundred and forty passengers = 140 | rescue|passeng|`
            Rescuers said a thousand residents were evacuated overnight. | `a thousand residents = 1,000 | displacement|people|`
            Nineteen climbers were rescued, four of them by helicopter. | `Nineteen climbers = 19 | rescue|climber|; four = 4 | rescue|people| part`
            The mill will make 120 workers redundant next month.     | `120 workers = 120 | layoff|people|`
            Some 120 posts are to go at the mill.                    | `Some 120 posts = about 120 | layoff|people|`
            The depot, which opened in 1990, has about 85 employees. | `about 85 employees = about 85 | employment|people|`
            A bakery with 40 workers on its books closed on Friday.  | `40 workers = 40 | employment|people|`
            The bakery has evacuated 40 workers from the site.       | `40 workers = 40 | displacement|worker|`
            The mill's workforce will fall to about 380 staff.       | `about 380 staff = about 380 | employment|people|expected`
            The mill must pay £2.4 million after the inquiry.        | `£2.4 million = £2.4 million | |money £ of fine|`
            The mill will cut 120 jobs and keep 380 staff.           | `120 jobs = 120 | layoff|people|; 380 staff = 380 | |staff|`
            Thirty people were hurt, eight of whom were hurt badly.  | `Thirty people = 30 | injury|people|; eight = 8 | injury|people| part`
            Thirty people were hurt, eight of whom died later.       | `Thirty people = 30 | injury|people|; eight = 8 | death|people|`
            The 120-bed hospital was evacuated on Monday.           | `120-bed = 120 | capacity|bed|`
            Nine patients, including those on ventilators, were transferred on Sunday. | `Nine patients = 9 | transfer|people|`
            Twelve patients, most of them elderly, have been moved to other hospitals. | `Twelve patients = 12 | transfer|people|`
            Twelve patients were taken to hospital after the fire.  | `Twelve patients = 12 | hospital|people|`
            Nine people were hospitalised after the blast.           | `Nine people = 9 | hospital|people|`
            Organisers had expected 5,000 runners for the race.      | `5,000 runners = 5,000 | |runner|expected`
            The firm plans to hire 300 workers at the new plant.     | `300 workers = 300 | |worker|expected`
            Doctors reported 45 new cholera cases on Thursday.       | `45 new cholera cases = 45 | |case|new`
            Doctors reported 45 cholera cases on Thursday.           | `45 cholera cases = 45 | |case|`
            The council fined 7 of the 30 landlords it inspected.    | `7 of the 30 landlords = 7 | |landlord|; 30 landlords = 30 | |landlord|whole`
            The jury cleared him of one of two money-laundering counts. | `two money-laundering counts = 2 | |figur money-laundering|whole`
            Three climbers were brought down, but five remain missing. | `Three climbers = 3 | |climber|; five = 5 | missing|people|`
            Nine coal miners remain stuck deep underground after water from a disused pit rushed in. | `Nine coal miners = 9 | |miner|`
            The storm cut power on two of Tullco's six lines.       | `two of Tullco's six lines = 2 | |line|; six lines = 6 | |line|whole`
            The crew is trapped 700 feet below ground.              | `700 feet = 700 feet | |kilometres|`
            The crew is trapped three miles inside the mine.        | `three miles = three miles | |kilometres away|`
            """)
    void countsWithWhatHappened(String sentence, String expected) {
        assertEquals(expected, figures(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The ferry crashed at 6:40 a.m. off the cape.              | `at 6:40 a.m. = at 6:40 a.m. | |clock time|`
            The dam collapsed shortly after 2 pm in the storm.        | `shortly after 2 pm = shortly after 2 pm | |clock time|`
            An EF3 tornado crossed the county on its way north.       | `EF3 = 3 | |scale f|`
            A magnitude 6.2 quake shook the island early today.       | `magnitude 6.2 = 6.2 | |scale magnitude|`
            The first quake was magnitude-6.2 and later tremors included a magnitude-4.8. | `magnitude-6.2 = 6.2 | |scale magnitude|; magnitude-4.8 = 4.8 | |scale magnitude aftershock|`
            Monitors counted 120 aftershocks by noon, the strongest of magnitude 4.8. | `120 aftershocks = 120 | |aftershock|; magnitude 4.8 = 4.8 | |scale magnitude aftershock|`
            Monitors counted 120 aftershocks by noon, the strongest measuring 4.8 in magnitude. | `120 aftershocks = 120 | |aftershock|`
            It recorded aftershocks ranging up to magnitude 3.1 overnight. | `magnitude 3.1 = up to 3.1 | |scale magnitude aftershock|`
            The strongest quake in a decade measured magnitude 6.9 on the island. | `magnitude 6.9 = 6.9 | |scale magnitude|`
            The flood reached 12 feet deep in the old town.           | `12 feet = 12 feet | |kilometres deep|`
            The crater, some 30 metres across, filled with water.     | `some 30 metres = some 30 metres | |kilometres wide|`
            The crater was 30 metres wide and filled with water.      | `30 metres = 30 metres | |kilometres wide|`
            The cable ran 30 metres across the yard.                  | `30 metres = 30 metres | |kilometres|`
            A 58-metre construction crane swayed over the square.     | `58-metre = 58-metre | |kilometres tall|`
            The 140-metre cargo ship ran aground near the cape.       | `140-metre = 140-metre | |kilometres long|`
            A 40-metre wall of sandbags held back the river.          | `40-metre = 40-metre | |kilometres|`
            The old mast stood 71 metres tall, the owner said.        | `71 metres = 71 metres | |kilometres tall|`
            The river crested at 28.5 feet, 6 feet above flood stage. | `28.5 feet = 28.5 feet | |kilometres|; 6 feet = 6 feet | |kilometres above|`
            The miners were trapped 700 metres below the surface.    | `700 metres = 700 metres | |kilometres|`
            The 90-minute standoff ended without a shot fired.        | `90-minute = 90 minutes | |minutes|`
            The two-hour standoff ended without a shot fired.         | `two-hour = two-hour | |minutes|`
            A man gave himself up after a 14-hour standoff with police. | `14-hour = 14-hour | |minutes|`
            The blaze began at 1 a.m. and was under control by 5 a.m. | `at 1 a.m. = at 1 a.m. | |clock time|; by 5 a.m. = by 5 a.m. | ended under control|clock time|`
            Police cleared the square of protesters at about 3 p.m.   | `about 3 p.m. = about 3 p.m. | ended cleared|clock time|`
            The skipper ordered the crew to abandon the trawler at 4:10 a.m. | `at 4:10 a.m. = at 4:10 a.m. | ordered|clock time|`
            The evacuation of the tower was ordered at 4 a.m.          | `at 4 a.m. = at 4 a.m. | ordered|clock time|`
            The derby was postponed at 3.25pm on police advice.        | `at 3.25pm = at 3.25pm | ended called off|clock time|`
            The mill fire was finally extinguished at 9:30 a.m.       | `at 9:30 a.m. = at 9:30 a.m. | ended put out|clock time|`
            Crews reopened the road at 7 a.m., a day after the landslide struck. | ``
            The ferry capsized at 18:40 off the cape.                 | `at 18:40 = at 18:40 | |clock time|`
            The jet made an emergency landing at Orla at 13:50 after a bird strike. | `at 13:50 = at 13:50 | |clock time|`
            The ferry capsized shortly after 06.15 off the cape.      | `shortly after 06.15 = shortly after 06.15 | |clock time|`
            The ferry capsized at 6.15 off the cape.                  | ``
            Four climbers did not survive the fall.                 | `Four climbers = 4 | death|climber|`
            Four climbers survived the fall.                        | `Four climbers = 4 | |climber|`
            Nine people were fighting for their lives in hospital.   | `Nine people = 9 | critical|people|`
            About 300 litres of oil spilled into the harbour.         | `About 300 litres = about 300 litres | release|litres|`
            The tanker carries about 9,000 litres of oil.             | `about 9,000 litres = about 9,000 litres | |litres|`
            The ferry capsized at 6.15 GMT off the cape.              | `at 6.15 GMT = at 6.15 GMT | |clock time|zone GMT`
            The ferry capsized at 6:15 a.m. ET off the cape.          | `at 6:15 a.m. = at 6:15 a.m. | |clock time|zone ET`
            The ferry capsized at 6:15 a.m. Pacific time off the cape. | `at 6:15 a.m. = at 6:15 a.m. | |clock time|zone pacific`
            The ferry capsized at 6:15 a.m. local time off the cape.  | `at 6:15 a.m. = at 6:15 a.m. | |clock time|`
            The ferry capsized at 6:15 a.m. at the cape.              | `at 6:15 a.m. = at 6:15 a.m. | |clock time|`
            Officers were called to the Tarby bar at about 11:30 p.m. after a fight. | `about 11:30 p.m. = about 11:30 p.m. | discovery|clock time|`
            The council called the Tarby bar a nuisance at a meeting at 7 p.m. | ``
            The gas leak was spotted at 4:10 a.m. by a guard.         | `at 4:10 a.m. = at 4:10 a.m. | discovery|clock time|`
            The grain lorry turned over on the bypass at about 7 a.m. | `about 7 a.m. = about 7 a.m. | |clock time|`
            The grain lorry turned right on the bypass at about 7 a.m. | ``
            The flood struck and the river peaked at 14.50 metres.    | `14.50 metres = 14.50 metres | |kilometres|`
            09:40 - The ferry capsized off the cape, police said.     | ``
            The dam collapsed shortly after noon in the storm.        | `shortly after noon = shortly after noon | |clock time|`
            The roof caved in at midnight on Friday, the owner said.  | `at midnight = at midnight | |clock time|`
            A fire service log shows crews shut the hatch at 7.10am.  | ``
            The fire broke out in the hold at 7.10am, the log shows.  | `at 7.10am = at 7.10am | |clock time|`
            The tank leaked until crews closed the valve at 7.10am.   | ``
            Eleven of the injured were taken to hospital, four of them in a serious condition. | `Eleven = 11 | injury|people| part; four = 4 | hospital|people| part`
            Of the 11 people taken to hospital, two were still being treated. | `11 people = 11 | hospital|people|; two = 2 | injury|people| part`
            """)
    void timesRatingsAndMeasures(String sentence, String expected) {
        assertEquals(expected, figures(sentence));
    }

    /** Money, shares and measures: each is read in the unit it is compared in, whatever unit the text uses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The museum paid $3.4 million for the painting.            | `$3.4 million = $3.4 million | |money $|`
            The widow of a diver who suffered lung damage will receive £640,000 from the firm. | `£640,000 = £640,000 | |money £|`
            The helicopter Rescue 115, two lifeboats and at least four trawlers joined the search. | `two lifeboats = 2 | |lifeboat|; at least four trawlers = at least 4 | |trawler|`
            Storm Kills 45 In Tarrin                                  | `45 = 45 | death|people|`
            The pier was hit by 90 mph gusts late on Friday.          | `90 mph = 90 mph | |km/h|`
            Rescuers said 900 people had been moved out of Tarby on Sunday. | `900 people = 900 | displacement|people|`
            The winner of the Lotto jackpot, worth 3.1 million euros, lives in Tarby. | `3.1 million euros = €3.1 million | |money € of jackpot|`
            A ticket from Tarby won the 12-million-euro Silver Wheel Lotto jackpot on Friday. | `12-million-euro = €12 million | |money € of jackpot|`
            The derailment left about a dozen passengers with cuts and bruises. | `about a dozen passengers = about 12 | injury|passeng|`
            A clerk embezzled $1.6 million between 2019 and 2024, prosecutors said. | `$1.6 million = $1.6 million | |money $|`
            A clerk embezzled $1.6 million in 2019, prosecutors said. | `$1.6 million = $1.6 million | |money $|2019`
            The dead include cook Ana Vell (31), of Tarrin.           | ``
            The Orla ferry is licensed to carry 140 passengers.       | `140 passengers = 140 | capacity|passeng|`
            The west ward, which has 40 patients, stayed open.        | `40 patients = 40 | capacity|people|`
            A fire that has killed 12 people is still burning.        | `12 people = 12 | death|people|`
            The Orla is certificated for 300 passengers and 60 cars.   | `300 passengers = 300 | capacity|passeng|; 60 cars = 60 | capacity|car|`
            The trip was made by the Tern, which carries 40 cars.      | `40 cars = 40 | capacity|car|`
            The route will be served by the firm's 35-vehicle Tern Star. | `35-vehicle = 35 | capacity|car|`
            A 12-car pileup closed the road.                           | `12-car = 12 | |car|`
            He was given a prison sentence and five years of supervised release. | `five years = five years | |months of releas|`
            The judge imposed 78 months, followed by three years of probation. | `78 months = 78 months | |months|; three years = three years | |months of probat|`
            The ward, which has 40 beds, moved 12 patients on Monday. | `40 beds = 40 | capacity|bed|; 12 patients = 12 | |people|`
            The isle, home to 2,100 year-round residents, lost power.  | `2,100 year-round residents = 2,100 | population|people|`
            The ferry had 52 cars aboard when it hit the reef.         | `52 cars = 52 | |car|`
            The gallery holds the town's collection of Orla's work, with about 40 paintings. | `about 40 paintings = about 40 | capacity|paint|`
            A man has died, and 58 people are now known to have been made ill. | `58 people = 58 | illness|people|`
            Nine people were seriously injured in the crash.          | `Nine people = 9 | serious|people|`
            The fair drew about 12,000 visitors over the weekend.     | `about 12,000 visitors = about 12,000 | attendance|people|`
            Two men were cleared on Friday of the depot thefts.       | `Two men = 2 | acquittal|people|`
            Police cleared 300 protesters from the square.            | `300 protesters = 300 | |protest|`
            Some 9,000 fans were crammed into a ground built for 7,000. | `Some 9,000 fans = about 9,000 | attendance|people|; 7,000 = 7,000 | capacity|people|`
            More than 300 people were on board when the packed ferry hit the pier. | `More than 300 people = more than 300 | aboard|people|`
            The gate jammed 20 minutes before the scheduled kick-off.  | `20 minutes = 20 minutes | |minutes between two moments|`
            Two days before the crash, the brakes were checked.         | `Two days = Two days | |minutes between two moments|`
            Fans had queued for 40 minutes before the gates opened.   | `40 minutes = 40 minutes | |minutes|`
            Some 31 people attended its emergency department overnight. | `Some 31 people = about 31 | seen in care|people|`
            Some 3,100 people attended the match on Saturday.          | `Some 3,100 people = about 3,100 | attendance|people|`
            The maker has recalled 61,000 of its toasters.             | `61,000 of its toasters = 61,000 | |toaster|`
            Two of its toasters caught fire in March.                  | `Two of its toasters = 2 | |toaster| part`
            The board backed a 6 percent water rate increase on Monday. | `6 percent = 6% | |percent|change`
            The board backed a 6 percent water rate on Monday.         | `6 percent = 6% | |percent|`
            Tarn General Hospital said it had treated 19 people for burns. | `19 people = 19 | injury|people|subset`
            Some 19 people were treated at Tarn General Hospital for burns. | `Some 19 people = about 19 | injury|people|`
            The tug sank about 14 nautical miles off the cape.         | `about 14 nautical miles = about 14 nautical miles | |kilometres|`
            The port's 32,500-capacity terminal was closed.            | `32,500-capacity = 32,500 | capacity|people|`
            Eleven nurses were on duty when the ward's roof fell in.   | `Eleven nurses = 11 | present|nurs|`
            In all, 14 workers were sleeping inside as the fire spread. | `14 workers = 14 | present|worker|`
            Twenty guests were in the lodge at the time; six got out.  | `Twenty guests = 20 | present|guest|`
            Twenty guests were in the lodge for the wedding.           | `Twenty guests = 20 | |guest|`
            Twenty guests were treated when the smoke cleared.         | `Twenty guests = 20 | injury|guest|`
            Police took 25 minutes to arrive at the museum.           | `25 minutes = 25 minutes | |minutes taken|`
            The hearing took 25 minutes on Monday.                    | `25 minutes = 25 minutes | |minutes|`
            The club was fined £750k and its owner US$2m.             | `£750k = £750,000 | |money £ of fine|; US$2m = US$2 million | |money US$|`
            Repairs will cost about €1.5bn over ten years.            | `about €1.5bn = about €1.5 billion | |money € of cost|; ten years = ten years | |months|`
            Donors gave two hundred thousand dollars to the shelter.  | `two hundred thousand dollars = $200,000 | |money $|`
            The winner took home half a million euros.                | `half a million euros = €500,000 | |money €|`
            The firm must pay almost half a million euros in fines.   | `almost half a million euros = about €500,000 | |money € of fine|`
            Tarby agreed to pay two and a half million euros for the land. | `two and a half million euros = €2.5 million | |money €|`
            He was ordered to pay £900 towards the prosecution costs. | `£900 = £900 | |money £ of cost|`
            The fee, a record for the club, is 31 million euros.      | `31 million euros = €31 million | |money € of fee|`
            The builder wants to build a 14-storey office block in Tarby. | `14-storey = 14 | |storey|expected`
            Fewer than one in four adults in Tarby voted on Thursday. | `Fewer than one in four = fewer than 25% | |percent|`
            Nine out of 10 residents backed the Tarby plan.           | `Nine out of 10 = about 90% | |percent|`
            The winner took home three-quarters of a million euros.   | `three-quarters of a million euros = €750,000 | |money €|`
            Support for the plan fell to 41% in the poll.             | `41% = 41% | |percent|`
            The regulator fined Harlow Buses 2 million euros.         | `2 million euros = €2 million | |money € of fine|`
            A court in Brask fined the importer 40 million kroner.    | `40 million kroner = 40 million kroner | |money kroner of fine|`
            The dam will cost 2.3 billion yuan to repair.            | `2.3 billion yuan = 2.3 billion yuan | |money yuan of cost|`
            Bail was set at 250,000 dirhams for each of the men.      | `250,000 dirhams = 250,000 dirhams | |money dirhams of bail|each`
            The union opened a 300,000-franc fund for the families.   | `300,000-franc = 300,000 francs | |money francs of funding|`
            It set up a relief fund of three million francs.          | `three million francs = 3 million francs | |money francs of funding|`
            The club was fined 40,000 pounds by the league.           | `40,000 pounds = £40,000 | |money £ of fine|`
            The mill shipped 40,000 pounds of flour that week.        | `40,000 pounds = 40,000 pounds | |kilograms|`
            Tarn Foods reported revenue of $1.2 billion for the fourth quarter. | `$1.2 billion = $1.2 billion | |money $ of revenue in q4|`
            Tarn Foods said revenue reached $2.1 billion in the second half. | `$2.1 billion = $2.1 billion | |money $ of revenue in h2|`
            Revenue for the year reached $4.6 billion, after a record fourth quarter. | `$4.6 billion = $4.6 billion | |money $ of revenue|`
            The gang has demanded $6 million from the water company.  | `$6 million = $6 million | |money $ of ransom|`
            The gang asked for a $6 million ransom from the water company. | `$6 million = $6 million | |money $ of ransom|`
            The gang demanded $6 million in compensation from the firm. | `$6 million = $6 million | |money $ of compensation|`
            Police offered a $5,000 reward for the missing dog.       | `$5,000 = $5,000 | |money $ of reward|`
            The hail caused $2.5 million in damage to the orchards.   | `$2.5 million = $2.5 million | |money $ of damage|`
            The loss to the parish was put at $80,000 by the vicar.   | `$80,000 = $80,000 | |money $ of damage|`
            The stolen vases are worth about £90,000, police said.    | `about £90,000 = about £90,000 | |money £ of value|`
            The firm handed over $40,000 to the blackmailers.         | `$40,000 = $40,000 | |money $|`
            The fire forced over 300 people from their homes.         | `over 300 people = more than 300 | displacement|people|`
            Doctors postponed more than 90 scheduled operations.      | `more than 90 scheduled operations = more than 90 | |surgeri|`
            Support for the plan fell to 41 per cent in the poll.     | `41 per cent = 41% | |percent|`
            The party gained 3 percentage points in the capital.      | `3 percentage points = 3 percentage points | |percentage points|change`
            Tram fares in Olk will go up by 7 percent from Monday.    | `7 percent = 7% | |percent|change`
            Olk said tram fares would rise 11% from Monday.           | `11% = 11% | |percent|change`
            Consumer prices in Olk rose 3.9 percent in the year to March. | `3.9 percent = 3.9% | |percent|`
            Prices rose by 2.2% from a year earlier, the office said. | `2.2% = 2.2% | |percent|`
            Food prices in Olk rose 11 percent in the year to March.  | `11 percent = 11% | |percent|change`
            Consumer prices rose 0.4 percent in March from February.  | `0.4 percent = 0.4% | |percent|change`
            A 5 per cent increase in tram fares was approved.         | `5 per cent = 5% | |percent|change`
            Olk tram fares rose to 14% of a typical wage.             | `14% = 14% | |percent|`
            Agents found 2.5 tonnes of resin in the hold.             | `2.5 tonnes = 2.5 tonnes | |kilograms|`
            The gang says it took 400GB of files from the server.     | `400GB = 400 GB | |gigabytes|`
            The gang says it took 1.2 terabytes of files.             | `1.2 terabytes = 1.2 terabytes | |gigabytes|`
            Agents found 800 lbs of resin in the hold.                | `800 lbs = 800 lbs | |kilograms|`
            The mercury touched 38C in the valley, or 100 °F.         | `38C = 38°C | |celsius|; 100 °F = 100 °F | |celsius|`
            Gusts reached 140 km/h on the ridge, the service said.    | `140 km/h = 140 km/h | |km/h|`
            The blaze spread over 2,000 acres of scrub.               | `over 2,000 acres = over 2,000 acres | |hectares|`
            The lake covers 12 square kilometres of the basin.        | `12 square kilometres = 12 square kilometres | |hectares|`
            The siege lasted 36 hours in all, officials said.         | `36 hours = 36 hours | |minutes|`
            The jury returned after nine hours of deliberation.       | `nine hours = nine hours | |minutes of deliber|`
            Smoke poured from a ninth-floor flat in the tower.        | `ninth-floor = ninth-floor | |floor|`
            The fire started on the 4th floor of the block.           | `4th floor = 4th floor | |floor|`
            The flood cut a 300-metre gap in the embankment.          | `300-metre = 300-metre | |kilometres|`
            About a third of Tarn Academy's 900 pupils were off sick. | `About a third = about 33.3% | |percent|; 900 pupils = 900 | illness|pupil|whole`
            Half of the 80 residents were moved to a school gym.      | `80 residents = 80 | |people|whole`
            Two of the 30 riders were hurt in the pile-up.            | `Two of the 30 riders = 2 | injury|people|; 30 riders = 30 | |rider|whole`
            One of the 14 people injured died in hospital.            | `14 people = 14 | injury|people|`
            Three of the 20 people hurt in the crash were children.   | `Three of the 20 people = 3 | |people| part; 20 people = 20 | injury|people|`
            Four of the nine hikers reported missing were found on Sunday. | `Four of the nine hikers = 4 | |hiker| part; nine hikers = 9 | missing|hiker|`
            Three of the 20 people hurt in the crash died.            | `Three of the 20 people = 3 | death|people|; 20 people = 20 | injury|people|`
            The toll from the Orla dam burst rose to 15 on Monday, up from nine on Sunday, rescuers said. | `15 = 15 | death|people|; nine = 9 | death|people||earlier`
            The toll from the Orla dam burst was revised from nine to six on Monday, rescuers said. | `nine = 9 | death|people||earlier; six = 6 | death|people|`
            The toll from the Orla dam burst was revised from 9 to 6 on Monday, rescuers said. | `9 = 9 | death|people||earlier; 6 = 6 | death|people|`
            The court found Arne Pell guilty on 11 counts of fraud after a 13-month trial. | `11 counts = 11 | |figur|; 13-month = 13 months | |months|`
            Judges sentenced Arne Pell to 108 months in prison and his deputy Ida Lund to five years. | `108 months = 108 months | |months of prison|; five years = five years | |months of prison|`
            The jury took a 90-minute break before it gave a six-year sentence. | `90-minute = 90 minutes | |minutes|; six-year = six-year | |months of prison|`
            Judge Ola Brandt jailed Pell for two years and six months on Friday. | `two years and six months = 30 months | |months of prison|`
            Pell was sentenced to three and a half years in prison.   | `three and a half years = three and a half years | |months of prison|`
            Ada Volk won the Tarby marathon in 2 hours 24 minutes 10 seconds. | `2 hours 24 minutes 10 seconds = 2 hours 24 minutes 10 seconds | |minutes|`
            Ada Volk crossed the line first in 2:31:45 on Sunday.     | `2:31:45 = 151.75 minutes | |minutes|`
            Pell was jailed for nine years, three of them suspended.  | `nine years = nine years | |months of prison partly suspended|`
            Pell was jailed for nine years, and his deputy got a suspended term. | `nine years = nine years | |months of prison|`
            The walkout lasted two hours and 30 minutes, the union said. | `two hours and 30 minutes = 150 minutes | |minutes|`
            Pell faces up to 14 years in prison on each count.       | `up to 14 years = up to 14 years | |months of prison at most|`
            Pell must serve a non-parole period of four years.       | `four years = four years | |months before parole|`
            Pell must serve at least four years before he can apply for parole. | `at least four years = at least four years | |months before parole|`
            Pell was jailed for nine years with parole eligibility after five years. | `nine years = nine years | |months of prison|; five years = five years | |months before parole|`
            Ada Voss, who led the port authority for eight years, resigned on Monday. | `eight years = eight years | |months in post|`
            The bribery racket that Ada Voss ran for four years ended on Monday. | `four years = four years | |months|`
            Ada Voss, who has sat on the Tarby council for the past 14 years, will stand down. | `14 years = 14 years | |months as member|`
            The number of people killed in the crush at Orla Park rose to six on Sunday after two of the injured died overnight. | `six = 6 | death|people|; two = 2 | injury|people| part`
            About 2,100 residents were ordered out of their homes on Sunday. | `About 2,100 residents = about 2,100 | displacement|people|`
            Some 300 residents had to leave their homes after the flood. | `Some 300 residents = about 300 | displacement|people|`
            Three of the 20 people fled to the hills when the river rose. | `Three of the 20 people = 3 | |people|; 20 people = 20 | |people|whole`
            The 4th round of talks opened with 6 envoys present.      | `6 envoys = 6 | |envoy present|`
            A 41-year-old nurse was rescued from the car.             | `41-year-old nurse = 41 | rescue|age nurs|`
            The eight-year-old boy who went missing was found safe.   | `eight-year-old boy = 8 | missing|age boy|`
            A 52-year-old Tarby man was rescued from the cliff.       | `52-year-old Tarby man = 52 | rescue|age man|`
            A 6-month-old girl was among those rescued from the flat. | `6-month-old girl = 0.5 | rescue|age girl|`
            Police said no arrests had been made by the evening.      | `no arrests = 0 | arrest|people|`
            The engine and the other five wagons were left upright.   | `five wagons = 5 | |wagon| part`
            The board agreed the merger after 20 hours of talks over four days. | `20 hours = 20 hours | |minutes of talk|; four days = four days | |minutes|`
            The blockade of the port lasted over four days.          | `over four days = over four days | |minutes|`
            The storm left 30 cm of snow in Tarby and the river rose 2 metres. | `30 cm = 30 cm | |kilometres of snow|; 2 metres = 2 metres | |kilometres|`
            The slick covered about 20 miles of shoreline near Tarby. | `about 20 miles = about 20 miles | |kilometres|`
            Fewer than half of registered voters cast a ballot in the Tarby by-election. | `Fewer than half = fewer than 50% | |percent|`
            About a third of the homes in Tarby were flooded.        | `About a third = about 33.3% | |percent|`
            Power prices in Tarby will rise by nearly a fifth next year. | `nearly a fifth = about 20% | |percent|change`
            Tarby households will pay nearly a fifth more for power next year. | `nearly a fifth more = about 20% | |percent|change`
            Two-thirds of the members backed the motion on Monday.  | `Two-thirds = about 66.7% | |percent|`
            Turnout in Tarby was 58 percent, up slightly on the last vote. | `58 percent = 58% | |percent|`
            Fares in Tarby will be 5 percent higher next year.      | `5 percent = 5% | |percent|change`
            """)
    void moneySharesAndMeasures(String sentence, String expected) {
        assertEquals(expected, figures(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Flight 451 landed safely at the coastal airport.          | ``
            The bridge reopened on May 14 after the repairs.          | ``
            In 2019 the river flooded the lower town.                 | ``
            The estimate was lowered by 20 after a recount.           | ``
            The roof leaked at 4:15 in the afternoon.                 | ``
            Rescuers said there were no more bodies in the rubble.    | ``
            Officials reported no new deaths overnight in the valley. | ``
            10:25 - Rescue teams reached the flooded mine.            | ``
            The crowd gathered at Door 6 of the arena.                | ``
            Injured patients were asked to ring 555-0142 instead.     | ``
            Fans were crushed near Gate 4 of the stadium.             | ``
            The visitors scored twice in the second half of the match. | ``
            The ferry left half an hour late.                     | ``
            """)
    void numbersThatCountNothing(String sentence, String expected) {
        assertEquals(expected, figures(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In June 2016, 30 people died in a similar flood.          | `30 people = 30 | death|people|2016-06`
            Five people were killed in a separate crash on the road.  | `Five people = 5 | death|people|other`
            Twelve people died on the bridge, in 2016.                | `Twelve people = 12 | death|people|2016`
            Twelve people died in the fire, which destroyed a hall that had stood since 1880 and was rebuilt in 1990. | `Twelve people = 12 | death|people|`
            It was the worst crash on the line since a derailment at Oska in 1998, which killed 14 people. | `14 people = 14 | death|people|1998`
            The mill, idle since 2018, lost 14 jobs this week.        | `14 jobs = 14 | layoff|people|`
            Doctors have confirmed 38 cases of mumps in Orvale since January. | `38 cases = 38 | |case|`
            In January, 40 cases of mumps were confirmed in Orvale.   | `40 cases = 40 | |case|1`
            Temperatures reached 39C, the highest since records began in 1931. | `39C = 39°C | |celsius|`
            Velko Foods lost €31 million in 2023, twice the €15 million it lost the year before. | `€31 million = €31 million | |money €|2023; €15 million = €15 million | |money €|2022`
            Velko Foods lost €31 million in 2023, up from €15 million a year earlier. | `€31 million = €31 million | |money €|2023; €15 million = €15 million | |money €|2022|earlier`
            Sales of Orlan tractors rose 4.1 percent compared with a year earlier. | `4.1 percent = 4.1% | |percent|change`
            Sales of Orlan tractors rose 4.1 percent in 2023 from the same month a year earlier. | `4.1 percent = 4.1% | |percent|2023`
            Sales of Orlan tractors were 4.1 percent lower than a year ago.  | `4.1 percent = 4.1% | |percent|change`
            Sales of Orlan tractors fell a year earlier by 4.1 percent.  | `4.1 percent = 4.1% | |percent|2020|earlier`
            """)
    void figuresOfAnotherOccasionCarryIt(String sentence, String expected) {
        assertEquals(expected, figures(sentence));
    }
}
