package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FigureConflicts}: figures of the same thing that cannot both be true.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class FigureConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a bound the other value respects | At least 20 climbers died in the avalanche on the northern slope. | Twenty-three climbers died in the avalanche on the northern slope.
            a range holding the estimate     | Between 200 and 300 fans gathered outside the stadium gates after the match. | About 250 fans gathered outside the stadium gates after the match.
            an approximation of the count    | Nearly 40 people were evacuated from the tower block on Friday night. | 38 people were evacuated from the tower block on Friday night.
            a distance in other units        | The ash cloud rose 12 km above the crater of the volcano. | The ash cloud rose 7 miles above the crater of the volcano.
            the ill against the dead         | Six guests fell ill after the wedding dinner, and two of them died, the hospital said. | Two guests died after the wedding dinner, the hospital said.
            a population against a toll      | Flooding killed 17 people in Karsa district, officials said on Monday. | Karsa district, home to some 900,000 people, was worst hit; 17 people died, officials said.
            counts that stood at other times | As of 4 p.m. Monday, 311 aftershocks had been recorded in the valley, officials said. | As of 7 p.m. Monday, 340 aftershocks had been recorded in the valley, officials said.
            an aftershock against the main shock | Later tremors in the valley included a magnitude-4.9, the seismology office said. | A magnitude 6.4 earthquake struck the valley, the seismology office said.
            one nationality against another  | The dead included four Austrians and two Danes, officials said after the hotel fire. | Two Danish citizens were among those killed in the hotel fire, the ministry said.
            a nationality's soldiers and its people | Four Austrians were among those killed in the hotel fire. | Two Austrian soldiers were killed in the hotel fire.
            homes destroyed against homes damaged | The flood destroyed 40 homes in the lower valley on Sunday. | The flood damaged 300 homes in the lower valley on Sunday.
            what a place holds against who came | The stadium, which holds 40,000 people, was sold out on Saturday. | About 25,000 people watched the final at the stadium on Saturday.
            a toll that rose past a bound    | The death toll from the mudslide in the hill villages of the north has risen to 31, the ministry said. | At least 20 people were killed when the mudslide buried the hill villages, officials said.
            counts that stood by other days  | By Friday evening, nine people had been confirmed dead in the floods in Orlo, officials said. | By Monday the death toll from the floods in Orlo had climbed to 14, officials said.
            a count by a morning and one now  | The Orrin fire had burned about 900 hectares by early Monday, the fire service said. | The fire service said the Orrin fire had now burned 2,300 hectares and was not yet contained.
            counts that stood by other hours | By noon, rescuers had recovered four bodies from the mud in Velden, the governor said. | Seven bodies had been pulled from the mud in Velden by late evening, according to the governor.
            a figure expected beforehand     | Organisers had expected 4,000 cyclists for the coastal ride on Saturday. | About 2,700 cyclists took part in the coastal ride on Saturday, organisers said.
            new cases against the total      | Doctors reported 45 new cholera cases in the camp on Thursday. | The outbreak has reached 380 cholera cases in the camp since it began in May, doctors said.
            two orders at two times               | The fire at the Kell tower began at 2 a.m.; officials ordered residents to leave the tower at 3 a.m. | The fire at the Kell tower began at 2 a.m.; officials ordered the closure of the nearby Orrin school at 7 a.m.
            two things cleared at two times      | Police cleared the road at the Kell crash scene at 4 p.m., the force said. | Crews cleared the debris from the Orrin school yard at 9 a.m. on Monday.
            a fire's start and its end            | The Orrin mill fire broke out at 2 a.m. and was put out by 6 a.m., the brigade said. | The Orrin mill fire broke out at about 2 a.m., the brigade said.
            one time on a 24-hour and a 12-hour clock | The ferry capsized at 18:40 near the harbour mouth, the coast guard said. | The ferry capsized at 6:40 p.m. near the harbour mouth, the coast guard said.
            an article's second figure agrees | The former harbour master, who ran the port for eight years, will spend six years in prison after judges found him guilty of bribery on Tuesday. | The court sentenced the former harbour master to six years in prison for bribery on Tuesday.
            an earlier fire named by its year | Three guards died when fire swept through the depot, the fire service said. A fire at the same depot in 2011 killed seven people. | The fire service said three people were killed in the depot fire.
            a part of the place singled out  | The hailstorm damaged 410 cars across Brenfield county, the county said on Monday. | In the village of Osk alone, 120 cars were damaged by the hailstorm, the county said.
            a part of the time singled out   | The appeal for the Lutterby family has raised 52,000 euros, its organiser said on Sunday. | Some 9,000 euros were given to the appeal for the Lutterby family on Saturday alone, its organiser said.
            a share at two days              | The Holm Moor fire was 20 per cent contained on Monday, the forest service said. | By Wednesday the forest service said 65% of the Holm Moor fire was contained.
            one cold in two scales           | The lake at Brisk fell to minus 15C overnight on Sunday, the weather office said. | The weather office said the lake at Brisk dropped to 5F overnight on Sunday.
            a share of a school's pupils and the count of them | About a third of Tarn Academy's 900 pupils were absent on Monday with flu, the head said. | Around 300 pupils at Tarn Academy were off school on Monday with flu, the head said.
            the hurt told as some of those aboard | Fourteen people were injured when a tour bus overturned near Orrel on Friday, police said. | A tour bus with 38 people on board rolled over near Orrel on Friday, injuring 14 of them, police said.
            a quarter's revenue and a year's | Tarn Foods reported revenue of $1.2 billion for the fourth quarter on Tuesday. | Tarn Foods said on Tuesday that its revenue for the full year reached $4.6 billion.
            one amount of data in two units  | The Lantern gang says it took 1.2 terabytes of files from the Fenport council servers. | The gang claims to have stolen 1,200GB of files from Fenport council servers.
            one weight in two units          | Customs seized 2.5 tonnes of resin from a lorry at Fenport, officials said. | Officials said 2,500 kg of resin was found in a lorry at Fenport by customs.
            a part against its whole          | Nine of the 40 passengers were hurt when the coach overturned near Dellow, police said. | The coach was carrying 40 passengers when it overturned near Dellow, police said.
            two durations of two things       | The hiker was found after three days of searching on Brack Fell, rescuers said. | Rescuers found the hiker on Brack Fell after two days without food.
            one distance from one place, named two ways | The climber was found 5 miles from the hut where he had stayed, rescuers said. | Rescuers found the climber about 8 km from the Skarn Valley hut on Friday.
            distances from two places         | The climber was found 5 miles from the hut where he had stayed, rescuers said. | Rescuers found the climber about 20 km from the car park on Friday.
            the floor it began on and the one it reached | The fire started in a ninth-floor flat of the Orrel tower and spread to the twelfth floor, the brigade said. | The brigade said the fire started on the ninth floor of the Orrel tower on Monday night.
            a reward against the damage       | The Brackley library offered a $2,000 reward on Tuesday for news of whoever flooded its basement. | The damage to the Brackley library basement was estimated at $60,000, the library said on Tuesday.
            a fine against the cost of repairs | The council fined the Orrin quarry £40,000 after a wall of the quarry collapsed onto the road. | Repairs to the road below the Orrin quarry will cost £250,000, the council said after the wall collapsed.
            two fires an article names apart  | The Hollin fire has burned 2,600 hectares of pine west of Marrow, crews said on Friday. | The smaller Bexby fire, which burned 300 hectares, was put out on Friday, crews said, freeing them for the Hollin fire west of Marrow.
            a flood level of last year         | The Wend crested at 3.8 metres at the Pell weir on Monday, the river office said. | The Wend stayed under the 4.6 metres it reached in last year's flood, but still spilled over the Pell weir on Monday.
            a share of a workforce and the jobs it means | Harrow Mills will cut 25 percent of its 400 staff at the Tesk plant, the firm said on Monday. | Harrow Mills said on Monday that 100 staff at its Tesk plant would lose their jobs.
            when it began and when it was found | The tank at the Tull works burst at 1 a.m., the agency said. | The leak at the Tull works was discovered at 5 a.m., the agency said.
            a rise against the level reached  | The jobless rate in Tarn rose by 2 percent, the statistics office said on Monday. | The jobless rate in Tarn rose to 7 percent, the statistics office said on Monday.
            a loss of the year before the one named | Velko Foods lost €31 million last year, against a loss of €15 million in 2022, the firm said. | Velko Foods reported a net loss of €31 million for 2023, about twice the €15 million it lost the year before.
            the toll of an older crash a record is counted from | Six people were killed when the train left the rails near Oska, police said. | It was the worst crash on the line since a derailment at Oska in 1998, which killed 14 people.
            two towns' counts                 | Thirty shops were flooded in Tadley on Friday night, the council said. | Nine shops were flooded in Brackwell, a village downstream, on Friday night, the council said.
            two counties' counts              | Thirty farms were flooded in Dorran County on Friday night, the state said. | Nine farms were flooded in Kelby County, further downstream, on Friday night, the state said.
            a country's rate and a region's   | Unemployment in the Dorn region fell to 6.1 percent in May, the regional office said. | Nationwide, the jobless rate stood at 4.8 percent in May, while Dorn saw one of the biggest falls, the national office said.
            a time in another zone            | The leak at the Tull works began at about 5:20 a.m., the agency said. | The leak at the Tull works began at about 8:20 a.m. ET, the agency said.
            a list's sum against its whole   | The Orla ferry left Skerry with 212 passengers and 18 crew on board, the operator said. | All 230 people aboard the Orla ferry were taken off at Skerry, the operator said.
            the hurt among those aboard       | The Orla ferry was carrying 212 passengers when it struck the pier at Skerry, the operator said. | Nine passengers aboard the Orla ferry were hurt when it struck the pier at Skerry, the operator said.
            one amount in lakh and in rupees  | The Tarapur council will pay Rs 3.5 lakh to each family, the collector said. | Each family will get 350,000 rupees from the Tarapur council, the collector said.
            one amount in rand, two ways      | The Velde municipality set aside R2.4bn for the new water works. | The Velde municipality has budgeted 2.4 billion rand for the new water works.
            a road named by a letter and figure | Traffic on the R61 near Velde was stopped for two hours after the crash. | The crash near Velde stopped traffic on the R74 for two hours.
            some of the dead said to be from a place | Nine of the dead were from Tarsk, the police said after the bus crash near the pass. | Eleven people were killed in the bus crash near the pass, the police said.
            some of the pumps against all of them | "Two of the pumps at the Orrin station had failed," the engineer said on Monday. | The Orrin station, which has five pumps, flooded on Monday, the engineer said.
            one tally with a dash and in words | The Tarnby council voted 7-2 on Monday to close the old pool. | The old pool will close after the Tarnby council backed the plan by seven votes to two on Monday.
            a change on the year and on the month | Average rents in Tarnby rose 6% in March compared with a year earlier, the agency said. | Rents in Tarnby fell 2 percent in March from February, the agency said, though they remain higher than a year ago.
            a time shortly before another close to it | Ammonia began leaking from a tank at the Tull works at about 8:50 p.m., the agency said. | Ammonia escaped from a tank at the Tull works shortly before 9 p.m., the agency said.
            one time in words and in figures  | The roof of the Tarrow depot collapsed at about a quarter to five in the morning, the fire service said. | The fire service said the roof of the Tarrow depot collapsed at 4:45 a.m.
            two towns that each recorded rain | Marrow Bay recorded 88 mm of rain overnight, the weather office said. | Tolland recorded 131 mm of rain overnight, the weather office said.
            the most a court may give and what it gave | Theft of a lorry carries a maximum sentence of ten years, the court heard before Dale Kerr was sentenced. | Dale Kerr was jailed for four years at Orrin Crown Court for stealing the lorry.
            what each gets and what all get   | Each of the nine households flooded out in Kell Street will get £2,000 from the council, the mayor said. | The council will pay £18,000 in all to the nine households flooded out in Kell Street, the mayor said.
            profit before and after tax       | Orrin Bank reported a pre-tax profit of £90 million for the year. | Orrin Bank made a net profit of £71 million for the year, the lender said.
            a driving ban against a prison term | Tom Ashby was jailed for two years at Orrin Crown Court on Monday. | Tom Ashby was banned from driving for five years at Orrin Crown Court on Monday.
            a count the other gives as earlier | Nine people died on Sunday when the Orla dam burst, rescuers said. | The toll from the Orla dam burst rose to 15 on Monday, up from nine on Sunday, rescuers said.
            some of the hurt said to be children | Fourteen people were hurt when the Kell pier stand gave way on Friday, medics said. | Two of the 14 people injured when the Kell pier stand gave way on Friday were children, medics said.
            a term asked for against the term given | Prosecutors had requested a 12-year term for Tom Ashby at Orrin Crown Court. | Tom Ashby was jailed for eight years at Orrin Crown Court on Monday.
            a toll that grew, told with its days | The toll from the mudslide in Varno rose to 9 on Thursday, from 5 on Wednesday, rescuers said. | The mudslide in Varno killed five people, rescuers said on Wednesday.
            a town's count and the region's   | Gales killed four people in the port of Haddow on Sunday, the coastguard said. | Sunday's gales killed 15 people across the Varne coast region, including four in Haddow.
            charges of one kind and all charges | The jury found Ilse Varn guilty of perjury and four counts of forgery at Orrin Crown Court. | At Orrin Crown Court the jury found Ilse Varn guilty on six counts, including forgery and perjury.
            charges of two kinds              | Ilse Varn was cleared of two counts of perjury at Orrin Crown Court on Monday. | Ilse Varn was convicted of five counts of forgery at Orrin Crown Court on Monday.
            a span of time, not more than it  | The board backed the merger after 20 hours of talks over four days, the chair said. | The board talked for 20 hours across four days before backing the merger, the chair said.
            the other's duration, keyed apart | The verdict came after nine hours of deliberation, ending a six-week trial at Orrin Crown Court. | The jury at Orrin Crown Court deliberated for about nine hours before reaching its verdict.
            a year that dates another clause  | The board backed the merger after two hours of debate on Monday, ending a plan that ran from 2015 until 2019. | The board backed the merger after two hours of debate on Monday, the chair said.
            a share named beside its total    | Tarnby council agreed a 30 million euro flood plan on Monday, of which 8 million will go to sea walls. | Sea walls in Tarnby will get €8m from the flood plan, the council decided on Monday.
            a distance from a place not named | The stolen lorry was found 30 km away on Monday, police in Tarnby said. | Police in Tarnby said the stolen lorry was found on Monday 50 km from the Brenna quarry where its driver lives.
            a kind and everyone, no headline  | Six tourists drowned when a tour boat sank off Kell Point on Sunday, the coastguard said. | The coastguard said eight people died when the tour boat sank off Kell Point on Sunday.
            two people's terms, both named by one | Ivo Marn, 44, was jailed for nine years on Monday over the Kell depot robbery. His driver, Lena Osk, 29, who waited outside, received three years. | Lena Osk, 29, was sentenced to three years in prison on Monday for driving the getaway car in the Kell depot robbery.
            two people's terms, one named with a clause | Ivo Marn, 44, was jailed for nine years on Monday over the Kell depot robbery. | Lena Osk, who drove the getaway car for Ivo Marn in the Kell depot robbery, was jailed for three years on Monday.
            bodies found on two days, counted apart | Divers recovered three more bodies from the Tarrin lake on Saturday, police said. | Two more bodies were recovered from the Tarrin lake on Sunday, police said.
            bodies found, no day told         | Divers have recovered three more bodies from the Tarrin lake, police said. | Two more bodies were recovered from the Tarrin lake, police said.
            those still in hospital against those taken there | Fourteen people were taken to Tarrin General Hospital after the crash, a spokesman said. | Five people remained in Tarrin General Hospital on Sunday after the crash, a spokesman said.
            how many a ferry may carry against how many it did | The Orla ferry is licensed to carry 140 passengers, the operator said. | The Orla ferry had 96 passengers on board when it sank off Tarrin, the operator said.
            a helicopter's call sign              | The helicopter Rescue 115 and two lifeboats joined the search off Tarrin on Friday. | Nine people were rescued off Tarrin on Friday, the coast guard said.
            a share of the vote, a share of voters | Ivo Sarn won the Tarnby mayoral race on Sunday with 58 percent of the vote, officials said. | Just 41% of registered voters went to the polls in Sunday's Tarnby mayoral race, which Ivo Sarn won, officials said.
            two rounded figures a tenth apart | The Harn cannery employs around 150 people, its owner said on Tuesday. | The Harn cannery, founded by the Varga family, has about 160 staff, its owner said on Tuesday.
            a plant's staff and its owner's at several sites | The Dellow mill, which makes paper, employs about 140 people, the firm said. | Dellow Paper, which owns the mill, employs about 2,600 people at 11 sites, the firm said.
            a trial's length and a witness's days | Kolb pleaded guilty and testified against Faraway during the five-week trial in Ostrander. | Kolb, who pleaded guilty, spent three days on the stand in Ostrander describing how she and Faraway forged statements.
            a share in words and one in figures, agreeing | More than half of the drivers at Orrin Buses walked out on Monday, the union said. | The union said 80% of drivers at Orrin Buses joined Monday's walkout.
            shares in words and figures of two groups | More than half of the dead in the Orrin floods were children, the ministry said on Monday. | About 40% of the injured in the Orrin floods were children, the ministry said on Monday.
            animals dead and animals saved     | Twelve goats drowned when the Lusk burst its banks at Orrin farm on Monday, the farmer said. | Firefighters saved 40 goats when the Lusk burst its banks at Orrin farm on Monday, the farmer said.
            a monthly sum and about twelve times it a year | The new rate will cost the owner of an average Orrin home about $8 a month, the council said. | The council said the owner of an average Orrin home will pay about $100 more a year under the new rate.
            a count as of one time and by another | As of Monday noon, 80 people had signed up to speak at the Orrin council hearing, the clerk said. | By the time the Orrin council hearing opened on Monday evening, 104 people had signed up to speak.
            the lifted to hospital and the rescued | Two of the walkers were airlifted to hospital in Tarn on Sunday, rescuers said. | Rescuers said eight walkers were rescued from Tarn Ridge on Sunday.
            a bridge's length and its height   | A 300-metre footbridge over the Tarn gorge closed on Monday after a cable snapped, the council said. | The Tarn gorge footbridge, which stands 40 metres high, closed on Monday after a cable snapped, the council said.
            a crane's height, told two ways    | A 58-metre construction crane collapsed onto a car park in Tarn on Monday, the council said. | The construction crane that collapsed onto a Tarn car park on Monday stood 58 metres tall, the council said.
            a hole's width, about and exact    | A sinkhole about 12 metres wide opened in a car park in Tarn on Monday, the council said. | The sinkhole, 12.5 metres across, opened in the Tarn car park on Monday, the council said.
            a trial's length and the jury's hours | Kolb was convicted in Ostrander after a five-week trial, prosecutors said. | The jury deliberated for about nine hours in Ostrander before convicting Kolb, prosecutors said.
            shares of two wholes, workforce and voters | Orrin Steel will cut about 12 percent of its workforce this year, the company said. | About 8 percent of Orrin voters backed the steel levy this year, the company said.
            a total and its two parts from two places | Ten fire engines were sent to the Orrin timber yard fire on Monday, the service said. | Crews came with six engines from Orrin station and four from Dunby to the timber yard fire on Monday, the service said.
            a combined size and the size of one | The Orrin trust runs three hospitals with a combined 900 beds, the trust said. | Staff at the 310-bed Dunby hospital of the Orrin trust wrote notes by hand, the trust said.
            a departure and an arrival         | The Orrin night express left Kell station at 21:40 on Sunday, the railway said. | The Orrin night express reached Dunby at 23:50 on Sunday, the railway said.
            one departure, 24-hour clock and p.m. | The Orrin night express left Kell station at 21:40 on Sunday, the railway said. | The Orrin night express pulled out of Kell at 9:40 p.m. on Sunday, the railway said.
            a rise and a share of households   | Orrin households will pay 7.2 per cent more for water from next month, the regulator said on Friday. | The regulator said on Friday that 12.7% of Orrin households are behind on their water bills.
            a count an update says grew from the other's, bare | Six people were taken to hospital after a tram crash on Orrin Road on Monday, police said. | Police now say nine people went to hospital after Monday's tram crash on Orrin Road, up from the six reported on Monday.
            dead animals and dead people       | Two goats drowned when the Lusk burst its banks at Orrin farm on Monday, the farmer said. | Five people drowned when the Lusk burst its banks near Orrin farm on Monday, police said.
            a count the next sentence says grew | By noon on Tuesday, rescuers had confirmed 8 deaths in the Orla mudslide. That figure rose to 13 by nightfall. | The Orla mudslide has killed 13 people, officials said late on Tuesday.
            a board's tally and a candidate's votes | The Tarnby election board voted 3-2 on Monday to certify the count for Ada Holt. | The final Tarnby count gave Ada Holt 20,911 votes, the election board said on Monday.
            an overrun and a budget          | The Tarby tram scheme went £12 million over budget, an audit found on Tuesday. | The Tarby tram scheme had a budget of £40 million, the audit said on Tuesday.
            a day's highest reading and a bound | Tarby recorded a maximum temperature of 41.5C on Monday, the weather office said. | The weather office said Monday's maximum in Tarby was 41.5 degrees Celsius.
            a two-year rise and its two parts | Nurses at the Orrin trust accepted a pay deal worth 9% over two years, their union said. | Under the deal Orrin trust nurses will get 5% this year and 4% next year, their union said.
            a turnout the other states apart  | Bus drivers in Tarby voted 64% for a strike, the union said. Turnout was 58%. | Tarby bus drivers backed a strike in the ballot, the union said, on a turnout of 58 per cent.
            a trial's whole and the half treated | The Orrin trial enrolled 1,500 patients, half of whom were given the new tablet, the firm said. | Among the 750 patients given the new tablet, migraines fell by a quarter, the firm said.
            some of those in hospital         | Eleven of the injured were taken to hospital, four of them in a serious condition. | Of the 11 people taken to hospital, two were still being treated on Monday, medics said.
            a toll of an earlier incident     | Two people died and five were hurt when a crowd surged at Orrin pier on Saturday. | Two people died when a crowd surged at Orrin pier on Saturday. The pier, which opened in 1990, saw a similar incident in 2016, when nine people were hurt.
            jobs cut, workers left, a workforce | Orrin Mills will cut 120 jobs at its Dunby plant, the company said. The plant employs 500 people. | Some 120 staff at the Orrin Mills plant in Dunby are to lose their jobs, leaving 380 workers, the company said.
            a workforce now and the one planned | Orrin Mills will axe 120 jobs at its Dunby plant, where it employs 500 people, the firm said. | The workforce at the Orrin Mills plant in Dunby will fall to about 380 under the plans, the firm said.
            the most that may be imposed, then the term | Dale Kerr faces up to 14 years in prison for the Orrin lorry theft. | Dale Kerr was jailed for six years at Orrin Crown Court for the lorry theft.
            the term and the part before parole | Dale Kerr was jailed for six years at Orrin Crown Court for the lorry theft. | Dale Kerr must serve a non-parole period of four years for the Orrin lorry theft, the court ruled.
            one term in years and months, and in months | Dale Kerr was jailed for two years and six months at Orrin Crown Court for the lorry theft. | Dale Kerr received a 30-month prison term at Orrin Crown Court for the lorry theft.
            years on a council and years leading it | Cllr Tom Hale, who has sat on Orrin Borough Council for 14 years, will stand down in May. | Tom Hale, who has led Orrin Borough Council for the past five years, will stand down in May.
            when police were called and when the fight began | Officers were called to the Tarby Arms at about 11:30 p.m. on Saturday, police said. | A brawl broke out at the Tarby Arms at about 11 p.m. on Saturday, police said.
            a rise in percent and about a fifth | Household power prices in Tarby will rise 19 percent next year, the regulator ruled on Wednesday. | Tarby households will pay nearly a fifth more for power next year after the regulator ruled on Wednesday.
            homes evacuated and homes flooded | More than 300 homes in Tarby were evacuated on Saturday as the river rose, the council said. | About 120 homes in Tarby were flooded after the river burst its banks on Saturday, the council said.
            one tally told two ways           | Lawmakers in Orrin approved the pension bill by 214 votes to 187 on Thursday. | The Orrin pension bill passed on Thursday with 214 lawmakers voting in favour and 187 against.
            one side's share, the other's disputed | About 70 percent of Orrin's nurses joined Tuesday's walkout, their union said. | Only about 30 percent of Orrin's nurses stayed away on Tuesday, the health board said, rejecting the union's figures.
            a term partly suspended and the part served | Dale Kerr was jailed for eight years at Orrin Crown Court, three of them suspended, for the lorry theft. | Dale Kerr will spend five years behind bars for the Orrin lorry theft, the court ruled.
            a tally in words told two ways     | The Tarnby council voted seven to two on Monday to close the old pool. | The old pool will close after the Tarnby council backed the plan by seven votes to two on Monday.
            a speed in words and with decimals | The Orrin ferry was making eleven knots when it hit the pier on Monday, the harbour office said. | Tracking data show the Orrin ferry making 11.3 knots when it hit the pier on Monday.
            a visibility below and about         | Visibility at the Orrin pier was below 300 metres when the ferry hit it on Monday. | Visibility at the Orrin pier was about 200 metres when the ferry hit it on Monday, the harbour office said.
            a winning time told two ways       | Ada Volk won the Tarby marathon on Sunday in 2 hours 24 minutes 10 seconds, organisers said. | Ada Volk crossed the line first in 2:24:10 to win Sunday's Tarby marathon.
            a cut's length and the time to restore | Power in Orrin was cut for three hours on Tuesday after a cable fault, the grid operator said. | Power was back on in Orrin within 30 minutes for most homes after Tuesday's cable fault, the grid operator said.
            patients moved and a ward's size    | Nurses at Orrin General moved 64 patients from the east ward on Monday after a fire alarm. | The west ward, which has 40 patients, stayed open on Monday, Orrin General said.
            one crowd counted two ways         | The Orrin food fair drew about 12,000 visitors over the weekend, the organisers said. | About 12,000 people attended the Orrin food fair over the weekend, according to the organisers.
            a crowd and the tickets sold        | The Orrin food fair drew about 12,000 visitors over the weekend, the organisers said. | The organisers of the Orrin food fair sold 9,000 tickets for the weekend.
            the time to arrive and to put out  | Officers arrived at the Orrin museum within nine minutes of the alarm, police said. | Firefighters took two hours to put out the blaze at the Orrin timber yard, the brigade said.
            a march told by both sides, and one | Organisers said about 9,000 people marched through Orrin on Saturday, while police put the turnout at around 3,000. | Around 3,000 people joined Saturday's march in Orrin, according to police.
            those convicted and those cleared   | Three of the five men accused of the Orrin depot thefts were convicted on Friday. | Two men were cleared on Friday of the Orrin depot thefts.
            prices of one kind and inflation    | Annual inflation in Orrin rose to 3.2 percent in June, the statistics office said. | Food prices in Orrin rose 9.5 percent in the year to June, the statistics office said.
            a month's price change and inflation | Annual inflation in Orrin rose to 3.2 percent in June, the statistics office said. | Consumer prices in Orrin rose 0.6 percent in June from May, the statistics office said.
            a plant's part of a firm's cuts    | Tarnby Steel will close its Orrin rolling mill with the loss of 85 jobs, the firm said on Monday. | Tarnby Steel said on Monday it would shed 310 jobs in all, including 85 at its Orrin rolling mill.
            a winner's share and the turnout   | Ada Brisk took the Orrin council seat on Friday with 61 percent of the vote. | Turnout in Friday's Orrin council vote was 39 percent, the returning officer said.
            sales up, profit down              | Orrin Mills said sales rose 12 percent in the first half of the year. | Orrin Mills said first-half profit fell 4 percent as flour costs climbed.
            a year-round and a summer population | Kell Island, home to about 2,600 year-round residents, relies on the ferry for fuel. | The island's population swells to about 4,000 in summer, and Kell relies on the ferry for fuel.
            a vote's time told two ways        | The Tarnby council approved the pool plan after a long debate. The vote came at 12:47 a.m. | The Tarnby council approved the pool plan after a long debate, voting shortly before 1 a.m.
            the cost to one payer and the whole | The Orrin pool will cost the council about $31 million over 30 years once interest is counted. | The Orrin pool will cost $41 million, the council said.
            two sides' requests                | The defense requested 36 months for the Orrin treasurer, pointing to his health. | Prosecutors had requested 97 months for the Orrin treasurer, the top of the range.
            a total with a part, another part  | The Orrin judge ordered restitution totalling about $3.6 million, including $412,000 owed to the tax office. | The Orrin judge ordered the treasurer to repay $3.18 million to the water board.
            spans of two orders                | Judge Ada Brisk also ordered the Orrin treasurer to serve three years of supervised release and to repay the board. | Brisk imposed a sentence at the bottom of the range, followed by five years of probation.
            power back and the first flight out | Power returned to the Orrin terminal at 11:40 p.m. on Sunday, the airport said. | The first flight left the Orrin terminal at 6:05 a.m. on Monday, the airport said.
            one volume in two units            | About 2,000 litres of heating oil leaked into the Tarn brook on Monday, the agency said. | Some 2 cubic metres of heating oil escaped into the Tarn brook on Monday, the agency said.
            an alarm, and officers arriving after it | The alarm at the Orrin Clock Museum went off at 3:10 a.m., police said. | Officers reached the Orrin Clock Museum at 3:25 a.m., after the alarm went off, police said.
            an order issued, and the same order lifted | Orrin county ordered Tarn Street evacuated at 9 a.m. after a gas main burst, officials said. | Orrin county lifted the evacuation order for Tarn Street at 3 p.m., once the gas main was sealed.
            a committee's vote and the council's | The planning committee of Orrin council voted 5-2 on Monday to back the 300-home estate. | Orrin council approved the 300-home estate by nine votes to four, a week after its planning committee backed it.
            two people's working lives          | Ada Pruitt, 44, a welder, had worked at the Orrin mill for 19 years. | Tom Major, 67, a retired fitter who worked at the Orrin mill for 22 years, watched from the gate.
            one heat in two scales, rounded    | The kiln at the Orrin pottery reached 300 degrees Fahrenheit before it cracked, the owner said. | The owner said the kiln at the Orrin pottery reached 150 degrees Celsius before it cracked.
            noon and a time just after it      | The Tull dam gave way shortly after noon on Friday, the county said. | The county said the Tull dam gave way at 12:10 p.m. on Friday.
            one flow per minute and per hour   | Pumps at the Orrin quarry were moving about 1,500 litres a minute out of the flooded pit, engineers said. | Pumps at the Orrin quarry were moving about 90,000 litres an hour out of the flooded pit, engineers said.
            an aftershock named after its figure | A magnitude 6.1 earthquake struck near Tull on Sunday, and an aftershock of magnitude 4.2 followed an hour later. | The magnitude 4.2 aftershock that hit Tull on Sunday brought down a chimney already cracked by the main quake.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            number | a tally with a dash and another in words | The Tarnby council voted 7-2 on Monday to close the old pool. | The old pool will close after the Tarnby council backed the plan by six votes to three on Monday.
            number | two changes on the year         | Average rents in Tarnby rose 6% in March compared with a year earlier, the agency said. | Rents in Tarnby rose 2 percent in March year on year, the agency said.
            number | a leak at two times of day, 'escaped' | Ammonia began leaking from a tank at the Tull works at about 2:15 p.m., the agency said. | Ammonia escaped from a tank at the Tull works shortly before 9 p.m., the agency said.
            number | a search's length and its days told by the verb | The five-day search for the missing Orrin climber ended on Friday, police said. | Police said rescuers searched for eight days before the missing Orrin climber was found on Friday.
            number | shares of one whole in two words | Orrin Steel said on Monday it would lay off about 12 percent of its workforce. | Orrin Steel said on Monday that about 8 percent of its staff would be laid off.
            number | a sum set for a work and the project's worth | The Dunby council has set aside $4.5 million to repair the Orrin bridge, the mayor said. | Repairs to the Orrin bridge will start soon under a $5.4 million project approved by the Dunby council, the mayor said.
            number | beds at a saint's hospital, its place told two ways | St Ebba's Hospital in Tarnby will close 18 beds on its stroke ward next month, the board said. | Two dozen beds on the stroke ward at St Ebba's Hospital will close next month because the board cannot find nurses.
            number | two parts that do not make the total | Ten fire engines were sent to the Orrin timber yard fire on Monday, the service said. | Crews came with six engines from Orrin station and two from Dunby to the timber yard fire on Monday, the service said.
            number | two combined sizes              | The Orrin trust runs three hospitals with a combined 900 beds, the trust said. | The three hospitals of the Orrin trust have a combined 760 beds, the trust said.
            number | things counted and the days they were set for | The Orrin clinic cancelled more than 140 operations scheduled for Monday and Tuesday, the trust said. | About 90 scheduled operations have been cancelled at the Orrin clinic since Sunday, the trust said.
            number | a departure ten minutes apart, one time in words | The Orrin night express left Kell station at 21:40 on Sunday, the railway said. | The Orrin night express pulled out of Kell at half past nine on Sunday night, the railway said.
            number | a term told as a verb's and as a noun's | A former Orrin bank clerk who stole £40,000 was jailed for eight years at Tarn Crown Court on Friday. | The judge at Tarn Crown Court gave the former Orrin bank clerk a six-year prison term on Friday for stealing £40,000.
            number | a rise told as "more" and as a climb | Orrin households will pay 7.2 per cent more for water from next month, the regulator said on Friday. | Water bills for Orrin households are set to climb 12.7% from next month, the regulator said on Friday.
            number | a sum to spend and the refit's worth | The Orrin council agreed on Tuesday to spend £4.2 million refurbishing the Tarn Street library. | The £2.4m refit of the Tarn Street library, approved by the Orrin council this week, will add a lift.
            number | a rise from a day written two ways | Fares on Orrin buses will rise by 6.5% from 1 May, the operator said on Monday. | Passengers on Orrin buses will pay 9.5% more from May 1, the operator said.
            number | an update grown from another figure than the other's | Six people were taken to hospital after a tram crash on Orrin Road on Monday, police said. | Police now say nine people went to hospital after Monday's tram crash on Orrin Road, up from the four reported on Monday.
            number | two counts of the dead        | Two guests died after the wedding dinner, the hospital said. | Four guests died after the wedding dinner, the hospital said.
            number | a bound the other value breaks | More than 30 climbers died in the avalanche on the northern slope. | Twenty-three climbers died in the avalanche on the northern slope.
            number | a distance that does not convert | The ash cloud rose 12 km above the crater of the volcano. | The ash cloud rose 20 miles above the crater of the volcano.
            number | two sizes of the aftershocks  | Aftershocks in the valley ranged up to magnitude 3.2, the seismology office said. | Later tremors in the valley included a magnitude-4.9, the seismology office said.
            number | one nationality counted twice  | The dead included four Austrians, two Danes and a Canadian, officials said after the hotel fire. | Three Austrian citizens were among those killed in the hotel fire, the ministry said.
            number | a toll the subject names far before its figure | The death toll from the mudslide in the hill villages of the north has risen to 31, the ministry said. | At least 45 people were killed when the mudslide buried the hill villages, officials said.
            number | two counts that stood by the same day | By Friday evening, nine people had been confirmed dead in the floods in Orlo, officials said. | By Friday evening the death toll from the floods in Orlo had climbed to 14, officials said.
            number | a 24-hour time against a 12-hour one | The ferry capsized at 18:40 near the harbour mouth, the coast guard said. | The ferry capsized at 9:15 p.m. near the harbour mouth, the coast guard said.
            number | two counts of the same year    | A fire at the depot in 2011 killed seven people, the fire service said. | The 2011 fire at the depot killed eleven people, the fire service said.
            number | two shares beside one both give | Turnout in the Orsk vote reached 48 per cent, and 60 per cent backed the bypass, officials said. | Turnout in the Orsk vote was 55%, officials said, with 60% backing the bypass.
            number | two amounts of money           | The Tolm bridge repairs will cost £3.2m, the council said on Monday. | The council said on Monday that repairs to the Tolm bridge would cost £5 million.
            number | two speeds beside one limit    | The van was caught at 94 mph on the Tolm bypass, where the limit is 50 mph, police said. | Police said the van was doing 103 mph on the Tolm bypass, which has a 50 mph limit.
            number | the hurt told as some of those aboard | Fourteen people were injured when a tour bus overturned near Orrel on Friday, police said. | A tour bus with 38 people on board rolled over near Orrel on Friday, injuring 23 of them, police said.
            number | one quarter's revenue, two figures | Tarn Foods reported revenue of $1.2 billion for the fourth quarter on Tuesday. | Tarn Foods said on Tuesday that its fourth-quarter revenue reached $1.6 billion.
            number | two amounts of data in two units | The Lantern gang says it took 1.2 terabytes of files from the Fenport council servers. | The gang claims to have stolen 400GB of files from Fenport council servers.
            number | two weights in two units       | Customs seized 2.5 tonnes of resin from a lorry at Fenport, officials said. | Officials said 800 kg of resin was found in a lorry at Fenport by customs.
            number | a part against all of them     | The council fined 7 of the 30 landlords it inspected in Dellow, the report said. | The report said the council fined all 30 landlords it inspected in Dellow.
            number | two rises of one fare in percent | Bus fares in Holt will go up by 6 percent in April, the council said. | The council said bus fares in Holt would rise 9% in April.
            number | two lengths of one debate      | The board backed the merger after two hours of debate on Monday, the chair said. | After nearly six hours of debate, the board backed the merger, the chair said on Monday.
            number | one debate's length, a year in another clause | The board backed the merger after two hours of debate on Monday, ending a plan that ran from 2015 until 2019. | After nearly six hours of debate, the board backed the merger, the chair said on Monday.
            number | one distance from one place named two ways | The climber was found 5 miles from the hut where he had stayed, rescuers said. | Rescuers found the climber about 20 km from the Skarn Valley hut on Friday.
            number | two floors for where it began  | The fire started in a ninth-floor flat of the Orrel tower on Monday night, the brigade said. | The blaze began on the fourth floor of the Orrel tower late on Monday, the brigade said.
            number | two values of what was taken   | Burglars took four clocks valued at $300,000 from the Pellam house on Sunday, police said. | The pieces stolen from the Pellam house are worth about $75,000, detectives said.
            number | a fine written two ways        | The agency fined the Corran mine 2 million euros on Friday for dust breaches. | Regulators imposed a penalty of 800,000 euros on the mine's owner, a spokeswoman said.
            number | one town's count, two figures  | Thirty shops were flooded in Tadley on Friday night, the council said. | The council said nine shops in Tadley were flooded on Friday night.
            number | two rates for the whole country | Nationwide, the jobless rate stood at 4.8 percent in May, the national office said. | Nationwide, unemployment stood at 5.6 percent in May, according to the national office.
            number | two times in one zone          | The leak at the Tull works began at about 5:20 a.m. ET, the agency said. | The leak at the Tull works began at about 8:20 a.m. ET, the agency said.
            number | two times it was found out     | The leak at the Tull works was spotted at about 3 a.m. by a guard, the agency said. | Staff at the Tull works discovered the leak shortly after 6 a.m., the agency said.
            number | surgeries and operations       | The Orrin hospital postponed 80 surgeries on Monday after the attack on its systems. | About 150 operations were put off at the Orrin hospital on Monday after the attack on its systems.
            number | two counts of those aboard     | The Orla ferry left Skerry with 212 passengers and 18 crew on board, the operator said. | The operator said there were 221 passengers aboard the Orla ferry when it left Skerry.
            number | two amounts in rand            | The club has set up a relief fund of R4 million for the families, its chairman said. | A R2-million relief fund for the families was announced by the club's chairman.
            number | two amounts in lakh            | The Tarapur council will pay Rs 3.5 lakh to each family, the collector said. | Each family will get Rs 5 lakh from the Tarapur council, the collector said.
            number | a time in words against one in figures | The roof of the Tarrow depot collapsed at about half past six in the evening, the fire service said. | The fire service said the roof of the Tarrow depot collapsed shortly after 4 p.m.
            number | one town's rain, two figures   | Marrow Bay recorded 88 mm of rain overnight, the weather office said. | Marrow Bay recorded 131 mm of rain overnight, the weather office said.
            number | two jail terms                 | Dale Kerr was jailed for six years at Orrin Crown Court for stealing the lorry. | Dale Kerr was jailed for four years at Orrin Crown Court for stealing the lorry.
            number | two sums for each household    | Each of the nine households flooded out in Kell Street will get £2,000 from the council, the mayor said. | Each of the nine households flooded out in Kell Street will receive £3,000 from the council, the mayor said.
            number | two pre-tax profits            | Orrin Bank reported a pre-tax profit of £90 million for the year. | Orrin Bank made a pre-tax profit of £70 million for the year, the lender said.
            number | two prison terms in other words | A judge at Orrin Crown Court sentenced Tom Ashby, 31, to eight years in prison on Monday for arson. | Tom Ashby will spend five years behind bars for setting fire to the Orrin mill, the court ruled on Monday.
            number | a count the other gives as earlier, not as this | Nine people died on Sunday when the Orla dam burst, rescuers said. | The toll from the Orla dam burst rose to 15 on Monday, up from six on Sunday, rescuers said.
            number | a count the other says was corrected | Nine people died on Sunday when the Orla dam burst, rescuers said. | Rescuers revised the toll from the Orla dam burst from nine to six, saying two victims had been counted twice.
            number | some of the hurt against all of them | Fourteen people were hurt when the Kell pier stand gave way on Friday, medics said. | Two of the 19 people injured when the Kell pier stand gave way on Friday were children, medics said.
            number | two tallies of one vote        | Councillors in Brask approved the new bypass on Monday by 31 votes to 9. | The Brask council passed the bypass plan on Monday, 31 votes to 19.
            number | two tolls for one region       | Gales killed 11 people across the Varne coast region on Sunday, officials said. | Sunday's gales killed 15 people across the Varne coast region, officials said.
            number | charges of one kind, two counts | The jury found Ilse Varn guilty on four counts of forgery at Orrin Crown Court. | At Orrin Crown Court the jury found Ilse Varn guilty on six counts of forgery.
            number | an area of one thing in other words | Fire burned some 1,400 hectares of oak woodland in the Tessel hills before it was contained, rangers said. | Rangers said about 140 hectares of oak burned in the Tessel hills before the fire was contained.
            number | workers and employees          | A blast at the Dellow mill injured 14 workers on Monday, the firm said. | Twenty employees were hurt in the explosion at the Dellow mill, a spokesman said.
            number | a distance told as away and from the place | A lorry stolen from the Brenna quarry was found 30 km away on Monday, police said. | Police said the lorry stolen on Monday was found 50 kilometres from the Brenna quarry.
            number | a share against another total | Tarnby council agreed a 30 million euro flood plan on Monday, of which 8 million will go to sea walls. | Tarnby council agreed a €45m flood plan on Monday, the council said.
            number | two shares of the vote in other words | Ivo Sarn won the Tarnby mayoral race on Sunday with 58 percent of the vote, officials said. | Ivo Sarn won the Tarnby mayoral race on Sunday with 41 percent of the votes, officials said.
            number | a sum paid and received, a noun before the one | The Orrin hospital agreed to pay $1.4 million to the family of a girl injured at birth, their lawyer said. | The family of a girl who suffered brain damage at birth will receive $4.1 million from the Orrin hospital, their lawyer said.
            number | one person's term, named with an age | Lena Osk, 29, was jailed for three years on Monday for driving the getaway car in the Kell depot robbery. | Lena Osk was sentenced to five years in prison on Monday for driving the getaway car in the Kell depot robbery.
            number | a derailment's time, the track left at another | A goods train derailed near Orrel at 07:40 on Monday, the operator said. | Nine wagons of a goods train came off the track outside Orrel shortly after 9.20am on Monday, the operator said.
            number | bodies found on one day, counted twice | Divers recovered three more bodies from the Tarrin lake on Saturday, police said. | Five more bodies were recovered from the Tarrin lake on Saturday, police said.
            number | two counts of those still in hospital | Five people remained in Tarrin General Hospital on Sunday after the crash, a spokesman said. | Nine people were still in hospital on Sunday after the Tarrin crash, a spokesman said.
            number | a share of those who voted, a share of votes | Fifty-five per cent of those who took part in the Tarnby depot ballot backed a strike, the union said on Monday. | The union said on Monday that 44% of votes cast in the Tarnby depot ballot backed a strike.
            number | a workforce employed and had, both rounded | The Harn cannery employs around 150 people, its owner said on Tuesday. | The Harn cannery, founded by the Varga family, has about 175 staff, its owner said on Tuesday.
            number | one plant's staff, two figures  | The Dellow mill, which makes paper, employs about 140 people, the firm said. | The paper mill at Dellow employs some 260 people, according to the firm.
            number | a strike's length, once before its noun | Dock workers in Ostrander began a three-day strike on Monday over pay. | The strike by dock workers in Ostrander over pay will last five days, the union said.
            number | a strike's length, before two words for it | Dockers at the Orrin terminal went back to work on Monday after a three-day strike over pay, the union said. | A five-day stoppage at the Orrin terminal ended on Monday when dockers accepted a pay rise, their union said.
            number | a standoff's length, once before its noun | A man who barricaded himself in a flat in Orrin surrendered to police after a three-hour standoff on Monday. | Police said a man holed up in an Orrin apartment gave himself up on Monday, nearly seven hours after officers surrounded the building.
            number | a sum a month and the same sum a year | The council said the owner of an average Orrin home will pay about $100 more a year under the new rate. | Under the new rate the owner of an average Orrin home will pay about $100 more each month, the council said.
            number | a yearly sum, said twice        | The council said the owner of an average Orrin home will pay about $100 more a year under the new rate. | Under the new rate the owner of an average Orrin home will pay $160 more a year, the council said.
            number | those aboard, named two ways     | A ferry carrying 212 passengers and 30 crew lost power off Orrin Head on Friday, the coastguard said. | A ferry transporting 221 travellers and 30 crew members lost power off Orrin Head on Friday, the coastguard said.
            number | the hour a ship lost power       | The Orrin ferry lost both engines shortly after 9 a.m. on Friday, the coastguard said. | The Orrin ferry's engines failed at about 10:40 a.m. on Friday, the coastguard said.
            number | walkers lifted off a ridge      | Six walkers were airlifted from Tarn Ridge on Sunday after a whiteout, rescuers said. | Rescuers said eight walkers were rescued from Tarn Ridge on Sunday after a whiteout.
            number | a depth underground, and below the surface | Nine miners were trapped about 600 metres underground at the Tarn pit on Sunday, the company said. | The nine workers were stuck roughly 900 metres below the surface at the Tarn pit on Sunday, the operator said.
            number | a crest told beside an old record | The Wend crested at 31.4 feet at the Pell gauge on Sunday, more than 9 feet above flood stage and above the 2011 record of 30.1 feet. | The Wend crested at 33.1 feet on Sunday night at the Pell gauge, the river office said.
            number | a crane's height, before its noun and after | A 58-metre construction crane collapsed onto a car park in Tarn on Monday, the council said. | The construction crane that collapsed onto a Tarn car park on Monday stood 71 metres tall, the council said.
            number | a ship's length, before its noun and after | The 140-metre cargo ship Orla Star ran aground off Tarn Head on Monday, the coastguard said. | The Orla Star, a cargo ship 190 metres long, ran aground off Tarn Head on Monday, the coastguard said.
            number | a hole's width, both about      | A sinkhole about 12 metres wide opened in a car park in Tarn on Monday, the council said. | The sinkhole, roughly 40 metres across, opened in the Tarn car park on Monday, the council said.
            number | animals killed, counted twice   | Twelve goats drowned when the Lusk burst its banks at Orrin farm on Monday, the farmer said. | The farmer said 21 goats were killed when the Lusk flooded Orrin farm on Monday.
            number | a turnout in figures and a share in words | Mara Tell held Orrin West for the Green Party in Thursday's by-election on a turnout of 64 percent, the returning officer said. | Fewer than half of registered voters cast a ballot in Thursday's Orrin West by-election, won by Mara Tell of the Green Party.
            number | two revised tolls                | Officials in Orla revised the death toll from the mudslide down to 17 from 21. | Officials lowered the number of dead from the Orla mudslide to 14 from 21.
            number | a count that grew, against another | By noon on Tuesday, rescuers had confirmed 8 deaths in the Orla mudslide. That figure rose to 13 by nightfall. | The Orla mudslide has killed 16 people, officials said late on Tuesday.
            number | two overruns told two ways      | The Tarby tram scheme has overrun its budget by £12 million, an audit found on Tuesday. | The Tarby tram scheme went £21m over budget, the audit said on Tuesday.
            number | two highest readings of a day   | Tarby recorded a maximum temperature of 41.5C on Monday, the weather office said. | The weather office said Monday's maximum in Tarby was 39.8 degrees Celsius.
            number | a two-year rise against other parts | Nurses at the Orrin trust accepted a pay deal worth 9% over two years, their union said. | Under the deal Orrin trust nurses will get 5% this year and 3% next year, their union said.
            number | two turnouts, one stated apart    | Bus drivers in Tarby voted 64% for a strike, the union said. Turnout was 58%. | Tarby bus drivers backed a strike in the ballot, the union said, on a turnout of 52 per cent.
            number | a trial's half against another count | The Orrin trial enrolled 1,500 patients, half of whom were given the new tablet, the firm said. | Among the 900 patients given the new tablet, migraines fell by a quarter, the firm said.
            number | made redundant against to lose their jobs | Orrin Mills will make 120 workers redundant at its Dunby plant, the company said on Monday. | Some 210 staff at the Orrin Mills plant in Dunby are to lose their jobs, the company said on Monday.
            number | jobs shed against workers laid off | Orrin Mills will shed 120 jobs at its Dunby plant, the company said. | Orrin Mills laid off 210 workers at its Dunby plant on Monday, the company said.
            number | a penalty against a sum ordered paid | Orrin Telecom was ordered to pay a $3.1 million penalty for misleading adverts, the court ruled on Friday. | The court on Friday ordered Orrin Telecom to pay $1.3 million after finding its adverts misleading.
            number | posts to go against jobs cut       | Orrin Mills will cut 120 jobs at its Dunby plant, the firm said on Monday. | Some 210 posts are to go at the Orrin Mills plant in Dunby, the firm said on Monday.
            number | a term in years and months against years | Dale Kerr was jailed for two years and six months at Orrin Crown Court for the lorry theft. | Dale Kerr was jailed for two years at Orrin Crown Court for the lorry theft.
            number | two spans of leading one body      | Tom Hale, who has led Orrin Borough Council for the past five years, will stand down in May. | Tom Hale, who has run Orrin Borough Council for nine years, is to stand down in May.
            number | crews called, and first alerted    | Crews were called to the Tarby mill at 23:40 on Saturday, the fire service said. | Firefighters were first alerted to the fire at the Tarby mill at twenty to eleven on Saturday night, the fire service said.
            number | police called, and told of it      | Officers were called to the Tarby Arms at about 11:30 p.m. on Saturday after a brawl, police said. | The brawl at the Tarby Arms was reported to police at about 9:45 p.m. on Saturday, a spokesman said.
            number | a rise in percent against by a fifth | Household power prices in Tarby will rise 9.5 percent next year, the regulator ruled on Wednesday. | Household power prices in Tarby will rise by nearly a fifth next year, the regulator ruled on Wednesday.
            number | homes flooded, two counts          | About 120 homes in Tarby were flooded after the river burst its banks on Saturday, the council said. | The council said 310 homes in Tarby were flooded when the river burst its banks on Saturday.
            number | a tally against votes told side by side | Lawmakers in Orrin approved the pension bill by 214 votes to 187 on Thursday. | The Orrin pension bill passed on Thursday with 241 lawmakers voting in favour and 187 against.
            number | a rate's level with two decimals   | The Orrin central bank raised its main rate to 4.5 percent on Thursday. | The Orrin central bank increased its main policy rate to 4.75 percent on Thursday.
            number | one side's share against another's | About 70 percent of Orrin's nurses joined Tuesday's walkout, their union said. | Only about 30 percent of Orrin's nurses stayed away on Tuesday, the health board said.
            number | a tally in words against one in figures | The Tarnby council voted seven to two on Monday to close the old pool. | The old pool will close after the Tarnby council backed the plan by 6 votes to 3 on Monday.
            number | a share as so many in so many       | About 70 percent of Orrin's nurses have had the flu jab, the health board said. | Fewer than one in two Orrin nurses have had the flu jab, the health board said.
            number | a term told with "and a half"       | Dale Kerr was jailed for six years at Orrin Crown Court for the lorry theft. | Dale Kerr was jailed for four and a half years at Orrin Crown Court for the lorry theft.
            number | a whole number that does not round the other | The Orrin ferry was making eleven knots when it hit the pier on Monday, the harbour office said. | Tracking data show the Orrin ferry making 12.3 knots when it hit the pier on Monday.
            number | a sum in millions no rounding of the other | The Orrin pier repairs will cost £2 million, the council said on Monday. | The Orrin pier repairs will cost £2.4 million, the council said on Monday.
            number | two winning times                  | Ada Volk won the Tarby marathon on Sunday in 2 hours 24 minutes 10 seconds, organisers said. | Ada Volk crossed the line first in 2:31:45 to win Sunday's Tarby marathon.
            number | power back within, and restored after | Power was back on in Orrin within 30 minutes of Tuesday's cable fault, the grid operator said. | Power in Orrin was restored after about three hours, the grid operator said of Tuesday's cable fault.
            number | two counts of the badly hurt        | Nine people were seriously hurt when a footbridge gave way at the Orrin fair on Sunday. | Fourteen visitors were seriously injured when a footbridge collapsed at the Orrin fair on Sunday.
            number | patients moved, two counts          | Nurses at Orrin General moved 64 patients from the east ward on Monday after a fire alarm. | Orrin General said 40 patients were moved from the east ward on Monday after a fire alarm.
            number | a crowd of visitors and of people   | The Orrin food fair drew about 12,000 visitors over the weekend, the organisers said. | The Orrin food fair attracted more than 20,000 people over the two days, the organisers said.
            number | the time police took to arrive      | Thieves took two paintings from the Orrin museum. Officers arrived within nine minutes, police said. | Thieves took two paintings from the Orrin museum. Police took 25 minutes to arrive, locals said.
            number | a march counted two ways by one side | About 9,000 people marched through Orrin on Saturday, police said. | Around 3,000 people joined Saturday's march in Orrin, according to police.
            number | two counts of those convicted       | Three men were convicted on Friday of the Orrin depot thefts. | Four men were found guilty on Friday of the Orrin depot thefts.
            number | a crowd crammed in and one attending | More than 60,000 people were crammed into the Orrin stadium, built for 52,000, on Saturday for the concert. | About 48,000 people attended the concert at the 52,000-seat Orrin stadium on Saturday.
            number | a count now on the day, and by it  | The Orrin fire has now burned 3,400 hectares, the fire service said Thursday. | By Thursday the Orrin fire had grown to 5,800 hectares, according to the fire service.
            number | a count now and one with no time | The Orrin fire had now burned 2,300 hectares, the fire service said on Monday. | The Orrin fire has burned 1,200 hectares, the fire service said on Monday.
            number | inflation, and prices over a year | Annual inflation in Orrin rose to 3.2 percent in June, the statistics office said. | Consumer prices in Orrin rose 3.8 percent in the year to June, the statistics office said.
            number | a duration written before its noun | A standoff at an Orrin farmhouse ended on Monday after nine hours, police said. | A man gave himself up on Monday after a 14-hour standoff at an Orrin farmhouse, police said.
            number | passengers aboard, told two ways   | A coach carrying 43 passengers overturned near Orrin on Sunday, police said. | Eleven people were hurt when a coach with 34 passengers on board overturned near Orrin on Sunday, police said.
            number | a firm's cuts, part named beside   | Tarnby Steel will shed 310 jobs, including 85 at its Orrin mill, the firm said on Monday. | Tarnby Steel said on Monday it would cut 420 jobs across the group.
            number | two turnouts told two ways         | Just 39 percent of registered voters took part in Friday's Orrin council vote. | Friday's Orrin council vote drew 52 percent of the town's registered electorate, officials said.
            number | sales up by two figures            | Orrin Mills said sales rose 12 percent in the first half of the year. | Orrin Mills said first-half sales climbed 7 percent as flour costs rose.
            number | two year-round populations         | Kell Island, home to about 2,600 year-round residents, relies on the ferry for fuel. | Kell Island, home to some 3,900 people year-round, relies on the ferry for fuel.
            number | a vote's time after midnight and before | The Tarnby council approved the pool plan after a long debate. The vote came at 12:47 a.m. | The Tarnby council approved the pool plan after a long debate. The vote came just after 11 p.m. on Tuesday.
            number | two costs to one payer            | The Orrin pool will cost the council about $31 million once interest is counted. | The Orrin pool will cost the council $45 million once interest is counted, auditors said.
            number | one side's request told two ways  | The defence requested 36 months in prison for the Orrin treasurer, citing his health. | His lawyers had requested 30 months in prison for the Orrin treasurer, citing his health.
            number | two totals, one with a part named  | The Orrin judge ordered restitution totalling about $3.6 million, including $412,000 owed to the tax office. | The Orrin judge ordered restitution totalling $4.9 million in all.
            number | two spans of one order             | Judge Ada Brisk also ordered the Orrin treasurer to serve three years of supervised release and to repay the board. | Brisk imposed a sentence at the bottom of the range, followed by five years of supervised release.
            number | when power came back, told two ways | Power returned to the Orrin terminal at 11:40 p.m. on Sunday, the airport said. | Power came back to the Orrin terminal at about 10:15 p.m. on Sunday, according to the airport.
            number | an alarm raised at two times      | Thieves set off the alarm at the Orrin Clock Museum at about 3:10 a.m., police said. | Alarms at the Orrin Clock Museum went off at 2:40 a.m., and police were called.
            number | two times a fire was brought under control | Firefighters brought the Orrin mill fire under control at 6:15 p.m. on Saturday, the brigade said. | Crews brought the fire at the Orrin mill under control shortly after 8 p.m. on Saturday, the brigade said.
            number | two times an order was given       | The skipper of the Kell trawler ordered the crew to abandon ship at 4:10 a.m., the coastguard said. | The order to abandon ship on the Kell trawler came at about 3:40 a.m., the coastguard said.
            number | two times the police cleared the tracks | Police cleared the protesters from the Kell rail tracks shortly after noon on Thursday. | Police in riot gear cleared the Kell rail tracks of protesters at about 3 p.m. on Thursday.
            number | an alarm's time in sentences told apart | Thieves broke into the Orrin Clock Museum early Monday and took four clocks, police said. A motion sensor in the east gallery set off the alarm at about 3:10 a.m., and the men were inside for less than seven minutes. | ORRIN - Alarms at the Orrin Clock Museum went off at 2:40 a.m. Monday, and within minutes four clocks were gone from their cases. The head of security said the thieves knew the building.
            number | an order lifted at two times      | Orrin county lifted the evacuation order for Tarn Street at 1:30 p.m., officials said. | Residents were told to stay away, and Tarn Street's evacuation order was lifted at 3 p.m.
            number | one council's vote told two ways  | Orrin council voted 5-2 on Monday to back the 300-home estate. | Orrin council approved the 300-home estate by nine votes to four on Monday.
            number | one person's working life, two spans | Ada Pruitt, 44, a welder, had worked at the Orrin mill for 19 years. | Ada Pruitt, a welder who worked at the Orrin mill for 22 years, was among the dead.
            number | two heats in two scales            | The kiln at the Orrin pottery reached 300 degrees Fahrenheit before it cracked, the owner said. | The owner said the kiln at the Orrin pottery reached 190 degrees Celsius before it cracked.
            number | a volume in litres and in barrels   | About 2,000 litres of heating oil leaked into the Tarn brook on Monday, the agency said. | Some 2,000 barrels of heating oil escaped into the Tarn brook on Monday, the agency said.
            number | one party's two figures            | Marchers filled Tarn Square; police put the crowd at about 4,000 - the organisers said 11,000 - by noon. | Police estimated the crowd in Tarn Square at 6,500 by noon.
            number | an age told after the copula       | A 52-year-old roofer died after falling from scaffolding on Tarn Street on Monday. | Police said the roofer killed on Tarn Street on Monday was 25 years old.
            number | a board's two tallies, a meeting set ahead in another month | The Tarn transit board voted 7-2 to delay the decision until its Nov. 6 meeting. | The Tarn transit board voted 5-4 on Thursday afternoon to put off the decision.
            number | noon against an afternoon hour    | The Tull dam gave way shortly after noon on Friday, the county said. | The county said the Tull dam gave way at about 3 p.m. on Friday.
            number | jobs lost and jobs eliminated     | The union says about 340 depot jobs would be lost or transferred to the contractor. | The union claims around 430 depot jobs would be eliminated or moved to the contractor.
            number | inmates and prisoners              | Four inmates escaped from Orrin jail overnight by climbing a laundry chute, the ministry said. | Seven prisoners escaped from Orrin jail during the night through a laundry chute, the ministry said.
            number | parts of an owner's whole          | The storm cut power on two of Tullco's six lines into the valley, the company said. | The storm cut power on five of Tullco's six lines into the valley, the company said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }

    /**
     * Undated articles: a figure of the end of June and one of the end of August measure two
     * moments whatever the incident's date; two of the end of June differ.
     */
    @Test
    void figuresOfTwoMonthsAreTwoMoments() throws Exception {
        String june = "Lake Tarn was 1.8 metres below its normal level at the end of June, the water board said.";
        String august = "By the end of August, Lake Tarn had dropped to 2.9 metres below its normal level, according to the water board.";
        String alsoJune = "At the end of June, Lake Tarn was 2.9 metres below its normal level, according to the water board.";
        assertEquals(0, undated(june, august).contradictions().size());
        assertEquals(1, undated(june, alsoJune).contradictions().size());
    }

    /**
     * Only figures set against another are listed: a count by a later evening conflicts with no
     * one (the count without a time gives it in other units), and joins no quarrel over what had
     * burned by an earlier morning.
     */
    @Test
    void onlyOpposedFiguresAreListed() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The Orrin fire had burned about 900 hectares by early Monday, the fire service said."),
                Articles.of("b", "The Orrin fire had scorched about 900 acres by early Monday, according to the fire service."),
                Articles.of("c", "The Orrin fire had burned 4,100 hectares by Wednesday evening, the fire service said."),
                Articles.of("d", "The Orrin fire was contained after burning about 10,130 acres, the fire service said.")),
                false, java.util.Optional.empty());
        assertEquals(1, c.contradictions().size(), c.contradictions()::toString);
        assertEquals("a b d", c.contradictions().get(0).values().stream().map(v -> v.evidence().article())
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /**
     * A figure told in other units joins the side it equals and is named there, not listed as
     * evidence beside it; a bound ("thousands of") founds no side while a figure stands beside it.
     */
    @Test
    void aConvertedFigureIsNamedBesideItsSide() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Judge Ada Brisk sentenced the Orrin treasurer to 78 months in prison on Tuesday for the theft."),
                Articles.of("b", "Judge Ada Brisk sentenced the Orrin treasurer to 78 months in prison on Tuesday for the fraud."),
                Articles.of("c", "Judge Ada Brisk sentenced the Orrin treasurer to six and a half years in prison on Tuesday."),
                Articles.of("d", "Judge Ada Brisk sentenced the Orrin treasurer to 68 months in prison on Tuesday for the theft.")),
                false, java.util.Optional.empty());
        List<Contradiction> terms = c.contradictions().stream().filter(x -> x.topic().equals("prison term")).toList();
        assertEquals(1, terms.size(), c.contradictions()::toString);
        assertEquals("a b d", terms.get(0).values().stream().map(v -> v.evidence().article())
                .collect(java.util.stream.Collectors.joining(" ")));
        assertTrue(terms.get(0).explanation().contains("78 months (a, b; six and a half years in c)"), terms.get(0).explanation());
        Comparison crowd = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Thousands of travellers were stranded at Orrin airport on Sunday after the power cut."),
                Articles.of("b", "Thousands of travellers were stranded at Orrin airport on Sunday when the power failed."),
                Articles.of("c", "About 3,000 travellers were stranded at Orrin airport on Sunday after the power cut."),
                Articles.of("d", "About 30,000 travellers were stranded at Orrin airport on Sunday after the power cut.")),
                false, java.util.Optional.empty());
        List<Contradiction> stranded = crowd.contradictions().stream().filter(x -> x.kind() == ContradictionKind.NUMBER).toList();
        assertEquals(1, stranded.size(), crowd.contradictions()::toString);
        assertEquals("c d", stranded.get(0).values().stream().map(v -> v.evidence().article())
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /**
     * One value told exact once and approximate by most ("a 40-metre fall" / "fell about 40
     * metres"): the side is listed as most write it, the exact one named beside it.
     */
    @Test
    void aSideIsListedAsMostStateIt() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The van left the Orrin cliff road on Monday and came to rest after a 40-metre fall, police said."),
                Articles.of("b", "The van left the Orrin cliff road on Monday and fell about 40 metres onto the rocks, police said."),
                Articles.of("c", "The van left the Orrin cliff road on Monday and plunged about 40 metres into the surf, police said."),
                Articles.of("d", "The van left the Orrin cliff road on Monday and dropped about 90 metres onto the beach, police said.")),
                false, java.util.Optional.empty());
        List<Contradiction> falls = c.contradictions().stream().filter(x -> x.kind() == ContradictionKind.NUMBER).toList();
        assertEquals(1, falls.size(), c.contradictions()::toString);
        assertEquals("b c d", falls.get(0).values().stream().map(v -> v.evidence().article())
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /** Of two times on one side, the exact one is listed: "at 7:42 p.m." founds the side, "about 7:40 p.m." joins it. */
    @Test
    void theMostPreciseTimeFoundsItsSide() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "The Tarn ferry struck the reef off Orrin at about 7:40 p.m. on Saturday, the coast guard said."),
                Articles.of("b", "The Tarn ferry struck the reef off Orrin at about 7:40 p.m. on Saturday, according to the coast guard."),
                Articles.of("c", "The Tarn ferry struck the reef off Orrin at 7:42 p.m. on Saturday, the coast guard said."),
                Articles.of("d", "The Tarn ferry ran aground on the reef off Orrin around 6:45 p.m. on Saturday, the coast guard said.")),
                false, java.util.Optional.empty());
        List<Contradiction> times = c.contradictions().stream().filter(x -> x.topic().equals("time of the event")).toList();
        assertEquals(1, times.size(), c.contradictions()::toString);
        assertEquals("c d", times.get(0).values().stream().map(v -> v.evidence().article())
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /**
     * A count as it stood by a named moment grew by the time a later article was written; the
     * same larger count written before it, or a count by the same moment, conflicts.
     */
    @Test
    void aCountByAMomentGrowsInLaterArticles() throws Exception {
        String byMorning = "The Orrin fire had burned about 900 hectares by early Monday, the fire service said.";
        String larger = "The Orrin fire has burned 2,600 hectares, the fire service said.";
        assertEquals(0, dated(byMorning, "2025-03-03T06:00Z", larger, "2025-03-04T09:00Z").size(),
                () -> dated(byMorning, "2025-03-03T06:00Z", larger, "2025-03-04T09:00Z").toString());
        assertEquals(1, dated(byMorning, "2025-03-04T09:00Z", larger, "2025-03-03T06:00Z").size());
        assertEquals(1, dated(byMorning, "2025-03-03T06:00Z",
                "The Orrin fire had burned 2,600 hectares by early Monday, the fire service said.", "2025-03-04T09:00Z").size());
        // a later count that names its moment, against an earlier one that names none
        String byEvening = "By Monday evening the Orrin fire had burned 2,600 hectares, the fire service said.";
        String bare = "The Orrin fire has burned about 900 hectares, the fire service said.";
        assertEquals(0, dated(bare, "2025-03-03T06:00Z", byEvening, "2025-03-03T20:00Z").size());
        assertEquals(0, dated(bare, "2025-03-03T20:00Z", byEvening, "2025-03-03T06:00Z").size());
        assertEquals(1, dated("By Monday evening the Orrin fire had burned about 900 hectares, the fire service said.",
                "2025-03-03T20:00Z", "The Orrin fire has burned 2,600 hectares, the fire service said.", "2025-03-03T06:00Z").size());
        // a moment in a clause after the count's is not the count's
        assertEquals(1, dated("Six people were taken to hospital after the Orrin crash, and all but one had been discharged by"
                + " Saturday.", "2025-03-03T06:00Z", "Sixteen people were taken to hospital after the Orrin crash.",
                "2025-03-04T09:00Z").size());
        // "now" in someone's words names no moment of the count
        assertEquals(1, dated("\"Now it is out of control,\" a farmer said, as the Orrin fire had burned about 900 hectares.",
                "2025-03-03T06:00Z", larger, "2025-03-04T09:00Z").size());
    }

    private static List<Contradiction> dated(String a, String publishedA, String b, String publishedB) {
        try {
            return ClaimsPipeline.compare(List.of(Articles.of("a", a, publishedA), Articles.of("b", b, publishedB)), false,
                    java.util.Optional.empty()).contradictions().stream().filter(c -> c.kind() == ContradictionKind.NUMBER).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A total that names a part added later ("including three arrested overnight") grew from the
     * count without it; when another article gives that count, the total contradicts nothing.
     */
    @Test
    void aTotalGrownByALaterPartIsNoSide() throws Exception {
        String thursday = "Police said Thursday evening that 11 people were arrested at the Tarn depot protest.";
        String friday = "Police said 15 people had been arrested over the Tarn depot protest, including four arrested overnight.";
        String other = "Police arrested 20 people on Thursday at the Tarn depot protest, a spokesman said.";
        assertEquals(List.of("[a0, a2]"), numberSides(List.of(thursday, friday, other)));
        assertEquals(List.of("[a0, a1, a2]"), numberSides(List.of(thursday,
                friday.replace("including four arrested overnight", "including four women"), other)));
    }

    /**
     * A flow is a state that changes: two articles' rates of two days, or of times the case does
     * not give, do not contradict; of one time they do, an hour's flow compared per minute.
     */
    @Test
    void flowsOfTwoTimesAreTwoMoments() throws Exception {
        String slow = "Pumps at the Orrin quarry were moving about 1,500 litres a minute out of the flooded pit, engineers said.";
        String fast = "Engineers said pumps were drawing about 3,000 litres a minute from the flooded pit at the Orrin quarry.";
        assertEquals(0, dated(slow, "2025-03-03T06:00Z", fast, "2025-03-05T09:00Z").size(), () -> dated(slow, "2025-03-03T06:00Z", fast, "2025-03-05T09:00Z").toString());
        assertEquals(1, dated(slow, "2025-03-03T06:00Z", fast, "2025-03-03T06:20Z").size());
        String hourly = "Engineers said pumps were drawing about 180,000 litres an hour from the flooded pit at the Orrin quarry.";
        assertEquals(1, dated(slow, "2025-03-03T06:00Z", hourly, "2025-03-03T06:20Z").size());
        assertEquals(0, dated(slow, "2025-03-03T06:00Z", hourly.replace("180,000", "90,000"), "2025-03-03T06:20Z").size());
        assertEquals(0, undated(slow, fast).contradictions().stream().filter(x -> x.kind() == ContradictionKind.NUMBER).count());
        assertEquals(0, dated(slow, "2025-03-03", fast, "2025-03-03T06:20Z").size()); // a day without its hour
    }

    /**
     * A sentence that gives a second party's figure beside the count ("- the organisers said
     * 11,000 -") tells a dispute: an article giving the organisers' figure contradicts none that
     * gives the police's, while two police figures still differ.
     */
    @Test
    void aSecondPartysFigureIsNoContradiction() throws Exception {
        String both = "A crowd that police put at about 4,000 - the organisers said 11,000 - marched through Tarn Square on Saturday.";
        String police = "Police estimated the crowd that marched through Tarn Square on Saturday at 6,500.";
        String organisers = "More than 11,000 people marched through Tarn Square on Saturday, according to the organisers.";
        String withoutDispute = "A crowd that police put at about 4,000 marched through Tarn Square on Saturday.";
        assertEquals(List.of("[a0, a1]"), numberSides(List.of(both, police, organisers)));
        assertEquals(List.of("[a0, a1, a2]"), numberSides(List.of(withoutDispute, police, organisers)));
    }

    /** The articles of each figure conflict among the texts, as "[a0, a2]": articles a0, a1, ... in order. */
    private static List<String> numberSides(List<String> texts) throws Exception {
        List<Article> arts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            arts.add(Articles.of("a" + i, texts.get(i)));
        }
        return ClaimsPipeline.compare(arts).contradictions().stream().filter(c -> c.kind() == ContradictionKind.NUMBER)
                .map(c -> c.values().stream().map(v -> v.evidence().article()).distinct().sorted().toList().toString()).toList();
    }

    private static Comparison undated(String a, String b) throws Exception {
        return ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)), false, java.util.Optional.empty());
    }

    /**
     * A headline's bare toll tells which count of the text is everyone's: under "Six dead", "six
     * tourists drowned" is set against another article's "eight people"; under a headline that
     * counts the tourists, it is not.
     */
    @Test
    void aHeadlineTollMakesAKindsCountTheTotal() throws Exception {
        String other = "Tour boat sinks off Kell Point, eight killed\nThe coastguard said eight people died when the tour"
                + " boat sank off Kell Point on Sunday.";
        assertEquals("number", RuleCases.found("Six dead as tour boat sinks\nSix tourists drowned when a tour boat"
                + " sank off Kell Point on Sunday, the coastguard said.", other));
        assertEquals("", RuleCases.found("Six Tourists Dead In Boat Sinking\nSix tourists drowned when a tour boat"
                + " sank off Kell Point on Sunday, the coastguard said.", other));
    }

    /**
     * The seriously hurt are some of the hurt, even under a headline that counts them: "Nine
     * seriously hurt" is not everyone's toll against "thirty people were injured"; two counts of
     * the seriously hurt differ.
     */
    @Test
    void theSeriouslyHurtAreSomeOfTheHurt() throws Exception {
        String all = "Footbridge gives way at Orrin fair\nThirty people were injured when a footbridge gave way at the Orrin"
                + " fair on Sunday, nine of them seriously, paramedics said.";
        String serious = "Nine seriously hurt in Orrin fair footbridge collapse\nNine visitors were seriously injured after a"
                + " footbridge gave way at the Orrin fair on Sunday.";
        assertEquals("", RuleCases.found(all, serious));
        assertEquals("number", RuleCases.found(serious, "Fourteen visitors were seriously injured after a footbridge gave way"
                + " at the Orrin fair on Sunday."));
    }

    /** Two prison terms are named as such, not as mere durations. */
    @Test
    void prisonTermsAreNamedSo() throws Exception {
        assertEquals("prison term", RuleCases.topics("Dale Kerr was jailed for six years at Orrin Crown Court for stealing the lorry.",
                "A judge at Orrin Crown Court sentenced Dale Kerr to four years for stealing the lorry.", "prison"));
    }

    @Test
    void timesBeforeParoleAreNamedSo() throws Exception {
        assertEquals("time before parole", RuleCases.topics("Dale Kerr must serve a non-parole period of four years for the Orrin lorry theft.",
                "Dale Kerr must serve three years before he can seek parole, the Orrin court ruled over the lorry theft.", "time before"));
    }

    /**
     * With the sentence encoder on, as a real run has it: two counts of the same outcome conflict
     * however little else their sentences share; a figure whose sentence says something else is
     * not listed among the values.
     */
    @Test
    void countsOfOneOutcomeConflictWhateverTheirSentences() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "A coach left the pass road above Dellow on Sunday and rolled into a ravine, killing seven "
                        + "people, police said."),
                Articles.of("b", "Ten people were killed, police said, and more than twenty were hurt."),
                Articles.of("c", "Ten people were killed, the police said on Sunday. A farmer who saw the crash drove "
                        + "four people to the clinic in his van.")), true);
        List<Contradiction> numbers = c.contradictions().stream().filter(x -> x.kind() == ContradictionKind.NUMBER).toList();
        assertEquals(1, numbers.size(), numbers.toString());
        assertEquals(List.of("a", "b", "c"), numbers.get(0).values().stream().map(v -> v.evidence().article()).toList());
    }

    /**
     * A figure that can hold beside the most stated one on its side ("61.3 percent" beside "61
     * percent") is named in the explanation but listed as no evidence of the conflict: the
     * finding sets "48" against "61", not "61" against "61.3".
     */
    @Test
    void aCompatibleFigureIsNamedButNotSetAgainst() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("a", "Turnout in the Orrin council election on Sunday was 61 percent, the electoral office said."),
                Articles.of("b", "According to the electoral office, 61 percent of Orrin voters took part in Sunday's council election."),
                Articles.of("c", "Official figures put turnout in Sunday's Orrin council election at 61.3 percent."),
                Articles.of("d", "Turnout in the Orrin council election on Sunday was 48 percent, a party official said.")));
        List<Contradiction> numbers = c.contradictions().stream().filter(x -> x.kind() == ContradictionKind.NUMBER).toList();
        assertEquals(1, numbers.size(), numbers.toString());
        assertEquals(List.of("a", "b", "d"), numbers.get(0).values().stream().map(v -> v.evidence().article()).toList());
        assertTrue(numbers.get(0).explanation().contains("(c)"), numbers.get(0).explanation());
    }

    /**
     * A figure given a dozen ways is named by its most stated values and a count of the rest:
     * the explanation stays a sentence, while the finding keeps every article's figure.
     */
    @Test
    void manyFiguresAreNamedByTheMostStated() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(Articles.of("same" + i, "Twelve passengers died in the ferry fire off the cape, the coastguard said."));
        }
        for (int i = 0; i < 10; i++) {
            articles.add(Articles.of("own" + i, (20 + i) + " passengers died in the ferry fire off the cape, the coastguard said."));
        }
        Contradiction c = ClaimsPipeline.compare(articles).contradictions().stream()
                .filter(x -> x.kind() == ContradictionKind.NUMBER).findFirst().orElseThrow();
        assertEquals(13, c.values().size(), "every article's figure stays in the finding");
        String e = c.explanation();
        assertTrue(e.contains("12 (same0, same1, same2)"), e);
        assertEquals(FigureConflicts.FIGURES_NAMED - 1, e.split(" vs ").length - 1, e);
        assertTrue(e.contains(" and 1 other figure, in fewer articles."), e);
    }
}
