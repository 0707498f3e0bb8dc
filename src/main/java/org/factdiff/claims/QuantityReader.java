package org.factdiff.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;

/**
 * Reads the figures a sentence states: counts with what they count and what happened to
 * them ("at least 24 people were killed"), their qualifiers and ranges ("between 20 and
 * 30"), superseded figures ("initially 51"), measures made metric, ratings on a scale
 * ("EF5", "magnitude 7.1"), the clock time of the event ("about 9:30 p.m.") and the total
 * of parts ("20 children and 31 others"). Numbers that name days, years, times or things
 * ("Train 188") are not figures.
 */
final class QuantityReader implements SlotReader<List<Quantity>> {
    /** Words either side of a figure searched for what happened ("killed", "injured"). */
    static final int EVENT_WINDOW = 10;
    /** Words before a figure searched for "initially", "previously". */
    static final int EARLIER_WINDOW = 8;
    /**
     * Minutes a clock time given as exact may be off ("9:30 p.m."): two exact times five minutes
     * apart may be one time told twice; ten minutes apart ("21:40" / "9:30 p.m.") are two.
     */
    static final int TIME_EXACT = 4;
    /** Minutes either side of a time given as "about 9:30". */
    static final int TIME_ABOUT = 14;
    /** Minutes after (before) a time given as "shortly after (before) 9". */
    static final int TIME_NEAR = 20;
    /** Minutes after (before) a time given as "after (before) 9". */
    static final int TIME_FAR = 120;

    /** A clock time with the words that widen it: "shortly after 9 p.m.", "at 10:30am". */
    static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(?:(shortly after|shortly before|just after|just before|about|around|approximately|roughly|"
                    + "after|before|at|by)\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");
    /**
     * A 24-hour clock time after a preposition, as {@link #CLOCK} without "a.m." or "p.m.": "at
     * 18:40", "shortly after 06.15", "at 21:05 local time". A live blog's "09:40 -" has none, and
     * "at 14.50 metres" is a measure.
     */
    static final Pattern CLOCK_24 = Pattern.compile(
            "(?i)\\b(shortly after|shortly before|just after|just before|about|around|approximately|roughly|"
                    + "after|before|at|by)\\s+([01]?\\d|2[0-3])[:.h]([0-5]\\d)\\b(?!:\\d)(?!\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|%|m\\b|metres|meters|km|kilomet|miles|feet|ft\\b|kg|tonnes|tons|"
                    + "per ?cent|million|billion|degrees))"
                    + "(\\s*(?:gmt|utc|local time|hrs\\b|hours\\b))?");
    /**
     * A clock time in words, with the part of the day that says whether it is morning or
     * evening: "half past six on Tuesday morning", "a quarter to five in the morning", "about
     * ten at night", "seven o'clock that evening". Group 1 is the qualifier, as in {@link #CLOCK};
     * group 2 the minutes before or after the hour, group 3 the hour, group 4 the part of the day.
     */
    static final Pattern CLOCK_WORDS = Pattern.compile(
            "(?i)\\b(?:(shortly after|shortly before|just after|just before|about|around|approximately|roughly|"
                    + "after|before|at|by)\\s+)?((?:half|(?:a\\s+)?quarter|twenty|ten|five|twenty-five)\\s+(?:minutes\\s+)?(?:past|to)\\s+)?"
                    + "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+o['\u2019]clock)?\\s+"
                    + "(?:(?:in the|at|on \\p{L}+day|that|this|on the|early on \\p{L}+day)\\s+)?(morning|afternoon|evening|night)\\b");
    /**
     * Noon or midnight, maybe after a qualifier as in {@link #CLOCK}: "shortly after noon". Group
     * 2 the word. Not after "by" or "until": "had failed by noon" is a state as of a time.
     */
    static final Pattern CLOCK_NOON = Pattern.compile("(?i)(?<!\\bby\\s)(?<!\\buntil\\s)\\b(?:(shortly after|shortly before|just after"
            + "|just before|about|around|approximately|roughly|after|before|at)\\s+)?(noon|midday|midnight)\\b");
    /** Hours in words, as {@link #CLOCK_WORDS} reads them. */
    private static final List<String> HOUR_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    /** Words before a clock time that make it the time a count or state stood at, not the event's. */
    static final Pattern STATUS_TIME = Pattern.compile("\\b(as of|as at|until|till|since|through)\\s*$");
    /** Characters before a clock time searched for {@link #STATUS_TIME}. */
    static final int STATUS_LEAD = 8;
    /** Words that make a rating after them an aftershock's or foreshock's, not the event's. */
    static final Set<String> AFTERSHOCKS = Set.of("aftershock", "aftershocks", "foreshock", "foreshocks");
    /** Words before a rating searched for {@link #AFTERSHOCKS} or a later shock ("later tremors in the valley included"). */
    static final int AFTERSHOCK_WINDOW = 9;
    /** A rating written as one word: "EF5", "F4". */
    private static final Pattern RATING = Pattern.compile("(EF|F)(\\d)");

    private final Lexicon lexicon;
    private final OccasionReader occasion;

    /**
     * @param lexicon  the case's lexicon: what a figure counts is read in its canonical form
     * @param occasion reads the occasion the figures belong to ({@link Quantity#context()})
     */
    QuantityReader(Lexicon lexicon, OccasionReader occasion) {
        this.lexicon = lexicon;
        this.occasion = occasion;
    }

    @Override
    public List<Quantity> read(TaggedSentence s) {
        String context = occasion.read(s).context();
        String dated = context;
        // A year the sentence as a whole is not dated by may still date one figure: "the worst
        // since Polderjet failed in 2019, stranding 9,000", "twice the sum it lost a year earlier".
        boolean namesYear = IntStream.range(0, s.size()).anyMatch(k -> OccasionReader.isYear(s, k));
        if (context.isEmpty() && partOnly(s)) {
            context = Quantity.SUBSET; // "in the town of Marrick alone, 85 were damaged": not the whole count
        }
        List<Quantity> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Numbers.Reading number = Numbers.at(s, i);
            if (number == null || isDateOrTime(s, i) || isIdentifier(s, i) || isConversion(s, i, spans)
                    || isPartitiveOne(s, i) || isCode(s, i) || isBracketedAge(s, i) || isAppositiveAge(s, i)) {
                continue;
            }
            if (inRatio(s, i, number.last())) {
                i = number.last();
                continue; // "two in three toddlers": a share, read by ratios
            }
            if (number.last() + 1 < s.size() && FRACTIONS.containsKey(s.lower(number.last() + 1))
                    && (s.gap(number.last() + 1).equals("-") || s.lower(number.last() + 1).endsWith("s"))) {
                continue; // "three-quarters (of a million)": a fraction, read with what it takes
            }
            int last = number.last();
            double value = number.value();
            double upper = value;
            Qualifier qualifier = Qualifier.EXACT;
            int first = i;
            int rangeEnd = range(s, last);
            if (rangeEnd >= 0) {
                Numbers.Reading end = Numbers.at(s, rangeEnd);
                upper = Math.max(value, end.value());
                value = Math.min(value, end.value());
                last = end.last();
                qualifier = Qualifier.RANGE;
                if (i >= 1 && s.lower(i - 1).equals("between")) {
                    first = i - 1;
                }
            } else {
                Map.Entry<Integer, Qualifier> q = qualifier(s, i);
                if (q != null) {
                    qualifier = q.getValue();
                    first = q.getKey();
                } else if (Cues.PLURAL_AMOUNTS.containsKey(s.lower(i))) {
                    qualifier = Qualifier.AT_LEAST;
                }
            }
            double[] fraction = fractionBefore(s, first);
            if (fraction != null) {
                value *= fraction[0]; // "half a million", "three-quarters of a million euros"
                upper *= fraction[0];
                first = (int) fraction[1];
                Map.Entry<Integer, Qualifier> q = qualifier == Qualifier.EXACT ? qualifier(s, first) : null;
                if (q != null) {
                    qualifier = q.getValue(); // "almost half a million euros": the bound stands before the fraction
                    first = q.getKey();
                }
            }
            // "won by 14 votes" is a margin, "approved by 312 votes to 140" a tally: both are read.
            boolean won = first >= 2 && s.lower(first - 1).equals("by")
                    && (WINNING.contains(s.lower(first - 2)) || tallyFollows(s, last));
            boolean followed = first >= 2 && s.lower(first - 2).equals("followed"); // "followed by five years of probation"
            if (first >= 1 && s.lower(first - 1).equals("by") && !percentAfter(s, last) && !won && !measureOfAgent(s, last)
                    && !overrun(s, first, last) && !followed) {
                // "overcounted by 30", "lowered by 30": a change, not a count. A change in percent
                // ("go up by 12 percent") is read, as "rise 12%" is: both give the size of the change.
                i = last;
                continue;
            }
            int unit = hyphenedUnit(s, last);
            if (unit >= 0 && unit + 2 < s.size() && s.gap(unit + 1).equals("-") && s.lower(unit + 1).equals("old")) {
                // "a 52-year-old man": an age, not a count of men; the age of the one it names.
                Double years = AGE_UNITS.get(s.lower(unit));
                if (years != null) {
                    age(s, first, unit + 1, value * years, qualifier, context).ifPresent(out::add);
                }
                i = unit + 1;
                continue;
            }
            java.util.Optional<Quantity> told = last + 2 < s.size() && s.lower(last + 2).equals("old")
                    ? toldAge(s, first, last, value, qualifier, context) : java.util.Optional.empty();
            if (told.isPresent()) {
                out.add(told.get()); // "the cyclist killed on Monday was 43 years old": as "a 43-year-old cyclist"
                i = last + 2;
                continue;
            }
            // An amount of money ("$1.1 million", "£2.5m") or a measure in a unit ("38%", "1.2 tonnes",
            // "a 90-minute standoff"): what it counts is its currency or its unit, compared converted.
            Map.Entry<String, Integer> currency = Units.currencyBefore(s, i);
            Units.Reading measure = currency == null ? Units.after(s, last) : null;
            Units.Reading compound = null;
            List<Double> compoundMore = new ArrayList<>();
            int startChar = s.token(first).start();
            int endChar = -1;
            if (currency != null) {
                double[] suffix = Units.moneySuffix(s, last);
                if (suffix != null) {
                    value *= suffix[0];
                    upper *= suffix[0];
                    last = (int) suffix[1];
                }
                startChar = Math.min(startChar, currency.getValue());
                endChar = s.token(last).end();
                unit = -1;
            } else if (measure != null) {
                endChar = measure.end();
                unit = -1;
                // "2 hours 24 minutes 10 seconds": each smaller unit after the one before it
                for (Units.Reading r = compoundDuration(s, measure); r != null && compoundMore.size() < 2; r = compoundDuration(s, r)) {
                    compound = r;
                    compoundMore.add(r.unit().convert(Numbers.at(s, r.last() - 1).value()));
                }
                if (compound != null) {
                    endChar = compound.end(); // "two years and six months": one term of 30 months
                }
                if (below(s, i)) {
                    // "minus 20C", "-4F": a temperature below zero.
                    double lower = -upper;
                    upper = -value;
                    value = lower;
                    if (s.lower(i - 1).equals("minus") && first == i) {
                        first = i - 1;
                    }
                    startChar = Math.min(startChar, s.token(i).start() - (s.lower(i - 1).equals("minus") ? 0 : 1));
                    startChar = s.lower(i - 1).equals("minus") ? Math.min(startChar, s.token(i - 1).start()) : startChar;
                }
            }
            int head = measure != null ? measure.last() : currency != null ? -1 : unit >= 0 ? unit : thingHead(s, last);
            String thing = currency != null ? Units.MONEY + currency.getKey() : measure != null ? measure.unit().thing()
                    : head < 0 ? "" : lexicon.synonymClass(s.token(head).norm());
            thing = SAME_PEOPLE.getOrDefault(thing, thing);
            if (head >= 0 && s.lower(head).equals("capacity") && s.gap(head).equals("-")) {
                thing = "people"; // "the 32,500-capacity ground" holds people, as "a capacity of 28,000" does
            }
            int[] nationals = currency != null || measure != null ? null : nationals(s, last);
            if (nationals != null) {
                // "four Germans", "three German citizens": one nationality's people, counted apart.
                head = nationals[0];
                thing = NATIONALS_OF + Cues.NATIONALITIES.get(nationalityWords(s, last + 1, nationals[1]));
            }
            String event = event(s, first, last, head, false);
            if (THINGS_EVENTS.contains(event) && isPeople(s, head, thing)) {
                // "the derailment left a dozen passengers with cuts and bruises": what befell the
                // people, not the train.
                event = event(s, first, last, head, true);
            }
            if (head >= 0 && JOB_NOUNS.contains(s.lower(head)) && (jobsCut(s, first) || jobsGo(s, head))) {
                // "will cut 340 jobs", "shed 200 posts", "340 jobs would be lost or transferred":
                // whatever else the clause's verbs tell
                event = LAYOFF;
            }
            if (event.equals(ATTENDANCE) && isPeople(s, head, thing)) {
                thing = "people"; // "drew 12,000 visitors" and "attracted 20,000 people" count one crowd
            } else if (head >= 0 && (event.equals(LAYOFF) && JOB_NOUNS.contains(s.lower(head))
                    || (event.equals(LAYOFF) || event.equals(EMPLOYMENT)) && isPeople(s, head, thing))) {
                // "shed 340 jobs" counts the people who lose them; "workers", "staff" and
                // "employees" who lose their jobs are all of one workforce, as are those a
                // place employs ("employs 260 people", "has 310 employees").
                thing = "people";
            } else if (head >= 0 && Cues.EVENT_NOUNS_OF_PEOPLE.contains(s.lower(head))) {
                thing = "people";
            } else if (head >= 0 && Cues.PEOPLE.contains(s.lower(head))) {
                thing = "people";
            }
            if (thing.isEmpty() && !event.isEmpty() && !THINGS_EVENTS.contains(event)) {
                thing = "people";
            } else if (!thing.isEmpty() && !event.isEmpty() && !THINGS_EVENTS.contains(event) && !isPeople(s, head, thing)
                    && wholeAfter(s, last) >= 0) {
                thing = "people"; // "two of the 30 riders were hurt": what happened says they are people
            } else if (!thing.isEmpty() && !THINGS_EVENTS.contains(event) && !event.equals(CAPACITY) && !isPeople(s, head, thing)
                    && !befallsAnimals(s, head, event)) {
                // "two schools ... died": what happens to people says nothing of schools; "34
                // sheep died" counts the dead sheep, apart from dead people by its noun.
                event = "";
            } else if (isPeople(s, head, thing) && THINGS_EVENTS.contains(event)) {
                event = ""; // "homes of 40 people were destroyed": the people were not
            }
            if (thing.isEmpty() && event.isEmpty() && head < 0 && currency == null && measure == null
                    && !out.isEmpty() && (changedFrom(s, first) || tallyAgainst(s, first, out))) {
                // "rose to 15 on Monday, up from nine on Sunday": the old value of the figure before.
                thing = out.get(out.size() - 1).thing();
                event = out.get(out.size() - 1).event();
            }
            if (head < 0 && currency == null && measure == null && !out.isEmpty()
                    && out.get(out.size() - 1).thing().startsWith(Units.MONEY) && shareOfAmount(s, first)) {
                // "a 40 million euro package, of which 15 million will go to schools": euros too.
                thing = out.get(out.size() - 1).thing();
                event = "";
            }
            if (thing.isEmpty() && event.equals(FLOODING)) {
                event = ""; // "rose to 240" in "the flooded old quarter": flooding counts only what it names
            }
            if (thing.isEmpty() && event.isEmpty()) {
                i = last;
                continue;
            }
            boolean earlier = earlier(s, first);
            String figureContext = context;
            if (!dated.isEmpty() && context.equals(dated) || dated.isEmpty() && context.isEmpty() && namesYear) {
                // A year in a clause of its own dates that clause only.
                String own = occasion.read(s, first).context();
                figureContext = own.isEmpty() && partOnly(s) ? Quantity.SUBSET : own;
            }
            if (figureContext.isEmpty() && CARE_EVENTS.contains(event) && oneCarePlaceTells(s, first)) {
                // "St. Brendan's Regional Hospital said it had received 19 patients": one hospital's
                // count, not all those taken to hospitals
                figureContext = Quantity.SUBSET;
            }
            if (expected(s, first)) {
                figureContext = Quantity.EXPECTED; // "organisers had expected 5,000 runners": a plan
            } else if (head > last && s.folded().subList(last + 1, head).stream().anyMatch(Cues.NEW_CASES::contains)) {
                figureContext = Quantity.NEW; // "120 new cases on Tuesday": not the total
            }
            if (figureContext.isEmpty() && measure != null && (measure.unit().compared().equals(Units.PERCENT)
                    || measure.unit().compared().equals(PERCENTAGE_POINTS)) && change(s, first, measure.last()) && !annualPriceChange(s, first, measure.last())) {
                figureContext = Quantity.CHANGE; // "fares rise 21%" is no share of fares at 21%
            }
            if (figureContext.isEmpty() && currency == null && measure == null && margin(s, first, Math.max(last, head))) {
                figureContext = Quantity.MARGIN; // "cut his lead to nine votes": the gap, not a tally
            }
            if (figureContext.isEmpty() && currency == null && measure == null && tallied(s, first, Math.max(last, head))) {
                figureContext = Quantity.TALLY; // "by 212 votes to 98": a body's vote, not a candidate's count
            }
            if (wholeOfPart(s, first, last, head)) {
                figureContext = Quantity.WHOLE; // "half of the 300 workers were sent home": not the 300
                // "one of two money-laundering counts": a whole of one kind, not of all the counts.
                thing = thing + kindBefore(s, last, head);
            }
            if (first >= 1 && s.lower(first - 1).equals("including") && !out.isEmpty()) {
                // "24 people, including seven children": a subset of the figure before it.
                Quantity whole = out.get(out.size() - 1);
                event = event.isEmpty() || !whole.event().isEmpty() ? whole.event() : event;
                earlier = whole.earlier();
            }
            boolean money = currency != null || measure != null && measure.unit().thing().startsWith(Units.MONEY);
            if (money && figureContext.isEmpty() && forEach(s)) {
                figureContext = Quantity.EACH; // "each family will receive $5,000": not what all of them get
            }
            if (currency != null || measure != null) {
                // "About 300 litres of oil spilled" is what leaked, not what the tanker carries;
                // other measures name what they measure by the words after them.
                boolean leaked = measure != null && measure.unit().thing().startsWith(Units.VOLUME) && event.equals("release");
                event = leaked ? event : "";
                // "2,500 gallons a minute" is a flow, and "150,000 gallons an hour" the same one:
                // compared per minute (divided before the conversion rounds), apart from any amount
                // that flowed in all.
                double flowMinutes = measure != null && !thing.startsWith(Units.MONEY)
                        && !Units.isDuration(s.lower(measure.last())) ? flowPeriod(s, measure.last()) : 0;
                if (measure != null) {
                    value = measure.unit().convert(flowMinutes > 0 ? value / flowMinutes : value);
                    upper = measure.unit().convert(flowMinutes > 0 ? upper / flowMinutes : upper);
                }
                for (double more : compoundMore) {
                    value += more;
                    upper += more;
                }
                int moneyEnd = measure != null ? measure.last() : last;
                String period = thing.startsWith(Units.MONEY) ? perPeriod(s, moneyEnd) : "";
                Integer perYear = PER_YEAR.get(period);
                if (perYear != null) {
                    // "about $10 a month" is about $120 a year: sums of two periods are compared as yearly ones.
                    value *= perYear;
                    upper *= perYear;
                }
                thing = thing + (thing.startsWith(Units.MONEY) ? moneyObject(s, first, moneyEnd)
                        + (period.isEmpty() ? "" : " per " + (perYear != null ? "year" : period)) + reportingPeriod(s, first, moneyEnd)
                        : Units.isLength(thing) && distanceFrom(s, Math.max(last, head)) ? AWAY
                        : Units.isLength(thing) && !depthOf(s, Math.max(last, head)).isEmpty() ? depthOf(s, Math.max(last, head))
                        : compound != null && dimension(s, Math.max(last, head)).isEmpty() ? dimension(s, compound.last())
                        : dimension(s, Math.max(last, head)));
                if (flowMinutes > 0) {
                    thing = thing + Quantity.FLOW;
                }
                if (measure != null && Units.isDuration(s.lower(measure.last()))) {
                    thing = durationKind(s, first, compound != null ? compound.last() : measure.last(), thing);
                }
                if (measure != null && Units.isDuration(s.lower(measure.last())) && timeTaken(s, first)) {
                    thing = thing + TIME_TAKEN; // "most were reconnected within two hours": not how long the cut lasted
                }
            } else if (!isPeople(s, head, thing) && !thing.isEmpty()) {
                // "holds a collection ... with about 40 paintings": what a place holds, of things too.
                event = THINGS_EVENTS.contains(event) || event.equals(CAPACITY) || befallsAnimals(s, head, event) ? event : "";
                thing = thing + dimension(s, Math.max(last, head));
            }
            String rate = currency == null && measure == null && !thing.isEmpty() ? countRate(s, Math.max(last, head)) : "";
            if (!rate.isEmpty()) {
                thing = thing + " per " + rate; // "about 9,000 vehicles a day" is a rate, not the four vehicles in the river
            }
            int end = Math.max(Math.max(last, head), compound != null ? compound.last() : -1);
            Excerpt evidence = endChar < 0 ? s.excerpt(first, end) : s.parsed().excerpt(startChar, endChar);
            // "thirty were hurt, eight of whom were hurt badly": a part of the figure before, when it
            // counts the same outcome ("eight of them in critical condition" counts the critical).
            boolean part = unit < 0 && last + 2 < s.size() && s.lower(last + 1).equals("of")
                    && PART_PRONOUNS.contains(s.lower(last + 2)) && !out.isEmpty()
                    && (out.get(out.size() - 1).event().equals(event) || verbless(s, last + 3)
                    // "a bus with 38 people on board rolled over, injuring 23 of them": the count of its own event
                    && !(first >= 1 && s.gap(first).isBlank() && !event.isEmpty() && event.equals(Cues.eventOf(s.lower(first - 1)))))
                    && (head < 0 || out.get(out.size() - 1).thing().equals(thing))
                    // "Of the 19 people taken to hospitals, six were still being treated": some of those
                    || frontedWhole(s, first)
                    // "the other six cars", "the remaining 40 passengers": what is left of a total
                    || first >= 1 && REMAINDER.contains(s.lower(first - 1))
                    // "two of the turnstiles were not working", "nine of the dead were children":
                    // some of a whole the sentence does not count, said of them by the predicate
                    || partitive(s, first, last)
                    // "three of the 20 hurt in the crash were children": some of the hurt
                    || event.isEmpty() && wholeAfter(s, last) >= 0 && afterParticiple(s, head) >= 0;
            out.add(new Quantity(evidence, value, upper, qualifier, thing, event, earlier, part, figureContext));
            spans.add(new int[] {first, end});
            // "14 of the 16 counts": the 16 after the 14 is read next, as the whole.
            i = head > last && wholeAfter(s, last) >= 0 ? last : end;
        }
        out.addAll(none(s, context));
        out.addAll(ratings(s, context));
        out.addAll(floors(s, context));
        List<Quantity> tallies = tallies(s, context);
        // "a 6-3 decision" is a tally, not a range of decisions.
        out.removeIf(q -> tallies.stream().anyMatch(t -> q.evidence().start() < t.evidence().end()
                && t.evidence().start() < q.evidence().end()));
        out.addAll(tallies);
        out.addAll(shares(s, context));
        out.addAll(ratios(s, context));
        out.addAll(raceTimes(s, context));
        out.addAll(shareChanges(s, context));
        out.addAll(clockTimes(s, context));
        out.sort(Comparator.comparing(Quantity::evidence));
        return withTotals(s, out);
    }

    /**
     * Clock times of the event the sentence reports ("derailed about 9:30 p.m."), as
     * intervals of minutes after midnight: "about" widens a time, "shortly after" opens it
     * forwards.
     */
    private static List<Quantity> clockTimes(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        boolean occurrence = Cues.tellsHappening(s.folded()) || s.folded().stream().anyMatch(Cues.DISCOVERY::contains)
                || VOTE_WORD.matcher(s.text()).find() || CAME_BACK.matcher(s.text()).find()
                || ALARM_OR_LIFTED.matcher(s.text()).find() || ORDER_WORD.matcher(s.text()).find()
                || s.folded().stream().anyMatch(w -> DEPARTING.contains(w) || DEPARTING_WITH.contains(w))
                || IntStream.range(0, s.size()).anyMatch(k -> summoned(s, k))
                || Cues.ENDING_PHRASES.stream().anyMatch(p -> java.util.Collections.indexOfSubList(s.folded(), p) >= 0);
        if (!occurrence) {
            return out;
        }
        Matcher m = CLOCK.matcher(s.text());
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour > 12 || minute > 59) {
                continue;
            }
            boolean pm = m.group(4).toLowerCase(Locale.ROOT).startsWith("p");
            clockTime(s, m, (hour % 12 + (pm ? 12 : 0)) * 60 + minute, zoned(s, m, null, context)).ifPresent(out::add);
        }
        Matcher w = CLOCK_WORDS.matcher(s.text());
        while (w.find()) {
            clockTime(s, w, minutesInWords(w), zoned(s, w, null, context)).ifPresent(out::add);
        }
        Matcher n = CLOCK_NOON.matcher(s.text());
        while (n.find()) {
            // "shortly after noon", "about midnight": twelve o'clock named in a word
            clockTime(s, n, n.group(2).equalsIgnoreCase("midnight") ? 0 : 12 * 60, zoned(s, n, null, context)).ifPresent(out::add);
        }
        Matcher h = CLOCK_24.matcher(s.text());
        while (h.find()) {
            int hour = Integer.parseInt(h.group(2));
            // "at 6.45" may be morning or evening; "at 18:45", "at 06:45" and "at 6.45 GMT" are not.
            if (hour >= 13 || h.group(2).startsWith("0") || h.group(4) != null) {
                clockTime(s, h, hour * 60 + Integer.parseInt(h.group(3)), zoned(s, h, h.group(4), context)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The minutes after midnight of a clock time in words that {@link #CLOCK_WORDS} found:
     * "a quarter to five in the morning" is 4:45, "ten at night" 22:00, "two at night" 2:00.
     */
    private static int minutesInWords(Matcher m) {
        int hour = HOUR_WORDS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
        String part = m.group(4).toLowerCase(Locale.ROOT);
        boolean pm = part.equals("afternoon") || part.equals("evening") || part.equals("night") && hour >= 6 && hour < 12;
        int t = (hour % 12 + (pm ? 12 : 0)) * 60;
        if (m.group(2) != null) {
            String[] words = m.group(2).toLowerCase(Locale.ROOT).strip().split("\\s+");
            String amount = words[0].equals("a") ? words[1] : words[0];
            int minutes = switch (amount) {
                case "half" -> 30;
                case "quarter" -> 15;
                case "five" -> 5;
                case "ten" -> 10;
                case "twenty" -> 20;
                default -> 25;
            };
            t += words[words.length - 1].equals("to") ? -minutes : minutes;
        }
        return Math.floorMod(t, 24 * 60);
    }

    /**
     * "The vote came at 12:47 a.m.", "the council voted shortly before 1 a.m.", "cast their votes
     * at 12:47 a.m.": a word of voting right before a clock time (and its bound), the vote's time.
     */
    private static final Pattern VOTED_BEFORE = Pattern.compile("(?i)\\b(?:vote|votes|voted|ballot)\\b(?:\\s+\\p{L}+){0,2}?"
            + "(?:\\s+(?:at|came))?\\s*$");
    /**
     * "power returned to the main terminal at", "came back at", "was restored at about": a verb
     * of coming back, a few words, then the clock time; group-less, tested on the words before it.
     */
    private static final Pattern CAME_BACK_BEFORE = Pattern.compile("(?i)\\b(?:returned|came\\s+back|(?:was|were|had\\s+been)\\s+restored"
            + "|back\\s+on)\\b(?:\\s+[\\p{L}'\u2019-]+){0,5}?(?:\\s+(?:at|by))?\\s*$");
    /**
     * "alarms went off", "the alarm sounded", "set off the alarm", "tripped an intruder alarm":
     * an alarm raised, a few words, then the clock time; tested on the words before it.
     */
    private static final Pattern ALARM_BEFORE = Pattern.compile("(?i)\\b(?:alarms?(?:\\s+(?:at|in|on)\\s+[^,.;]{1,40}?)?\\s+(?:went\\s+off|sounded|rang|(?:was|were)"
            + "\\s+(?:raised|triggered|tripped|activated|set\\s+off))|(?:set\\s+off|triggered|tripped|activated|raised|sounded)"
            + "\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+)?alarms?)\\b(?:\\s+[\\p{L}'\u2019-]+){0,6}?(?:\\s+(?:at|by))?\\s*$");
    /**
     * "lifted the shelter-in-place order at", "the evacuation order was lifted at": an order or a
     * warning ended, then the clock time; tested on the words before it.
     */
    private static final Pattern LIFTED_BEFORE = Pattern.compile("(?i)(?:\\b(?:lifted|rescinded|cancell?ed|called\\s+off)\\s+"
            + "(?:the\\s+|an?\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:order|warning|alert|advisory|curfew|lockdown|ban)s?"
            + "|\\b(?:order|warning|alert|advisory|curfew|lockdown|ban)s?\\s+(?:was|were|had\\s+been)\\s+(?:lifted|rescinded"
            + "|cancell?ed|called\\s+off))(?:\\s+[\\p{L}'\u2019-]+){0,3}?(?:\\s+(?:at|by))?\\s*$");

    /** A word of an alarm or of an order lifted anywhere in a sentence. */
    private static final Pattern ALARM_OR_LIFTED = Pattern.compile("(?i)\\b(?:alarms?|lifted|rescinded)\\b");

    /**
     * True when {@code before}, tested on the {@code lead} characters before sentence offset
     * {@code at} where a clock time starts, names what the time is of (an alarm, a vote, ...).
     */
    private static boolean leadsTo(Pattern before, TaggedSentence s, int at, int lead) {
        return before.matcher(s.text().substring(Math.max(0, at - lead), at)).find();
    }

    /**
     * "ordered passengers to abandon ship at", "the order to evacuate came at about", "ordered
     * the evacuation of the block at": an order given, a few words, then the clock time.
     */
    private static final Pattern ORDERED_BEFORE = Pattern.compile("(?i)\\b(?:ordered\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?to\\s+[\\p{L}-]+"
            + "|ordered\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:evacuation|closure|shutdown|lockdown)"
            + "|order\\s+to\\s+[\\p{L}-]+(?:\\s+[\\p{L}'\u2019-]+){0,5}?\\s+(?:came|was\\s+given|was\\s+issued|went\\s+out)"
            + "|(?:evacuation|closure|shutdown|lockdown)(?:\\s+[\\p{L}'\u2019-]+){0,4}?\\s+(?:was|were|had\\s+been)\\s+ordered)"
            + "(?:\\s+[\\p{L}'\u2019-]+){0,4}?(?:\\s+(?:at|by))?\\s*$");
    /** A word of ordering anywhere in a sentence. */
    private static final Pattern ORDER_WORD = Pattern.compile("(?i)\\b(?:ordered|order)\\b");

    /** A verb of coming back anywhere in a sentence. */
    private static final Pattern CAME_BACK = Pattern.compile("(?i)\\b(?:returned|came\\s+back|restored|back\\s+on)\\b");


    /** A word of voting anywhere in a sentence. */
    private static final Pattern VOTE_WORD = Pattern.compile("(?i)\\b(?:vote|votes|voted|ballot)\\b");
    /** Characters before a clock time searched for a word of voting. */
    private static final int VOTE_LEAD = 40;
    /** Characters before a clock time searched for a verb (an alarm raised, an order lifted, power back): verbs run longer. */
    private static final int VERB_LEAD = VOTE_LEAD + 20;

    /** Time zones by the word that starts them, in lower case. */
    private static final Set<String> ZONES = org.factdiff.base.WordLists.set(QuantityReader.class, "time-zones.txt");
    /** Longest abbreviation of a time zone: one this short counts only when written in capitals. */
    private static final int ZONE_ABBREVIATION = 5;
    /** The word after a clock time, past an opening bracket: "8:20 a.m. ET", "1300 (GMT)". */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*\\(?\\s*([\\p{L}]+)");

    /**
     * The context of a clock time that {@code m} found: the sentence's occasion, or the zone the
     * time is written in ("8:20 a.m. ET" is {@code zone ET}), so that it is set only against
     * times of the same zone; an unmarked time and "local time" are the place's own. {@code
     * written} is what the match itself took after the time ("GMT", "local time"), if anything.
     */
    private static String zoned(TaggedSentence s, Matcher m, String written, String context) {
        if (!context.isEmpty()) {
            return context;
        }
        String after = (written == null ? "" : written) + s.text().substring(m.end());
        Matcher z = NEXT_WORD.matcher(after);
        if (!z.find()) {
            return context;
        }
        String w = z.group(1);
        String lower = w.toLowerCase(Locale.ROOT);
        if (!ZONES.contains(lower)) {
            return context;
        }
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
            return Quantity.ZONE + w; // "ET", "GMT"
        }
        // "Pacific time" in any case; a short word not in capitals is no zone ("at 9 a.m. at ...").
        return lower.length() > ZONE_ABBREVIATION ? Quantity.ZONE + lower : context;
    }

    /**
     * The event's clock time {@code t} (minutes after midnight) that {@code m} found, widened by
     * its qualifier (group 1); empty when it is when a count stood or when something ended.
     */
    private static java.util.Optional<Quantity> clockTime(TaggedSentence s, Matcher m, int t, String context) {
        String lead = s.text().substring(Math.max(0, m.start() - STATUS_LEAD), m.start()).toLowerCase(Locale.ROOT);
        if (m.group(1) == null && STATUS_TIME.matcher(lead).find()) {
            return java.util.Optional.empty(); // "as of 4 p.m.", "until 6 p.m.": when a count stood
        }
        String ended = ending(s.text().substring(0, m.start()));
        if (!ended.isEmpty() && !leadsTo(LIFTED_BEFORE, s, m.start(), VERB_LEAD) && !TIMED_ENDINGS.contains(ended)) {
            return java.util.Optional.empty(); // "started at 2 a.m. and reopened at 9 a.m.": not when it happened
        }
        String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int[] window = switch (q) {
            case "shortly after", "just after" -> new int[] {t, t + TIME_NEAR};
            case "shortly before", "just before" -> new int[] {t - TIME_NEAR, t};
            case "about", "around", "approximately", "roughly" -> new int[] {t - TIME_ABOUT, t + TIME_ABOUT};
            case "after" -> new int[] {t, t + TIME_FAR};
            case "before", "by" -> new int[] {t - TIME_FAR, t};
            default -> new int[] {t - TIME_EXACT, t + TIME_EXACT};
        };
        int start = s.start() + m.start() + (m.group().length() - m.group().stripLeading().length());
        // "started at 2 a.m. and was put out by 6 a.m.": the 6 a.m. is when it was put out
        String event = !ended.isEmpty() && !leadsTo(LIFTED_BEFORE, s, m.start(), VERB_LEAD) ? Quantity.ENDED + ended
                : discovered(s, start) ? Quantity.DISCOVERY : leadsTo(ALARM_BEFORE, s, m.start(), VERB_LEAD) ? Quantity.ALARM
                : leadsTo(ORDERED_BEFORE, s, m.start(), VERB_LEAD) ? Quantity.ORDERED
                : leadsTo(LIFTED_BEFORE, s, m.start(), VERB_LEAD) ? Quantity.LIFTED : departed(s, start) ? Quantity.DEPARTURE
                : leadsTo(VOTED_BEFORE, s, m.start(), VOTE_LEAD) ? Quantity.VOTE
                : leadsTo(CAME_BACK_BEFORE, s, m.start(), VERB_LEAD) ? Quantity.RESTORED : "";
        if (event.isEmpty() && (!Cues.tellsHappening(s.folded()) || happenedApart(s, start))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Quantity(s.parsed().excerpt(start, s.start() + m.end()), window[0], window[1],
                Qualifier.RANGE, Quantity.CLOCK_TIME, event, false, false, context));
    }

    /**
     * True when the event is told only after the clock time starting at character {@code at}, in
     * a clause of its own that dates something else by it: "residents were allowed back at 6
     * p.m., a day after fire broke out" times the return, not the fire.
     */
    private static boolean happenedApart(TaggedSentence s, int at) {
        for (int k = 0; k < s.size(); k++) {
            if (!Cues.happening(s.folded(), k)) {
                continue;
            }
            if (s.token(k).end() <= at) {
                return false; // "the fire broke out at 4:40 a.m.": the event comes first
            }
            for (int j = k - 1; j >= 0 && j >= k - RELATING_REACH && s.token(j).start() > at; j--) {
                if (RELATING.contains(s.lower(j))) {
                    return true;
                }
                if (clauseBreak(s, j)) {
                    break;
                }
            }
            return false;
        }
        return false;
    }

    /** Words that date one happening by another: "a day after fire broke out". */
    private static final Set<String> RELATING = Set.of("after", "since", "following", "before");
    /** Words back from the event's word searched for {@link #RELATING}: "after the fire at the plant broke out". */
    private static final int RELATING_REACH = 4;

    /**
     * True when the verb nearest before the clock time starting at character {@code at} finds
     * something out ("the attack was detected around 2 a.m.") rather than tells it happening
     * ("the tank ruptured at 2 a.m., and the leak was spotted later").
     */
    private static boolean discovered(TaggedSentence s, int at) {
        for (int k = s.size() - 1; k >= 0; k--) {
            if (s.token(k).end() > at) {
                continue;
            }
            if (Cues.DISCOVERY.contains(s.lower(k)) || summoned(s, k)) {
                return true;
            }
            if (Cues.happening(s.folded(), k)) {
                // "were first alerted to the fire at 22:40": the event is what they were told of.
                for (int j = k - 1; j >= Math.max(1, k - RELATING_REACH); j--) {
                    if (summoned(s, j) || Cues.DISCOVERY.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Verbs of being sent for, after "was" or "were": "officers were called to the bar". */
    private static final Set<String> SUMMONED = Set.of("called", "alerted", "summoned");

    /**
     * True when token {@code k} tells that responders were sent for ("police were called", "crews
     * were alerted"): the time after it is when the event was made known, as "reported" is.
     */
    private static boolean summoned(TaggedSentence s, int k) {
        if (k < 1 || !SUMMONED.contains(s.lower(k))) {
            return false;
        }
        // "were first alerted", "were quickly called": an adverb between
        int aux = k >= 2 && ("ADV".equals(s.tag(k - 1)) || s.lower(k - 1).equals("first")) ? k - 2 : k - 1;
        return s.lower(aux).equals("was") || s.lower(aux).equals("were");
    }

    /**
     * True when the verb nearest before the clock time starting at character {@code at}, within
     * {@link #DEPARTURE_REACH} words and its clause, tells a vehicle leaving: "left Kell station at
     * 21:40", "pulled out of Kell at half past nine".
     */
    private static boolean departed(TaggedSentence s, int at) {
        int seen = 0;
        for (int k = s.size() - 1; k >= 0 && seen < DEPARTURE_REACH; k--) {
            if (s.token(k).end() > at) {
                continue;
            }
            seen++;
            String w = s.lower(k);
            String next = k + 1 < s.size() ? s.lower(k + 1) : "";
            if (DEPARTING.contains(w) || DEPARTING_WITH.contains(w) && (next.equals("out") || next.equals("off"))) {
                return true;
            }
            if (Cues.happening(s.folded(), k) || clauseBreak(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of a vehicle leaving. */
    private static final Set<String> DEPARTING = Set.of("left", "departed", "sailed", "launched");
    /** Verbs that tell leaving with "out" or "off": "pulled out", "set off", "took off", "lifted off". */
    private static final Set<String> DEPARTING_WITH = Set.of("pulled", "set", "took", "lifted", "blasted");
    /** Words before a clock time searched for a verb of leaving. */
    static final int DEPARTURE_REACH = 8;

    /** Characters before a clock time searched for an {@link Cues#ENDING_PHRASES ending} of its clause. */
    static final int ENDING_LEAD = 60;

    /**
     * The {@link Cues#ENDING_PHRASES ending} the clause a clock time ends reports ({@code
     * before}: the sentence up to the time), in the words of {@link #ENDINGS} ("under control"
     * for "had the fire contained"); "" when the clause tells no end. The clause starts after the
     * last comma, semicolon or "and" within {@link #ENDING_LEAD} characters.
     */
    static String ending(String before) {
        String lead = before.substring(Math.max(0, before.length() - ENDING_LEAD)).toLowerCase(Locale.ROOT);
        int cut = Math.max(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')), lead.lastIndexOf(" and "));
        List<String> words = List.of(lead.substring(cut + 1).split("[^\\p{L}']+"));
        for (List<String> p : Cues.ENDING_PHRASES) {
            if (java.util.Collections.indexOfSubList(words, p) >= 0) {
                String phrase = String.join(" ", p);
                return ENDINGS.getOrDefault(phrase, phrase);
            }
        }
        return "";
    }

    /** Endings told in other words: "extinguished" is "put out", "contained" is "under control". */
    private static final Map<String, String> ENDINGS = Map.of("extinguished", "put out", "doused", "put out",
            "declared out", "put out", "was out", "put out", "contained", "under control", "postponed", "called off",
            "abandoned", "called off");
    /**
     * Endings whose clock time is one moment of the incident, compared as such: when the fire was
     * put out or brought under control, when police cleared the scene, when the search or the
     * match was called off, when a standoff ended. Services that "reopened" or "resumed" often
     * did so in parts, and arrivals are many: their times are left alone.
     */
    static final Set<String> TIMED_ENDINGS = Set.of("put out", "under control", "cleared", "called off", "ended");

    /**
     * A tally written with a dash: "voted 7-2", "voted seven to four", "by a vote of 7 to 2", "a 5-4 decision"; or told
     * side by side: "241 lawmakers voting in favour and 187 against".
     */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(?:voted|vote\\s+of|votes\\s+of)\\s+(\\d{1,3}|[a-z]+(?:-[a-z]+)?)"
            + "\\s*(?:-|\u2013|to)\\s*(\\d{1,3}|[a-z]+(?:-[a-z]+)?)\\b"
            + "|\\b(\\d{1,3})\\s*(?:-|\u2013)\\s*(\\d{1,3})\\s+(?:vote|votes|decision|ruling|majority)\\b"
            // "with 241 lawmakers voting in favour and 187 against"
            + "|\\b(\\d{1,3})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:voting|voted)\\s+(?:in\\s+favou?r|for)(?:\\s+of\\s+it)?,?\\s+"
            + "(?:and|with|to|while)\\s+(\\d{1,3})(?:\\s+[\\p{L}-]+)?\\s+(?:against|opposed)\\b");

    /**
     * The votes of a tally written with a dash ("voted 7-2", "a 5-4 decision"), as two counts of
     * votes, as "by seven votes to two" is read: for and against. A score ("won 3-1") is no tally.
     */
    private List<Quantity> tallies(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        String tally = context.isEmpty() ? Quantity.TALLY : context;
        Matcher m = TALLY.matcher(s.text());
        String thing = lexicon.synonymClass("vote");
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
            double[] sides = {tallySide(m.group(g)), tallySide(m.group(g + 1))};
            if (Double.isNaN(sides[0]) || Double.isNaN(sides[1])) {
                continue; // "voted to approve": no figures
            }
            for (int k = g; k <= g + 1; k++) {
                double v = sides[k - g];
                out.add(new Quantity(s.parsed().excerpt(s.start() + m.start(k), s.start() + m.end(k)), v, v,
                        Qualifier.EXACT, thing, "", false, false, tally));
            }
        }
        return out;
    }

    /** One side of a tally in digits or words ("7", "seven", "twenty-one"); NaN when it is no number. */
    private static double tallySide(String side) {
        String w = side.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Double.parseDouble(w);
        }
        String[] parts = w.split("-");
        double v = 0;
        for (String p : parts) {
            Integer n = Cues.NUMBER_WORDS.get(p);
            if (n == null || n >= 100) {
                return Double.NaN;
            }
            v += n;
        }
        return v;
    }

    /**
     * A share told in words, before "of" and what it is a share of: "more than half of those on
     * the electoral roll", "fewer than half of registered voters", "about a third of the homes",
     * "the majority of". Read as a percentage, so that "a turnout of 62 percent" meets it; an
     * unqualified share is about its value, as writers round ("half of voters" for 48 percent).
     * "the second half of the match" is a part of a game, no share.
     */
    private static List<Quantity> shares(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = SHARE_WORDS.matcher(s.text());
        while (m.find()) {
            String lead = s.text().substring(0, m.start()).toLowerCase(Locale.ROOT);
            if (lead.matches("(?s).*\\b(?:first|second|third|last|final|other|latter|former)\\s+$")
                    || OF_AMOUNT.matcher(s.text().substring(m.end())).lookingAt()) {
                continue; // "three-quarters of a million euros", "half of the 80 residents": a part of a figure, read with it
            }
            String share = m.group(2).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            Matcher point = OF_A_POINT.matcher(s.text().substring(m.end()));
            if (point.lookingAt() && SHARES.containsKey(share)) {
                // "by a quarter of a percentage point": a change of 0.25 points, not a quarter of anything
                double points = SHARES.get(share) / 100;
                int from = m.start(1) >= 0 ? m.start(1) : m.start(2);
                boolean change = lead.matches("(?s).*\\bby\\s+$");
                out.add(new Quantity(s.parsed().excerpt(s.start() + from, s.start() + m.end() + point.end()), points, points,
                        Qualifier.EXACT, PERCENTAGE_POINTS, "", false, false, change && context.isEmpty() ? Quantity.CHANGE : context));
                continue;
            }
            boolean majority = share.endsWith("majority");
            double value = majority ? HALF : SHARES.get(share);
            Qualifier q = majority ? Qualifier.MORE_THAN : shareBound(m.group(1));
            int from = m.start(1) >= 0 ? m.start(1) : m.start(2);
            out.add(new Quantity(s.parsed().excerpt(s.start() + from, s.start() + m.end(2)), value, value, q,
                    Units.PERCENT, "", false, false, context));
        }
        return out;
    }

    /**
     * The bound the words before a share in words give it ("more than", "fewer than", "nearly"),
     * or none: an unbounded share is about its value, as writers round ("half" for 48 percent).
     */
    private static Qualifier shareBound(String words) {
        String bound = words == null ? "" : words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return bound.equals("more than") || bound.equals("over") ? Qualifier.MORE_THAN
                : bound.equals("fewer than") || bound.equals("less than") || bound.equals("under") ? Qualifier.LESS_THAN
                : bound.equals("nearly") || bound.equals("almost") ? Qualifier.AT_MOST : Qualifier.ABOUT;
    }

    /**
     * A share told as so many in so many: "two in three toddlers", "fewer than one in five
     * adults", "nine out of 10 residents": read as a percentage, as "78 percent of" is. Unbounded,
     * it is about its value ("two in three" for 64 percent).
     */
    private static List<Quantity> ratios(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = RATIO.matcher(s.text());
        while (m.find()) {
            double part = tallySide(m.group(2));
            double whole = tallySide(m.group(3));
            if (Double.isNaN(part) || Double.isNaN(whole) || whole < 2 || part >= whole) {
                continue;
            }
            Qualifier q = shareBound(m.group(1));
            double value = Math.round(1000 * part / whole) / 10.0;
            int from = m.start(1) >= 0 ? m.start(1) : m.start(2);
            out.add(new Quantity(s.parsed().excerpt(s.start() + from, s.start() + m.end(3)), value, value, q,
                    Units.PERCENT, "", false, false, context));
        }
        return out;
    }

    /**
     * A time taken written as hours, minutes and seconds: "finished in 2:31:45", a race's time,
     * read in minutes as "2 hours 31 minutes 45 seconds" is. No clock time has seconds in news.
     */
    private static List<Quantity> raceTimes(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = RACE_TIME.matcher(s.text());
        while (m.find()) {
            double minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)) / 60.0;
            out.add(new Quantity(s.parsed().excerpt(s.start() + m.start(), s.start() + m.end()), minutes, minutes,
                    Qualifier.EXACT, Units.DURATION_MINUTES, "", false, false, context));
        }
        return out;
    }

    /** Hours, minutes and seconds: "2:31:45", "1:05:09". */
    private static final Pattern RACE_TIME = Pattern.compile("(?<![\\d:.])(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?![\\d:])");

    /** So many in so many before a noun: group 1 the bound, group 2 the part, group 3 the whole. */
    private static final Pattern RATIO = Pattern.compile("(?i)\\b(?:(more\\s+than|over|fewer\\s+than|less\\s+than|under"
            + "|nearly|almost|about|roughly|around|some)\\s+)?\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,2})"
            + "\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})"
            + "(?=\\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|games?|matches|races?|attempts?)\\b)\\p{L})");

    /** True when the number from {@code i} to {@code last} is the part or the whole of a {@link #RATIO}. */
    private static boolean inRatio(TaggedSentence s, int i, int last) {
        String lead = s.text().substring(0, s.token(i).start() - s.start());
        String rest = s.text().substring(s.token(last).end() - s.start());
        Matcher partOf = RATIO_REST.matcher(rest);
        if (partOf.lookingAt() && RATIO.matcher(s.text().substring(s.token(i).start() - s.start())).lookingAt()) {
            return true; // "two" of "two in three toddlers"
        }
        Matcher wholeOf = RATIO_LEAD.matcher(lead);
        return wholeOf.find() && RATIO.matcher(s.text().substring(wholeOf.start())).lookingAt();
    }

    /** What follows the part of a ratio: " in three", " out of every 10". */
    private static final Pattern RATIO_REST = Pattern.compile("(?i)\\s+(?:in|out\\s+of)\\s+");
    /** What stands before the whole of a ratio: "two in ", "nine out of every ". */
    private static final Pattern RATIO_LEAD = Pattern.compile("(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2})"
            + "\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?$");

    /**
     * A change told as a share in words: "nearly a fifth more", "a third higher", "a quarter
     * less", "rose by nearly a fifth": read as a change in percent, as "up 9.5 percent" is.
     */
    private static List<Quantity> shareChanges(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = SHARE_CHANGE.matcher(s.text());
        while (m.find()) {
            int g = m.group(2) != null ? 1 : 4; // the share before "more", or after "by"
            String bound = m.group(g) == null ? "" : m.group(g).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Double value = SHARES.get(m.group(g + 1).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " "));
            if (value == null) {
                continue;
            }
            Qualifier q = bound.equals("more than") || bound.equals("over") ? Qualifier.MORE_THAN
                    : bound.equals("less than") || bound.equals("under") ? Qualifier.LESS_THAN : Qualifier.ABOUT;
            int from = m.start(g) >= 0 ? m.start(g) : m.start(g + 1);
            int to = g == 1 ? m.end(3) : m.end(g + 1);
            out.add(new Quantity(s.parsed().excerpt(s.start() + from, s.start() + to), value, value, q,
                    Units.PERCENT, "", false, false, context.isEmpty() ? Quantity.CHANGE : context));
        }
        return out;
    }

    /** A share in words before a word of more or less: group 1 its bound, group 2 the share, group 3 the word. */
    private static final Pattern SHARE_CHANGE = Pattern.compile("(?i)\\b(?:(more\\s+than|over|less\\s+than|under|nearly|almost"
            + "|about|roughly|around|some)\\s+)?(half|a\\s+third|one\\s+third|two[\\s-]thirds|a\\s+quarter|one\\s+quarter"
            + "|a\\s+fifth|one\\s+fifth|a\\s+tenth|one\\s+tenth)\\s+(more|higher|less|lower|cheaper|dearer)\\b"
            // "rise by nearly a fifth": the share after "by", no "of" after it
            + "|\\bby\\s+(?:(more\\s+than|over|less\\s+than|under|nearly|almost|about|roughly|around|some)\\s+)?"
            + "(half|a\\s+third|one\\s+third|two[\\s-]thirds|a\\s+quarter|one\\s+quarter|a\\s+fifth|one\\s+fifth|a\\s+tenth"
            + "|one\\s+tenth)\\b(?!\\s+of\\b)");

    /** A share in words before "of": group 1 its bound, group 2 the share. */
    private static final Pattern SHARE_WORDS = Pattern.compile("(?i)\\b(?:(more\\s+than|over|fewer\\s+than|less\\s+than|under"
            + "|nearly|almost|about|roughly|around|some)\\s+)?(half|a\\s+third|one\\s+third|two[\\s-]thirds|a\\s+quarter"
            + "|one\\s+quarter|three[\\s-]quarters|a\\s+majority|the\\s+majority)\\s+of\\b");
    /** What follows a share's "of" when it is a part of a figure: "a million", "the 80 residents". */
    private static final Pattern OF_AMOUNT = Pattern.compile("(?i)\\s+(?:(?:the|a|an|its|their|his|her|some|about|nearly)\\s+)?"
            + "(?:\\d|million\\b|billion\\b|thousand\\b|hundred\\b|dozen\\b|(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b)");
    /** Half, in percent: what "a majority" is more than. */
    private static final double HALF = 50;
    /** Shares in words, in percent. */
    private static final Map<String, Double> SHARES = Map.ofEntries(Map.entry("half", HALF), Map.entry("a third", 33.3),
            Map.entry("one third", 33.3), Map.entry("two thirds", 66.7), Map.entry("a quarter", 25.0),
            Map.entry("one quarter", 25.0), Map.entry("three quarters", 75.0), Map.entry("a fifth", 20.0),
            Map.entry("one fifth", 20.0), Map.entry("a tenth", 10.0), Map.entry("one tenth", 10.0));

    /** The floor of a building a sentence names: "a ninth-floor flat", "on the 4th floor". */
    private static List<Quantity> floors(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            Integer n = Cues.ordinal(s.lower(i));
            String next = s.lower(i + 1);
            if (n == null || !(next.equals("floor") || next.equals("storey") || next.equals("story"))
                    || !(s.gap(i + 1).equals("-") || s.gap(i + 1).equals(" "))) {
                continue;
            }
            out.add(new Quantity(s.excerpt(i, i + 1), n, n, Qualifier.EXACT, Quantity.FLOOR, "", false, false, context));
            i++;
        }
        return out;
    }

    /** Ratings on a scale: "EF-4", "EF5", "F4", "Category 4", "magnitude 7.1". */
    private static List<Quantity> ratings(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Matcher joined = RATING.matcher(s.word(i));
            String scale = null;
            double value = 0;
            int last = i;
            if (joined.matches()) {
                scale = joined.group(1);
                value = Double.parseDouble(joined.group(2));
            } else if (i + 1 < s.size() && Cues.SCALES.contains(s.lower(i)) && isCapitalizedOrScale(s, i)
                    && Numbers.at(s, i + 1) != null && (s.gap(i + 1).equals("-") || s.gap(i + 1).equals(" "))) {
                scale = s.lower(i);
                value = Numbers.at(s, i + 1).value();
                last = Numbers.at(s, i + 1).last();
            }
            int first = i;
            if (scale == null) {
                continue;
            }
            String thing = "scale " + scale.toLowerCase(Locale.ROOT).replace("ef", "f");
            if (afterShock(s, first) || last + 1 < s.size() && AFTERSHOCKS.contains(s.lower(last + 1))) {
                // "aftershocks up to magnitude 3.9", "the magnitude 4.3 aftershock": not the main shock's
                thing += " aftershock";
            }
            boolean earlier = first >= 1 && s.lower(first - 1).equals("from");
            // "(ranging) up to magnitude 3.9": a bound, as for counts.
            Qualifier qualifier = first >= 2 && s.lower(first - 2).equals("up") && s.lower(first - 1).equals("to")
                    ? Qualifier.AT_MOST : Qualifier.EXACT;
            out.add(new Quantity(s.excerpt(first, last), value, value, qualifier, thing, "", earlier, false, context));
            i = last;
        }
        return out;
    }

    /**
     * True when a rating is a later shock's: an aftershock word shortly before it ("aftershocks
     * up to magnitude 3.9"), a later shock ("subsequent tremors included a magnitude-5.6"), or
     * the strongest of the aftershocks named earlier in the sentence ("411 aftershocks, the
     * strongest of magnitude 4.8").
     */
    private static boolean afterShock(TaggedSentence s, int i) {
        for (int k = Math.max(0, i - AFTERSHOCK_WINDOW); k < i; k++) {
            if (AFTERSHOCKS.contains(s.lower(k))) {
                return true;
            }
        }
        for (int k = Math.max(0, i - AFTERSHOCK_WINDOW); k + 1 < i; k++) {
            if (LATER.contains(s.lower(k)) && SHOCKS.contains(s.lower(k + 1))) {
                return true;
            }
        }
        for (int k = Math.max(0, i - SUPERLATIVE_WINDOW); k < i; k++) {
            if (SUPERLATIVES.contains(s.lower(k))) {
                for (int j = Math.max(0, k - SUPERLATIVE_WINDOW); j < k; j++) {
                    if (AFTERSHOCKS.contains(s.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words that make a shock after them a later one: "subsequent tremors". */
    private static final Set<String> LATER = Set.of("subsequent", "later", "following", "secondary", "further");
    /** Nouns of shocks, after {@link #LATER}. */
    private static final Set<String> SHOCKS = Set.of("tremor", "tremors", "quake", "quakes", "shock", "shocks",
            "earthquake", "earthquakes");
    /** "the strongest", "the largest": one of a set named before. */
    private static final Set<String> SUPERLATIVES = Set.of("strongest", "largest", "biggest", "most");
    /** Words searched on each side of a superlative. */
    static final int SUPERLATIVE_WINDOW = 12;

    private static boolean isCapitalizedOrScale(TaggedSentence s, int i) {
        return s.isCapitalized(i) || s.lower(i).equals("magnitude");
    }

    /** The event of things under water: "120 homes were flooded". */
    static final String FLOODING = "flooding";
    /** The event class of buildings and things destroyed. */
    static final String DESTRUCTION = "destruction";
    /** What happens to things, not people: cars derailed, homes destroyed, damaged or flooded. */
    static final Set<String> THINGS_EVENTS = Set.of("derailment", DESTRUCTION, "damage", "release", FLOODING);

    /** What befalls animals as it befalls people: killed, hurt, lost, rescued. */
    static final Set<String> ANIMAL_EVENTS = Set.of("death", "critical", "serious", "injury", "missing", "rescue");

    /** The thing of a count of one nationality's people: "nationals of Germany". */
    static final String NATIONALS_OF = "nationals of ";

    /**
     * The nationality counted right after a number, as {head, words}: a plural demonym ("four
     * Germans", "two South Koreans"), or a demonym before a noun of people ("three German
     * citizens"); null when the words after the number name no nationality ("two German soldiers"
     * count soldiers).
     */
    private static int[] nationals(TaggedSentence s, int last) {
        for (int words = 2; words >= 1; words--) {
            int end = last + words;
            if (end >= s.size() || !Cues.NATIONALITIES.containsKey(nationalityWords(s, last + 1, words))) {
                continue;
            }
            if (end + 1 < s.size() && Cues.NATIONALS.contains(s.lower(end + 1)) && s.gap(end + 1).isBlank()) {
                return new int[] {end + 1, words};
            }
            boolean nounFollows = end + 1 < s.size() && s.gap(end + 1).isBlank() && "NOUN".equals(s.tag(end + 1));
            return nounFollows ? null : new int[] {end, words};
        }
        return null;
    }

    private static String nationalityWords(TaggedSentence s, int from, int words) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + words && k < s.size(); k++) {
            b.append(k > from ? " " : "").append(s.lower(k));
        }
        return b.toString();
    }

    /** "one of the officials", "one of the 136 people": not a count. */
    private static boolean isPartitiveOne(TaggedSentence s, int i) {
        return s.lower(i).equals("one") && i + 1 < s.size() && s.lower(i + 1).equals("of");
    }

    /**
     * What a measure measures, from the word after it: "10 miles south" (a position) is not
     * "two miles wide" (a width).
     */
    private static String dimension(TaggedSentence s, int last) {
        if (last >= 0 && Units.isDuration(s.lower(last)) && prisonTerm(s, last)) {
            return Quantity.PRISON_TERM;
        }
        String of = durationOf(s, last);
        if (!of.isEmpty()) {
            return of;
        }
        if (last >= 1 && last + 1 < s.size() && Units.isDuration(s.lower(last)) && s.gap(last).equals("-")
                && s.gap(last + 1).isBlank() && PRISON_NOUNS.contains(s.lower(last + 1))) {
            return Quantity.PRISON_TERM; // "a six-year sentence", "a 10-year prison term"
        }
        if (last + 1 < s.size() && s.gap(last + 1).isBlank() && s.lower(last + 1).equals("across")
                && (last + 2 >= s.size() || !s.gap(last + 2).isBlank() || s.lower(last + 2).equals("and"))) {
            return " wide"; // "a hole 40 metres across," is as wide as "12 metres wide"; "across the road" is no measure
        }
        if (last >= 1 && Units.isDuration(s.lower(last)) && s.gap(last).equals("-") && last + 1 < s.size()
                && !DIMENSIONS.contains(s.lower(last + 1))) {
            return ""; // "a 14-hour standoff" lasted 14 hours, whatever the tagger makes of "standoff"
        }
        if (last + 1 < s.size() && s.gap(last + 1).isBlank() && Units.isLengthUnit(s.lower(last))
                && (s.lower(last + 1).equals("above") || s.lower(last + 1).equals("below")) && markAfter(s, last + 2)) {
            return " " + s.lower(last + 1); // "9 feet above flood stage": a height over a mark, not the level itself
        }
        if (last + 2 < s.size() && s.gap(last + 1).isBlank() && Units.isLengthUnit(s.lower(last))
                && (s.lower(last + 1).equals("below") || s.lower(last + 1).equals("beneath"))
                && (s.lower(last + 2).equals("ground") || s.lower(last + 2).equals("surface")
                || s.lower(last + 2).equals("the") && last + 3 < s.size() && s.lower(last + 3).equals("surface"))) {
            return ""; // "900 feet below ground" is as deep as "580 feet below the surface" or "underground"
        }
        if (last + 1 < s.size() && s.gap(last + 1).isBlank() && Units.isLengthUnit(s.lower(last))
                && SIZE_WAYS.contains(s.lower(last + 1)) && (last + 2 >= s.size() || !"NOUN".equals(s.tag(last + 2)))) {
            return " " + s.lower(last + 1); // "stood 71 metres tall": a size, however the tagger reads "tall"
        }
        if (last + 1 < s.size() && s.gap(last + 1).isBlank()
                && ("ADJ".equals(s.tag(last + 1)) || "ADV".equals(s.tag(last + 1)))
                && !Character.isUpperCase(s.word(last + 1).charAt(0)) // "the 35-vehicle Tern Star": a name, no dimension
                && !CLAUSE_ADVERBS.contains(s.lower(last + 1))
                && !(COMPARATIVES.contains(s.lower(last + 1)) && PERCENT_WORDS.contains(s.lower(last)))
                && !attributive(s, last)) {
            return " " + s.lower(last + 1); // not "7.2 per cent more": a change, read as one
        }
        return sizedThing(s, last);
    }

    /**
     * The way a length hyphened before a noun runs, from the noun's head: "a 62-metre tower crane"
     * is tall, "a 150-metre cargo ship" long; "" for a noun measured either way ("a 40-metre wall").
     */
    private static String sizedThing(TaggedSentence s, int last) {
        if (last < 1 || !s.gap(last).equals("-") || !Units.isLengthUnit(s.lower(last))) {
            return "";
        }
        int head = -1;
        for (int k = last + 1; k < s.size() && k <= last + SIZED_NOUN_WORDS && s.gap(k).isBlank()
                && "NOUN".equals(s.tag(k)); k++) {
            head = k;
        }
        String way = head < 0 ? null : SIZED_THINGS.get(s.lower(head));
        return way == null ? "" : " " + way;
    }

    /**
     * True when a mark a level is measured from begins at token {@code k}: "flood stage", "the
     * normal level", "sea level"; not "the surface", below which a depth is simply how deep.
     */
    private static boolean markAfter(TaggedSentence s, int k) {
        for (int j = k; j < s.size() && j < k + MARK_WORDS && s.gap(j).isBlank(); j++) {
            if (MARKS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a mark a level is told against. */
    private static final Set<String> MARKS = Set.of("stage", "level", "mark", "normal", "average", "record", "line");
    /** Words after "above" searched for the mark: "the normal summer level". */
    private static final int MARK_WORDS = 4;

    /** The ways a length after its figure may run: "71 metres tall". */
    private static final Set<String> SIZE_WAYS = Set.of("tall", "high", "long", "wide", "deep", "thick");

    /** How many nouns a thing told after its size may have: "tower crane", "container ship crane". */
    private static final int SIZED_NOUN_WORDS = 3;

    /** Things measured one way, and the way: "crane = tall". */
    private static final Map<String, String> SIZED_THINGS = org.factdiff.base.WordLists.map(QuantityReader.class, "sized-things.txt");

    /** Adjectives that tell which way a measure runs, a dimension even before a noun: "a 40-metre high wall". */
    private static final Set<String> DIMENSIONS = Set.of("high", "tall", "deep", "long", "wide", "thick", "broad",
            "across", "old", "heavy", "higher", "lower", "more", "less");

    /**
     * True when the adjective after the hyphened word at {@code last} describes the noun after it,
     * as the figure does: in "an 18-storey residential tower" the tower is residential, and the
     * storeys measure it; "residential" is no dimension of the storeys.
     */
    private static boolean attributive(TaggedSentence s, int last) {
        return last >= 1 && s.gap(last).equals("-") && last + 2 < s.size() && s.gap(last + 2).isBlank()
                && "NOUN".equals(s.tag(last + 2)) && !DIMENSIONS.contains(s.lower(last + 1));
    }

    /**
     * The smaller unit after "and" that adds to a duration: "six months" of "two years and six
     * months", "30 minutes" of "two hours and 30 minutes"; null when none follows.
     */
    private static Units.Reading compoundDuration(TaggedSentence s, Units.Reading measure) {
        int and = measure.last() + 1;
        if (!Units.isDuration(s.lower(measure.last())) || and + 1 >= s.size()) {
            return null;
        }
        if (!s.lower(and).equals("and")) {
            and--; // "2 hours 24 minutes": the smaller unit right after, without "and"
            if (!s.gap(and + 1).isBlank() || Numbers.at(s, and + 1) == null) {
                return null;
            }
        }
        Numbers.Reading n = Numbers.at(s, and + 1);
        Units.Reading more = n == null || n.last() != and + 1 ? null : Units.after(s, n.last());
        boolean smaller = more != null && more.unit().compared().equals(measure.unit().compared())
                && more.unit().factor() < measure.unit().factor();
        return smaller ? more : null;
    }

    /**
     * What a duration measures, when its words say more than its unit: the most a court may
     * impose ("faces up to 10 years in prison"), the time before parole ("a non-parole period of
     * four years", "must serve four years before he can apply for parole"), the time in a post
     * ("led the department for eight years") or on a body ("has sat on the council for 14
     * years"). Else the thing as read: a bare duration is compared by its sentence, as "a 48-hour
     * strike" and "the strike lasted 24 hours" are.
     */
    private static String durationKind(TaggedSentence s, int first, int unitLast, String thing) {
        if (thing.endsWith(Quantity.PRISON_TERM) && maximumPenalty(s, first)) {
            return thing.substring(0, thing.length() - Quantity.PRISON_TERM.length()) + Quantity.PRISON_MAX;
        }
        if (thing.endsWith(Quantity.PRISON_TERM) && partlySuspended(s, unitLast)) {
            // "ten years in prison, four of them suspended": not the six years to be served
            return thing.substring(0, thing.length() - Quantity.PRISON_TERM.length()) + Quantity.PARTLY_SUSPENDED;
        }
        if (beforeParole(s, first, unitLast)) {
            return (thing.endsWith(Quantity.PRISON_TERM) ? thing.substring(0, thing.length() - Quantity.PRISON_TERM.length())
                    : thing) + Quantity.BEFORE_PAROLE;
        }
        if (!thing.equals(Units.DURATION_MINUTES) && !thing.equals(Units.DURATION_MONTHS)) {
            return thing; // a term in prison, "11 hours of deliberations", "within two hours"
        }
        if (betweenMoments(s, first, unitLast)) {
            return thing + Quantity.APART;
        }
        return thing + heldFor(s, first);
    }

    /**
     * Words after a duration that make it the time between two moments: "20 minutes before
     * kick-off". "Seven hours after officers surrounded the building" may be how long the
     * standoff lasted, and stays a length.
     */
    private static final Set<String> MOMENT_RELATIONS = Set.of("before", "earlier", "ahead", "prior", "ago");
    /** Words before a duration that keep it a length of time: "queued for 40 minutes before", "within two hours after". */
    private static final Set<String> LENGTH_OPENERS = Set.of("for", "within", "lasted", "lasting", "took", "spent", "in");

    /**
     * True when the duration ending at {@code unitLast} is the time between two moments, not how
     * long something lasted: "20 minutes before the scheduled kick-off", "an hour earlier". "Had
     * queued for 40 minutes before the gates opened" stays a length.
     */
    private static boolean betweenMoments(TaggedSentence s, int first, int unitLast) {
        if (unitLast + 1 >= s.size() || !MOMENT_RELATIONS.contains(s.lower(unitLast + 1)) || !s.gap(unitLast + 1).isBlank()) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && FOR_FILLERS.contains(s.lower(k)) && s.gap(k + 1).isBlank()) {
            k--;
        }
        return k < 0 || !LENGTH_OPENERS.contains(s.lower(k)) || !s.gap(k + 1).isBlank();
    }

    /** Words of "and a half", "and a quarter" between a number and its unit. */
    private static final Set<String> HALF_WORDS = Set.of("and", "a", "half", "quarter");

    /** Words after a term in prison searched for "suspended": "ten years in prison, four of them suspended". */
    static final int SUSPENDED_REACH = 8;

    /**
     * True when a part of the term ending at {@code unitLast} is said to be suspended right after
     * it: "ten years, four of them suspended", "six years, with two suspended".
     */
    private static boolean partlySuspended(TaggedSentence s, int unitLast) {
        boolean part = false;
        for (int k = unitLast + 1; k < s.size() && k <= unitLast + SUSPENDED_REACH; k++) {
            String w = s.lower(k);
            if (s.gap(k).contains(".") || s.gap(k).contains(";")) {
                return false;
            }
            part |= Numbers.at(s, k) != null || w.equals("half") || w.equals("part") || w.equals("some");
            if (w.equals("suspended")) {
                return part;
            }
        }
        return false;
    }

    /** Words before a term in prison that make it the most that may be imposed. */
    private static final Set<String> MAXIMUM = Set.of("face", "faces", "facing", "faced", "maximum", "max", "carries",
            "carry", "punishable");
    /** Words before a figure searched for {@link #MAXIMUM}: "could face as much as 10 years". */
    static final int MAXIMUM_REACH = 5;

    /** True when a word of {@link #MAXIMUM} stands shortly before the figure, in its phrase. */
    private static boolean maximumPenalty(TaggedSentence s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - MAXIMUM_REACH); k--) {
            if (MAXIMUM.contains(s.lower(k))) {
                return true;
            }
            if (s.gap(k + 1).contains(",") || s.gap(k + 1).contains(";")) {
                return false;
            }
        }
        return false;
    }

    /** Words around a duration searched for "parole". */
    static final int PAROLE_REACH = 8;

    /**
     * True when the duration is the time before parole: "parole" shortly before it ("a
     * non-parole period of four years", "eligible for parole after four years"), or after it
     * past "before" in its clause ("serve at least four years before he can apply for parole").
     */
    private static boolean beforeParole(TaggedSentence s, int first, int unitLast) {
        for (int k = first - 1; k >= Math.max(0, first - PAROLE_REACH / 2); k--) {
            if (s.lower(k).equals("parole")) {
                return true;
            }
            if (s.gap(k + 1).contains(",") || s.gap(k + 1).contains(";")) {
                break;
            }
        }
        boolean before = false;
        for (int k = unitLast + 1; k < Math.min(s.size(), unitLast + 1 + PAROLE_REACH); k++) {
            if (s.gap(k).contains(",") || s.gap(k).contains(";")) {
                return false;
            }
            before |= s.lower(k).equals("before");
            if (before && s.lower(k).equals("parole")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of holding a post for a time: "led the department for eight years". */
    private static final Set<String> POST_VERBS = Set.of("led", "ran", "headed", "chaired", "managed", "coached",
            "ruled", "governed", "presided", "captained", "directed", "run", "lead", "leads", "heads", "runs");
    /** Verbs of sitting on a body for a time: "has sat on the council for 14 years". */
    private static final Set<String> MEMBER_VERBS = Set.of("sat", "sit", "sits", "sitting");
    /** Words between "for" and a figure that leave the time as it is: "for the past five years". */
    private static final Set<String> FOR_FILLERS = Set.of("the", "past", "last", "nearly", "almost", "about", "around",
            "some", "over", "more", "than", "at", "least", "just", "roughly", "close", "to");
    /** Words before "for" searched for a verb of a post. */
    static final int POST_REACH = 7;

    /** {@link Quantity#IN_POST} or {@link Quantity#AS_MEMBER} when the figure is the time a post or a seat was held; else "". */
    private static String heldFor(TaggedSentence s, int first) {
        int k = first - 1;
        while (k >= 0 && FOR_FILLERS.contains(s.lower(k)) && s.gap(k + 1).isBlank()) {
            k--;
        }
        if (k < 0 || !s.lower(k).equals("for") || !s.gap(k + 1).isBlank()) {
            return "";
        }
        for (int v = k - 1; v >= Math.max(0, k - POST_REACH); v--) {
            if (MEMBER_VERBS.contains(s.lower(v)) || s.lower(v).equals("served") && v + 1 < k && s.lower(v + 1).equals("on")) {
                return Quantity.AS_MEMBER; // "served on the board", "sat on the council"
            }
            // "ran the department for eight years", not "a racket that ran for four years": the post's object between.
            if (POST_VERBS.contains(s.lower(v)) && v + 1 < k || s.lower(v).equals("served") && v + 1 < k && s.lower(v + 1).equals("as")) {
                return Quantity.IN_POST;
            }
            if (!s.gap(v + 1).isBlank()) {
                break; // a comma ends the clause the time is in
            }
        }
        return "";
    }

    /** The words between a figure and its noun that narrow it, as " money-laundering" of "two money-laundering counts"; "" if none. */
    private static String kindBefore(TaggedSentence s, int last, int head) {
        StringBuilder out = new StringBuilder();
        for (int k = last + 1; k < head; k++) {
            if (!"DET".equals(s.tag(k))) {
                out.append(s.gap(k).equals("-") ? "-" : " ").append(s.lower(k));
            }
        }
        return out.toString();
    }

    /** Words before a bare figure that make it a share of the amount before it: "of which 15 million". */
    private static final Set<String> SHARE_OF = Set.of("which", "that", "this", "it");

    /** True when the figure at {@code first} is told as a share of the amount before it ("of which", "including"). */
    private static boolean shareOfAmount(TaggedSentence s, int first) {
        return first >= 2 && s.lower(first - 2).equals("of") && SHARE_OF.contains(s.lower(first - 1))
                || first >= 1 && s.lower(first - 1).equals("including");
    }

    /** What a length "away" measures: how far from a place, not how long something is. */
    static final String AWAY = " away";
    /** Words after "from" searched for a "to" that makes the length a stretch ("from the coast to the pass"). */
    static final int FROM_TO_WORDS = 6;

    /**
     * True when the length at {@code last} is told as a distance from a place: "12 kilometres
     * from the farm" measures what "40 km away" does; "12 kilometres from the coast to the
     * pass" is a stretch.
     */
    private static boolean distanceFrom(TaggedSentence s, int last) {
        int from = last + 1;
        if (from < s.size() && s.gap(from).isBlank() && s.lower(from).equals("away")) {
            return true; // "30 km away", however the tagger reads "away"
        }
        if (from + 1 < s.size() && s.gap(from).isBlank() && s.lower(from).equals("inside")
                && (s.lower(from + 1).equals("the") || s.lower(from + 1).equals("a"))) {
            // not "into": "plunged 40 metres into the surf" is a fall
            return true; // "three miles inside the mine" is how far in, as "2 miles from the entrance" is
        }
        if (from < s.size() && s.gap(from).contains("(")) {
            // "about 40 kilometers (25 miles) from the epicenter": past the conversion.
            while (from < Math.min(s.size(), last + 1 + FROM_TO_WORDS) && !s.gap(from).contains(")")) {
                from++;
            }
            if (from >= s.size() || !s.gap(from).strip().equals(")")) {
                return false;
            }
        } else if (from >= s.size() || !s.gap(from).isBlank()) {
            return false;
        }
        if (!s.lower(from).equals("from")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + 1 + FROM_TO_WORDS); k++) {
            if (s.lower(k).equals("to") || s.gap(k).contains(",")) {
                return s.gap(k).contains(","); // a comma ends the place before any "to" of another clause
            }
        }
        return true;
    }

    /** What a duration after "within" measures: the time something took, not how long the event lasted. */
    static final String TIME_TAKEN = " taken";

    /**
     * True when the clause from token {@code from} on has no verb: "three of them in critical
     * condition" says only what some of the figure before are, no outcome of their own.
     */
    private static boolean verbless(TaggedSentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (k > from && (s.gap(k).contains(",") || s.gap(k).contains(";"))) {
                return true;
            }
            if ("VERB".equals(s.tag(k)) || "AUX".equals(s.tag(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the sentence opens with "Of the" and a figure, and the figure at {@code first}
     * stands right after the comma that closes that phrase: "Of the 19 people taken to
     * hospitals, six were still being treated" counts some of the 19.
     */
    private static boolean frontedWhole(TaggedSentence s, int first) {
        if (s.size() < 4 || !s.lower(0).equals("of") || !s.lower(1).equals("the") || first < 3) {
            return false;
        }
        boolean figure = false;
        for (int k = 2; k < first; k++) {
            figure |= Character.isDigit(s.lower(k).charAt(0)) || Cues.cardinal(s.lower(k)) != null;
            if (s.gap(k).contains(",") || s.gap(k).contains(";")) {
                return false; // a comma before the figure's own: it is not the first word after the phrase
            }
        }
        return figure && s.gap(first).contains(",");
    }

    /**
     * True when the duration at {@code first} is the time something took: after "within", maybe
     * with a qualifier between ("within about"), after "took" with "to" after the unit ("took 25
     * minutes to arrive"), or after "after" following a verb of restoring.
     */
    private static boolean timeTaken(TaggedSentence s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (s.lower(k).equals("within")) {
                return true;
            }
            if (TOOK.contains(s.lower(k)) && durationThenTo(s, first)) {
                return true; // "police took 25 minutes to arrive": as "arrived within 25 minutes"
            }
            if (s.lower(k).equals("after") && !DETERMINERS.contains(s.lower(first - 1))) {
                // "power was restored after about four hours": the time the restoring took; not
                // "went back to work after a three-day strike", the length of the strike
                for (int j = k - 1; j >= Math.max(0, k - RESTORING_REACH); j--) {
                    if (RESTORING.contains(s.lower(j))) {
                        return true;
                    }
                    if (!s.gap(j + 1).isBlank()) {
                        break;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Forms of "take" before a duration that, with "to" after it, tell the time something took. */
    private static final Set<String> TOOK = Set.of("took", "take", "takes", "taking", "taken");

    /** True when a unit of duration follows the figure at {@code first} and "to" comes right after it: "25 minutes to arrive". */
    private static boolean durationThenTo(TaggedSentence s, int first) {
        for (int j = first + 1; j < Math.min(s.size() - 1, first + 3); j++) {
            if (Units.isDuration(s.lower(j))) {
                return s.lower(j + 1).equals("to");
            }
        }
        return false;
    }

    /** Verbs of putting back what an event cut, whose "after" a duration tells the time it took. */
    private static final Set<String> RESTORING = Set.of("restored", "reconnected", "reopened", "resumed", "lifted",
            "cleared", "repaired", "back");
    /** Words before "after" searched for a verb of {@link #RESTORING}: "was back on in most homes after". */
    static final int RESTORING_REACH = 5;

    /** Words right after a duration that make it a term in prison: "six years in prison", "a decade behind bars". */
    private static final List<List<String>> PRISON_AFTER = List.of(List.of("in", "prison"), List.of("in", "jail"),
            List.of("behind", "bars"), List.of("imprisonment"), List.of("of", "imprisonment"), List.of("in", "gaol"),
            List.of("jail"), List.of("prison"));
    /** Words shortly before a duration that make it a term in prison: "jailed for six years", "sentenced to six years". */
    private static final Set<String> PRISON_BEFORE = Set.of("jailed", "imprisoned", "caged", "sentenced", "sentence", "term");
    /** Nouns a hyphened duration makes a term in prison: "a six-year sentence", "a 10-year prison term". */
    private static final Set<String> PRISON_NOUNS = Set.of("sentence", "prison", "jail", "gaol", "term");
    /** Words before a duration searched for {@link #PRISON_BEFORE}: "jailed for about six years". */
    private static final int PRISON_REACH = 4;

    /** True when the duration whose unit is token {@code last} is a term in prison. */
    /** Words after "of" that keep a span a term in prison: "six years of imprisonment". */
    private static final Set<String> PRISON_OF = Set.of("prison", "jail", "imprisonment", "custody", "detention",
            "incarceration", "penal", "hard");

    private static boolean prisonTerm(TaggedSentence s, int last) {
        if (last + 2 < s.size() && s.lower(last + 1).equals("of") && !PRISON_OF.contains(s.lower(last + 2))) {
            return false; // "five years of supervised release", "200 hours of community service": another order
        }
        for (List<String> words : PRISON_AFTER) {
            if (last + words.size() < s.size() && s.folded().subList(last + 1, last + 1 + words.size()).equals(words)) {
                return true;
            }
        }
        // "jailed for four and a half years": the words of the fraction add to the reach.
        int extra = 0;
        for (int k = last - 1; k >= 0 && HALF_WORDS.contains(s.lower(k)); k--) {
            extra++;
        }
        for (int k = last - 1; k >= 0 && k >= last - PRISON_REACH - extra; k--) {
            if (PRISON_BEFORE.contains(s.lower(k))) {
                return true;
            }
            if (!s.gap(k + 1).isBlank()) {
                break; // a comma ends the phrase the duration is in
            }
        }
        // "sentenced Pell to nine years in prison and Lund to five years": "to" a term of the
        // sentencing named before.
        int first = last - 1;
        while (first >= 0 && Numbers.at(s, first) != null) {
            first--;
        }
        if (first >= 1 && s.lower(first).equals("to") && last - first <= PRISON_REACH) {
            for (int k = first - 1; k >= 0; k--) {
                if (s.lower(k).equals("sentenced")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What a duration is the length of, from "of" after it: "11 hours of deliberations" is not
     * "three days of searching" nor the "two days" it took in all.
     */
    private static String durationOf(TaggedSentence s, int last) {
        return last >= 0 && Units.isDuration(s.lower(last)) ? ofNoun(s, last) : "";
    }

    /**
     * What a length ending at {@code last} is the depth of, as " of rain": "4.8 inches of rain"
     * is no river's rise of 11 feet. Only what falls or settles counts ({@link #DEPTH_OF}):
     * "20 miles of shoreline" is the length of the slick, as "15 km along the coast" is.
     */
    private static String depthOf(TaggedSentence s, int last) {
        String of = ofNoun(s, last);
        String stem = of.replaceFirst("^ of ", "");
        // Nouns are written stemmed ("rainfal"): a word of the list it starts, but for its last letters.
        boolean depth = stem.length() >= 3 && DEPTH_OF.stream()
                .anyMatch(w -> w.startsWith(stem) && w.length() - stem.length() <= 2);
        return depth ? of : "";
    }

    /** What a depth is of, as {@link #ofNoun} writes it. */
    private static final Set<String> DEPTH_OF = Set.of("rain", "rainfall", "snow", "snowfall", "hail", "ice", "mud",
            "ash", "silt", "sand", "sediment", "debris", "water", "floodwater");

    /**
     * What a measure ending at {@code last} is of, as " of talks": the noun after "of"; "" when
     * no noun follows "of".
     */
    private static String ofNoun(TaggedSentence s, int last) {
        if (last < 0 || last + 2 >= s.size() || !s.lower(last + 1).equals("of") || !s.gap(last + 1).isBlank()) {
            return "";
        }
        int k = last + 2;
        while (k + 1 < s.size() && ("DET".equals(s.tag(k)) || "ADJ".equals(s.tag(k))) && s.gap(k + 1).isBlank()) {
            k++;
        }
        return "NOUN".equals(s.tag(k)) || "VERB".equals(s.tag(k)) && s.lower(k).endsWith("ing")
                ? " of " + s.token(k).norm() : "";
    }

    /** What an amount a work went over its budget by is keyed as. */
    private static final String OVERRUN = "overrun";
    /** Verbs of going over a budget before "by": "has overrun its budget by £48 million". */
    private static final Set<String> OVERRUNNING = Set.of("overrun", "overran", "overrunning", "overspent", "overspend",
            "exceeded", "overshot", "overshoot");
    /** Words before "by" searched for a verb of going over a budget. */
    private static final int OVERRUN_REACH = 5;

    /**
     * True when the amount from {@code first} to {@code last} is what a work went over its budget
     * by: "overran its budget by £48 million", "went £84m over budget", "an overspend of £3m".
     */
    private static boolean overrun(TaggedSentence s, int first, int last) {
        int k = last + 1;
        if (k < s.size() && s.lower(k).equals("over")) {
            int b = k + 1 < s.size() && (s.lower(k + 1).equals("its") || s.lower(k + 1).equals("the")
                    || s.lower(k + 1).equals("their")) ? k + 2 : k + 1;
            if (b < s.size() && (s.lower(b).equals("budget") || s.lower(b).equals("budgets"))) {
                return true;
            }
        }
        if (first >= 2 && s.lower(first - 1).equals("of") && (s.lower(first - 2).equals("overspend")
                || s.lower(first - 2).equals("overrun") || s.lower(first - 2).equals("overruns"))) {
            return true;
        }
        if (first >= 1 && s.lower(first - 1).equals("by")) {
            for (int j = first - 2; j >= 0 && j >= first - 1 - OVERRUN_REACH && !clauseBreak(s, j + 1); j--) {
                if (OVERRUNNING.contains(s.lower(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words naming what an amount of money is, each to its group's name ({@code money-objects.txt}). */
    private static final Map<String, String> MONEY_OBJECTS = org.factdiff.base.WordLists.groups(QuantityReader.class,
            "money-objects.txt").stream().flatMap(g -> g.stream().map(w -> Map.entry(w, g.get(0))))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
    /** How many words before an amount its object is looked for: "the damage to the school was estimated at". */
    private static final int MONEY_OBJECT_WINDOW = 8;

    /**
     * What an amount of money is, as " of fine": a word right after it ("a $10,000 reward",
     * "$2m in damage"), else the nearest one before it in its clause ("a fine of about $9
     * million", "paintings valued at $4.2 million"); "" when the sentence does not say.
     */
    /** Most words of a name between an amount and what it is: "Grand Star Lotto". */
    private static final int MONEY_NAME_WORDS = 4;

    private static String moneyObject(TaggedSentence s, int first, int last) {
        if (overrun(s, first, last)) {
            return " of " + OVERRUN; // "£84m over budget" is what the work went over by, not its budget
        }
        int after = last + 1 < s.size() && s.lower(last + 1).equals("in") ? last + 2 : last + 1;
        // "a $10,000 reward", and with one word between: "a R2-million relief fund".
        for (int k = after; k <= after + 1 && k < s.size() && s.gap(k).isBlank(); k++) {
            if (MONEY_OBJECTS.containsKey(s.lower(k))) {
                return " of " + MONEY_OBJECTS.get(s.lower(k));
            }
        }
        // "the 48-million-euro Grand Star Lotto jackpot", "a $2 million Powerball prize": a name
        // between the amount and the noun it is.
        int named = after;
        while (named < s.size() && named < after + MONEY_NAME_WORDS && s.gap(named).isBlank()
                && Character.isUpperCase(s.word(named).charAt(0))) {
            named++;
        }
        if (named > after && named < s.size() && s.gap(named).isBlank() && MONEY_OBJECTS.containsKey(s.lower(named))) {
            return " of " + MONEY_OBJECTS.get(s.lower(named));
        }
        // "£1,200 towards the council's prosecution costs", "$5,000 toward the repairs": what it pays for.
        String toward = towards(s, last + 1);
        if (!toward.isEmpty()) {
            return " of " + toward;
        }
        // "a typical $250,000 home", "a $40 ticket": the amount is what the noun after it is worth.
        if (after == last + 1 && after < s.size() && s.gap(after).isBlank() && "NOUN".equals(s.tag(after))
                && !Cues.PERIODS.contains(s.lower(after)) && !s.lower(after).equals("apiece")) {
            return " worth of " + s.lower(after);
        }
        for (int k = first - 1; k >= 0 && k >= first - MONEY_OBJECT_WINDOW; k--) {
            if (MONEY_OBJECTS.containsKey(s.lower(k))) {
                String object = MONEY_OBJECTS.get(s.lower(k));
                // "the jackpot, worth 2.4 million euros": what is worth it names the amount.
                if (k >= 1 && VALUE.equals(object) && MONEY_OBJECTS.containsKey(s.lower(k - 1))
                        && !VALUE.equals(MONEY_OBJECTS.get(s.lower(k - 1)))) {
                    return " of " + MONEY_OBJECTS.get(s.lower(k - 1));
                }
                return " of " + moneyKind(s, k, object);
            }
            if (!s.gap(k).isBlank() || Numbers.at(s, k) != null || TRANSFERS.contains(s.lower(k))) {
                // A comma or another figure ends the clause the amount is in; a verb whose
                // object the amount is begins it: in "a boy who suffered brain damage will
                // receive $2.3 million" the damage is the boy's, not what the amount is.
                break;
            }
        }
        // "The fee, a record for the club, is 24 million euros": the subject the amount is said of.
        String subject = copularSubject(s, first);
        if (!subject.isEmpty()) {
            return " of " + subject;
        }
        // "signed off R45 million to replace the drains": an amount set for a work to be done is
        // what the work costs, as "a R54 million project" is; not an amount someone is given or
        // raised to do something with ("raised $5,000 to help").
        if (after == last + 1 && after + 1 < s.size() && s.lower(after).equals("to") && "VERB".equals(s.tag(after + 1))
                && first >= 1 && !TRANSFERS.contains(s.lower(first - 1)) && !RAISING.contains(s.lower(first - 1))) {
            return " of " + MONEY_OBJECTS.get("cost");
        }
        // "agreed to spend £4.2 million refurbishing the library": what is spent is the cost.
        if (first >= 1 && SPENDING.contains(s.lower(first - 1))) {
            return " of " + MONEY_OBJECTS.get("cost");
        }
        // "must pay £2.4 million after the watchdog found ...", "ordered Kestrel to pay $2.4
        // million": a sum one is made to pay, named by nothing else, is a penalty.
        if (orderedToPay(s, first)) {
            return " of " + MONEY_OBJECTS.get("fine");
        }
        return "";
    }

    /** Words after "towards" searched for what an amount pays for: "towards the council's prosecution costs". */
    static final int TOWARDS_REACH = 5;

    /** The group of what the amount pays for when "towards" follows it at {@code k}; "" otherwise. */
    private static String towards(TaggedSentence s, int k) {
        if (k >= s.size() || !s.gap(k).isBlank() || !s.lower(k).equals("towards") && !s.lower(k).equals("toward")) {
            return "";
        }
        for (int j = k + 1; j < s.size() && j <= k + TOWARDS_REACH; j++) {
            if (!s.gap(j).isBlank() && !s.gap(j).strip().startsWith("'") && !s.gap(j).strip().startsWith("\u2019")) {
                break; // a comma ends what it pays for
            }
            if (MONEY_OBJECTS.containsKey(s.lower(j))) {
                return MONEY_OBJECTS.get(s.lower(j));
            }
        }
        return "";
    }

    /** Verbs that make the amount right after them what the sentence's subject is: "The fee is 24 million euros". */
    private static final Set<String> COPULAS = Set.of("is", "was", "will be", "stands at", "stood at", "totals", "totalled",
            "totaled", "came to", "comes to", "amounts to", "amounted to");
    /** Words at the start of a sentence before its subject noun: "The fee", "Its budget". */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "its", "their", "his", "her", "this", "that");

    /**
     * The group of the sentence's subject when the amount at {@code first} is what a copula says
     * it is ("The fee, a record for the club, is 24 million euros"; "The final bill came to
     * $3m"); "" when the amount follows no copula or the subject names no amount.
     */
    private static String copularSubject(TaggedSentence s, int first) {
        int verb = first - 1;
        if (verb < 1) {
            return "";
        }
        String one = s.lower(verb);
        String two = verb >= 2 ? s.lower(verb - 1) + " " + one : "";
        int before = COPULAS.contains(two) ? verb - 2 : COPULAS.contains(one) ? verb - 1 : -1;
        if (before < 0 || !s.gap(first).isBlank()) {
            return "";
        }
        int k = 0;
        if (k < s.size() && SUBJECT_DETERMINERS.contains(s.lower(k))) {
            k++;
        }
        // The subject's head: the last noun before a comma or the verb, at most two words in ("The final bill").
        int head = -1;
        for (int j = k; j <= before && j <= k + 2; j++) {
            if (j > k && !s.gap(j).isBlank()) {
                break;
            }
            head = "NOUN".equals(s.tag(j)) ? j : head;
        }
        return head >= 0 && MONEY_OBJECTS.containsKey(s.lower(head)) ? MONEY_OBJECTS.get(s.lower(head)) : "";
    }

    /** Words back from "pay" searched for "must" or "ordered". */
    static final int ORDER_REACH = 5;

    /** True when the amount at {@code first} follows "pay" (maybe "pay a") made a duty by "must" or "ordered ... to". */
    private static boolean orderedToPay(TaggedSentence s, int first) {
        int pay = first - 1;
        if (pay >= 0 && (s.lower(pay).equals("a") || s.lower(pay).equals("an"))) {
            pay--;
        }
        if (pay < 1 || !s.lower(pay).equals("pay")) {
            return false;
        }
        if (s.lower(pay - 1).equals("must")) {
            return true;
        }
        for (int k = pay - 1; k >= Math.max(0, pay - ORDER_REACH); k--) {
            if (s.lower(k).equals("ordered") || s.lower(k).equals("told")) {
                return s.lower(pay - 1).equals("to");
            }
            if (!s.gap(k + 1).isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of spending right before an amount, which is then a cost: "spend £4.2 million". */
    private static final Set<String> SPENDING = Set.of("spend", "spends", "spending", "spent", "invest", "invests",
            "investing", "invested");
    /** Verbs of collecting money, whose amount is no cost: "raised $5,000 to help". */
    private static final Set<String> RAISING = Set.of("raise", "raised", "raises", "raising", "collected", "collect",
            "donated", "donate", "pledged", "pledge", "borrowed", "borrow", "lent", "lend");

    /** Periods of a flow, in minutes. */
    private static final Map<String, Double> FLOW_MINUTES = Map.of("second", 1.0 / 60, "minute", 1.0, "hour", 60.0,
            "day", 1440.0);

    /**
     * The minutes of the period a measure flows in, or 0: 60 for "300,000 gallons of water an
     * hour", 1 for "2,500 gallons per minute".
     */
    private static double flowPeriod(TaggedSentence s, int unit) {
        int k = unit + 1;
        if (k + 1 < s.size() && s.lower(k).equals("of") && "NOUN".equals(s.tag(k + 1))) {
            k += 2; // "gallons of water an hour"
        }
        if (k + 1 < s.size() && RATE_MARKERS.contains(s.lower(k)) && FLOW_MINUTES.containsKey(s.lower(k + 1))) {
            return FLOW_MINUTES.get(s.lower(k + 1));
        }
        return 0;
    }

    /** Periods of a sum, by how many of them make a year. */
    private static final Map<String, Integer> PER_YEAR = Map.of("year", 1, "quarter", 4, "month", 12, "week", 52,
            "day", 365);

    /**
     * The period of an amount of each period, or "": "month" for "about $10 a month", "year" for
     * "$125 more a year", "hour" for "$20 per hour".
     */
    private static String perPeriod(TaggedSentence s, int last) {
        int k = last + 1;
        if (k < s.size() && RATE_FILLERS.contains(s.lower(k))) {
            k++; // "$125 more a year"
        }
        if (k + 1 < s.size() && RATE_MARKERS.contains(s.lower(k)) && Cues.PERIODS.contains(s.lower(k + 1))
                && (k + 2 >= s.size() || !TIME_AGO.contains(s.lower(k + 2)))) {
            return s.lower(k + 1);
        }
        return "";
    }

    /**
     * The period a count is a rate of, from the words after it: "9,000 vehicles a day", "40
     * flights daily" ("day"); "" when it is none.
     */
    private static String countRate(TaggedSentence s, int last) {
        String period = perPeriod(s, last);
        if (!period.isEmpty() || last + 1 >= s.size() || !s.gap(last + 1).isBlank()) {
            return PER_YEAR.containsKey(period) || period.isEmpty() ? period : "";
        }
        return RATE_ADVERBS.getOrDefault(s.lower(last + 1), "");
    }

    /** Words around an amount searched for the part of a year it was earned or spent in. */
    static final int PERIOD_WINDOW = 8;
    /** Ordinals of a quarter or a half of a year, to their number. */
    private static final Map<String, String> PERIOD_ORDINALS = Map.of("first", "1", "second", "2", "third", "3",
            "fourth", "4", "1st", "1", "2nd", "2", "3rd", "3", "4th", "4");

    /**
     * The part of a year an amount belongs to, in its clause: " in q4" for "revenue of $1.2 billion
     * for the fourth quarter", " in h1" for "in the first half", " in a quarter" for "quarterly
     * sales"; "" when none is named. A quarter's revenue is never set against a year's.
     */
    private static String reportingPeriod(TaggedSentence s, int first, int last) {
        for (int k = first - 1; k >= Math.max(0, first - PERIOD_WINDOW); k--) {
            String p = periodAt(s, k);
            if (!p.isEmpty()) {
                return p;
            }
            if (clauseBreak(s, k)) {
                break;
            }
        }
        for (int k = last + 1; k < Math.min(s.size(), last + 1 + PERIOD_WINDOW) && !clauseBreak(s, k); k++) {
            String p = periodAt(s, k);
            if (!p.isEmpty()) {
                return p;
            }
        }
        return "";
    }

    /** The part of a year named at token k ("fourth quarter", "Q4", "fourth-quarter", "quarterly"), or "". */
    private static String periodAt(TaggedSentence s, int k) {
        String w = s.lower(k);
        if (w.matches("q[1-4]")) {
            return " in " + w;
        }
        if (w.equals("quarterly")) {
            return " in a quarter";
        }
        String[] parts = w.split("-");
        String ordinal = parts.length == 2 ? parts[0] : w;
        String unit = parts.length == 2 ? parts[1] : k + 1 < s.size() ? s.lower(k + 1) : "";
        if (PERIOD_ORDINALS.containsKey(ordinal) && (unit.equals("quarter") || unit.equals("half"))) {
            return " in " + unit.charAt(0) + PERIOD_ORDINALS.get(ordinal);
        }
        return "";
    }

    /** Adverbs of a rate after a count, to the period: "daily" is "a day". */
    private static final Map<String, String> RATE_ADVERBS = Map.of("daily", "day", "weekly", "week", "monthly", "month",
            "annually", "year", "yearly", "year", "nightly", "day", "hourly", "hour");

    /** Words after "a year" that make it a time, not a rate: "€15 million a year earlier". */
    private static final Set<String> TIME_AGO = Set.of("earlier", "before", "ago", "later", "after", "on", "previously");
    /** Words between an amount and its period: "$125 more a year". */
    private static final Set<String> RATE_FILLERS = Set.of("more", "less", "extra", "each", "every");
    /** Words before a period that make an amount a rate: "a month", "per year", "every week". */
    private static final Set<String> RATE_MARKERS = Set.of("a", "an", "per", "each", "every");

    /** The group of money-objects.txt for what a thing is worth: "valued at", "worth". */
    private static final String VALUE = "value";

    /** Verbs of giving or getting whose object is the amount after them: "will receive $2.3 million". */
    private static final Set<String> TRANSFERS = Set.of("receive", "receives", "received", "receiving", "pay", "pays",
            "paid", "paying", "get", "gets", "got", "give", "gives", "gave", "given", "awarded", "win", "wins", "won",
            "offered", "offer", "offers");

    /** Nouns after "per" that make an amount one of several: "$500 per family", not "$20 per hour". */
    private static final Set<String> PER_RECIPIENTS = Set.of("family", "household", "person", "head", "victim",
            "child", "student", "worker", "employee", "patient", "passenger", "home", "house");

    /**
     * True when the sentence gives an amount to each of several: "each of the 12 families will
     * receive", "$5,000 apiece", "$500 per family". "Each other" shares nothing out.
     */
    private static boolean forEach(TaggedSentence s) {
        for (int k = 0; k < s.size(); k++) {
            String w = s.lower(k);
            String next = k + 1 < s.size() ? s.lower(k + 1) : "";
            if (w.equals("each") && !next.equals("other") && !Cues.PERIODS.contains(next) || w.equals("apiece")
                    || w.equals("per") && PER_RECIPIENTS.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** The side of tax an amount is on, by the word before "tax": "pre-tax", "before tax", "after-tax". */
    private static final Map<String, String> TAX_SIDES = Map.of("pre", "pre-tax", "before", "pre-tax", "after", "after-tax");
    /** Words before what an amount is that say which of its kind: "pretax profit", "net income" (after tax). */
    private static final Map<String, String> MONEY_KINDS = Map.of("pretax", "pre-tax", "net", "after-tax", "gross",
            "gross", "operating", "operating", "underlying", "underlying");

    /**
     * What kind of {@code object} the words before token {@code k} make it: "pre-tax profit",
     * "net profit" (after tax), "operating profit"; the bare object otherwise. Two amounts of one
     * object but of other kinds measure two things.
     */
    private static String moneyKind(TaggedSentence s, int k, String object) {
        String before = k >= 1 ? s.lower(k - 1) : "";
        String kind = MONEY_KINDS.get(before);
        if (before.equals("tax") && k >= 2) {
            kind = TAX_SIDES.get(s.lower(k - 2));
        }
        return kind == null ? object : kind + " " + object;
    }

    /** Adverbs after a measure that begin a clause or link it, and say nothing of what is measured: "90 mph when". */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("when", "where", "while", "whereas", "then", "so", "as",
            "too", "also", "again", "before", "after", "once", "since", "over", "about", "around", "up", "down",
            "next", "earlier", "later", "overall", "aboard"); // "9.5 percent next year": when, not what is measured;
    // "64 vehicles aboard": where they were, as "on board" is

    /** The index of the second number of "20 to 30", "20-30", "between 20 and 30", or -1. */
    private static int range(TaggedSentence s, int last) {
        if (last + 2 < s.size()) {
            String w = s.lower(last + 1);
            boolean revision = last >= 1 && s.lower(last - 1).equals("from");
            // "Prentice, 44, to six years": a comma between them parts two figures.
            boolean to = !revision && s.gap(last + 1).isBlank() && (w.equals("to") || w.equals("and") && last >= 1
                    && s.folded().subList(Math.max(0, last - 3), last).contains("between"));
            if (to && Numbers.at(s, last + 2) != null && !isDateOrTime(s, last + 2)) {
                return last + 2;
            }
        }
        // "20-30" is a range; "555-0142" (a leading zero) is a telephone number or a code, no range.
        if (last + 1 < s.size() && s.gap(last + 1).strip().equals("-") && Numbers.at(s, last + 1) != null
                && !s.lower(last + 1).startsWith("0")) {
            return last + 1;
        }
        return -1;
    }

    /** Verbs whose "over" is a particle, not "more than": "handed over", "turned over", "signed over". */
    private static final Set<String> OVER_VERBS = Set.of("hand", "hands", "handed", "handing", "turn", "turns", "turned",
            "turning", "sign", "signs", "signed", "signing", "fork", "forked", "forking", "forks");

    /**
     * True when "over" before the figure at token {@code i} tells the span something took ("14
     * hours of deliberations over three days", "diverted $4.2 million over six years"), not more
     * than it: a span of time whose "over" follows no word of lasting ("lasted over three days",
     * "for over a year").
     */
    private static boolean spanOver(TaggedSentence s, int i) {
        boolean time = false;
        for (int k = i + 1; k <= i + 2 && k < s.size() && !time; k++) {
            time = SPAN_UNITS.contains(s.lower(k));
        }
        return time && (i < 2 || !LASTING.contains(s.lower(i - 2)));
    }

    /** Units of a span of time after "over". */
    private static final Set<String> SPAN_UNITS = Set.of("minutes", "hours", "days", "nights", "weeks", "months", "years",
            "decades");
    /** Words before "over" that make it "more than" a span: "lasted over three days", "for over two years". */
    private static final Set<String> LASTING = Set.of("for", "lasted", "lasting", "lasts", "last", "took", "takes", "take",
            "taking", "spent", "spend", "than", "in", "after", "within", "been", "waited", "ran");

    /** The first token of the qualifier right before token i and the qualifier it gives, or null. */
    private static Map.Entry<Integer, Qualifier> qualifier(TaggedSentence s, int i) {
        for (Map.Entry<List<String>, Qualifier> q : Cues.QUALIFIERS) {
            int n = q.getKey().size();
            if (i - n >= 0 && s.folded().subList(i - n, i).equals(q.getKey())) {
                if (n == 1 && q.getKey().get(0).equals("over") && i - 2 >= 0 && OVER_VERBS.contains(s.lower(i - 2))) {
                    return null; // "handed over $1.5 million": the verb's particle, no bound
                }
                if (n == 1 && q.getKey().get(0).equals("over") && spanOver(s, i)) {
                    return null; // "deliberations over three days": the span it took, no bound
                }
                return Map.entry(i - n, q.getValue());
            }
        }
        if (i >= 3 && s.lower(i - 1).equals("of") && LIMITS.containsKey(s.lower(i - 3)) && "NOUN".equals(s.tag(i - 2))
                && !READINGS.contains(s.lower(i - 2))) {
            return Map.entry(i, LIMITS.get(s.lower(i - 3))); // "a maximum sentence of 14 years": a bound on what it names
        }
        return null;
    }

    /**
     * Measures whose highest or lowest reading is a value, not a bound: "a maximum temperature of
     * 46.2°C" is the day's reading, as "Monday's maximum was 44.8 degrees" is.
     */
    private static final Set<String> READINGS = Set.of("temperature", "temperatures", "reading", "gust", "gusts",
            "wind", "winds", "speed", "depth", "height", "level");

    /** Words that make the figure of "a maximum fine of £5,000" a bound on it. */
    private static final Map<String, Qualifier> LIMITS = Map.of("maximum", Qualifier.AT_MOST, "minimum",
            Qualifier.AT_LEAST);

    /** The index of the whole after a figure ending at {@code last}, as in "14 of the 16 counts", or -1. */
    private static int wholeAfter(TaggedSentence s, int last) {
        int k = last + 1;
        if (k + 1 >= s.size() || !s.lower(k).equals("of")) {
            return -1;
        }
        k += k + 2 < s.size() && (OWNERS.contains(s.lower(k + 1)) || ownerName(s, k + 1)) ? 2 : 1;
        return Numbers.at(s, k) != null && !isDateOrTime(s, k) ? k : -1;
    }

    /** Words before a whole after "of": "14 of the 16 counts", "three of its five lines". */
    private static final Set<String> OWNERS = Set.of("the", "its", "their", "his", "her", "our");

    /** True for a capitalised owner's name before a whole: "three of MRR's five lines". */
    private static boolean ownerName(TaggedSentence s, int k) {
        return s.isCapitalized(k) && (s.span(k, k).endsWith("'s") || s.span(k, k).endsWith("\u2019s"));
    }

    /** Verbs of a state that end a noun phrase before them: "nine miners remain stuck". */
    private static final Set<String> STATE_VERBS = Set.of("remain", "remained", "stay", "stayed");

    /** The head noun of what the figure ending at token {@code last} counts, or -1. */
    private static int thingHead(TaggedSentence s, int last) {
        int k = last + 1;
        int head = -1;
        int seen = 0;
        if (k < s.size() && s.lower(k).equals("of") && k + 1 < s.size()) {
            k++; // "dozens of people", "nine of the dead"
            if (OWNERS.contains(s.lower(k)) || s.lower(k).equals("them")) {
                k++; // "84,000 of its electric kettles" counts kettles, as "nine of the dead" counts the dead
            }
            int whole = wholeAfter(s, last);
            if (whole >= 0) {
                k = Numbers.at(s, whole).last() + 1; // "14 of the 16 counts": counts, of which the 16 are all
            }
        }
        while (k < s.size() && seen < 5) {
            String tag = s.tag(k);
            if (!s.gap(k).isBlank() && !s.gap(k).strip().equals("-")) {
                break; // punctuation ends the phrase
            }
            if (k + 1 < s.size() && s.gap(k + 1).equals("-")) {
                k++; // "US-backed", "pro-government": a modifier, not the head
                seen++;
                continue;
            }
            if (s.gap(k).equals("-") && !"NOUN".equals(tag)) {
                k++;
                seen++;
                continue;
            }
            if ("VERB".equals(tag) && head < 0 && seen == 0 && s.lower(k).endsWith("ed") && k + 1 < s.size()
                    && s.gap(k + 1).equals(" ") && "NOUN".equals(s.tag(k + 1)) && Cues.eventOf(s.lower(k)).isEmpty()) {
                k++; // "200 scheduled surgeries": a participle before the noun modifies it
                seen++;
                continue;
            }
            if (s.lower(k).equals("on") && k + 1 < s.size() && s.lower(k + 1).equals("board")) {
                break; // "14 crew on board": the tagger may take "on" for an adjective
            }
            if (head >= 0 && (!Cues.eventOf(s.lower(k)).isEmpty() || STATE_VERBS.contains(s.lower(k)))) {
                // "340 workers redundant": what befell them ends the phrase that names them, and so
                // does a verb of state the tagger may take for a noun ("nine miners remain stuck")
                break;
            }
            if ("NOUN".equals(tag) || "PROPN".equals(tag) && s.token(k).isName()) {
                head = k;
            } else if (!"ADJ".equals(tag) && !"PROPN".equals(tag) && !("VERB".equals(tag) && head < 0 && seen == 0
                    && Cues.EVENT_NOUNS_OF_PEOPLE.contains(s.lower(k)))) {
                break;
            }
            k++;
            seen++;
        }
        if (head < 0 && last + 1 < s.size() && Cues.EVENT_NOUNS_OF_PEOPLE.contains(s.lower(last + 1))) {
            head = last + 1;
        }
        if (head > last + 1 && MEMBERS.contains(s.lower(head)) && "NOUN".equals(s.tag(head - 1))) {
            head--; // "41 crew members" counts crew, "12 staff members" staff
        }
        return head;
    }

    /**
     * Stems of nouns that count the same people as another's: "321 travellers" aboard are "312
     * passengers". Kept here, not among the reuse stage's synonyms, where "travelling" would
     * match "passengers" too.
     */
    private static final Map<String, String> SAME_PEOPLE = Map.of("travel", "passeng");

    /** Heads that name people by the group before them: "crew members", "family members". */
    private static final Set<String> MEMBERS = Set.of("member", "members");

    /** Words between a figure and the event of its predicate ("were", "have been", "became"). */
    static final Set<String> PREDICATE_AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "being", "be", "will", "would", "also", "reportedly", "now", "still", "later", "already", "all",
            "became", "become", "fell", "got", "remain", "remains", "remained", "stay", "stays", "stayed");

    /**
     * Counts of zero: "no injuries were reported", "no one was killed", "nobody was hurt". They
     * are figures like any other, so that "two workers were injured" elsewhere conflicts.
     */
    private static List<Quantity> none(TaggedSentence s, String context) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            int from = i;
            int at = -1;
            if (w.equals("no") && i + 1 < s.size() && !s.lower(i + 1).equals("one")) {
                // "no injuries", "no serious injuries", "no deaths"
                for (int k = i + 1; k < Math.min(s.size(), i + 3) && at < 0
                        && !NOT_ZERO_AFTER_NO.contains(s.lower(k)); k++) {
                    if (ZERO_NOUNS.contains(s.lower(k))) {
                        at = k;
                    }
                }
            } else if (w.equals("nobody") || w.equals("no") && i + 1 < s.size() && s.lower(i + 1).equals("one")) {
                // "no one was killed", "nobody was hurt"
                int k = w.equals("no") ? i + 2 : i + 1;
                while (k < s.size() && PREDICATE_AUXILIARIES.contains(s.lower(k))) {
                    k++;
                }
                if (k < s.size() && !Cues.eventOf(s.lower(k)).isEmpty()) {
                    at = k;
                }
            }
            if (at < 0 || i > 0 && OTHER_ZERO.contains(s.lower(i - 1))) {
                continue;
            }
            String event = Cues.eventOf(s.lower(at));
            out.add(new Quantity(s.excerpt(from, at), 0, 0, Qualifier.EXACT, "people", event, false, false, context));
            i = at;
        }
        return out;
    }

    /** What "no" counts as zero: "no injuries", "no deaths" ("no bodies" is a search's result). */
    private static final Set<String> ZERO_NOUNS = Set.of("injuries", "deaths", "fatalities", "casualties", "arrests");
    /** Words after "no" that make it no total: "no more bodies", "no new deaths". */
    private static final Set<String> NOT_ZERO_AFTER_NO = Set.of("more", "further", "other", "new", "additional",
            "longer", "fewer", "less");
    /** Words before "no" that make it no count: "there were almost no injuries" is not zero. */
    private static final Set<String> OTHER_ZERO = Set.of("almost", "nearly", "virtually", "practically");

    /** True when a comma, semicolon or dash stands before token {@code k}. */
    private static boolean clauseBreak(TaggedSentence s, int k) {
        String gap = s.gap(k);
        return gap.contains(",") || gap.contains(";") || gap.contains("\u2014") || gap.contains(" - ");
    }

    /**
     * The verb of the main clause after a participle of an event that follows the head at
     * {@code head}, as in "the 20 people hurt in the crash were children" ("were"); -1 when the
     * word after the head is no such participle, or is the main verb itself ("half of the 80
     * residents fled to the gym when the river rose").
     */
    private static int afterParticiple(TaggedSentence s, int head) {
        int k = head + 1;
        if (k + 1 < s.size() && DEEMED.contains(s.lower(k)) && !clauseBreak(s, k + 1)) {
            k += k + 2 < s.size() && s.lower(k + 1).equals("as") ? 2 : 1; // "the three people reported missing were found"
        }
        if (head < 0 || k >= s.size() || clauseBreak(s, k) || Cues.eventOf(s.lower(k)).isEmpty()
                || Cues.eventOf(s.lower(k)).equals(Quantity.ABOARD)) {
            return -1;
        }
        for (k++; k < s.size() && k <= head + RELATIVE_REACH && !clauseBreak(s, k); k++) {
            String tag = s.tag(k);
            if ("SCONJ".equals(tag) || "CCONJ".equals(tag) || "PRON".equals(tag)) {
                return -1; // "fled when the river rose": the verb after belongs to another clause
            }
            if ("AUX".equals(tag) || "VERB".equals(tag)) {
                return k;
            }
        }
        return -1;
    }

    /** Participles that tell what others deemed the people: "reported missing", "listed as dead", "feared dead". */
    private static final Set<String> DEEMED = Set.of("reported", "listed", "believed", "feared", "thought", "presumed",
            "declared");

    /** Words a participle's phrase may take before the main verb: "hurt in the crash on the pier were". */
    private static final int RELATIVE_REACH = 8;

    /**
     * The event of those still in hospital at the time of writing ("five remained in hospital"):
     * a count at one moment, never set against how many were taken there.
     */
    static final String STILL_IN_HOSPITAL = "still in hospital";
    /** Verbs of staying that make a count of the hospitalised one at a moment. */
    private static final Set<String> STAYING = Set.of("remain", "remains", "remained", "remaining", "stayed", "stay",
            "stays", "still");
    /** Words after a verb of staying searched for the hospital: "in Elvay General Hospital". */
    private static final int HOSPITAL_WORDS = 5;

    /** True when the words from {@code k} put the subject in hospital: "(remained) in Elvay General Hospital". */
    private static boolean inHospital(TaggedSentence s, int k) {
        for (int i = k; i < Math.min(s.size(), k + HOSPITAL_WORDS); i++) {
            if ("hospital".equals(Cues.eventOf(s.lower(i)))) {
                return true;
            }
            if (i > k && clauseBreak(s, i)) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that take people to hospital when "hospital" follows: "were rushed to hospital", "airlifted to hospital". */
    private static final Set<String> LIFTED = Set.of("airlifted", "winched", "taken", "rushed", "admitted", "flown",
            "brought", "carried", "ferried", "transported", "sent");

    /** The event class of the accused found not guilty ("two men were acquitted", "were cleared"). */
    static final String ACQUITTAL = "acquittal";

    /** The event class of who came to an event ("drew about 12,000 visitors"). */
    static final String ATTENDANCE = "attendance";

    /** The event class of what a place holds or seats ("which has 85 patients"). */
    static final String CAPACITY = "capacity";

    /** Participles that, with "for" after them, tell what a place was made to hold: "built for 52,000". */
    private static final Set<String> BUILT = Set.of("built", "designed", "meant", "licensed", "made", "certified",
            "certificated", "rated");
    /** Verbs of having or holding that, after "which" or "that", tell what a place or a vessel holds. */
    private static final Set<String> HAS = Set.of("has", "have", "had", "houses", "housed", "holds", "seats", "carries",
            "accommodates");
    /** Words back from a figure searched for "which has" or "built for": "certificated for 600 passengers and 90 vehicles". */
    private static final int HOLDS_REACH = 5;

    /**
     * True when "which has", "that houses" or "built for" stands before the figure at {@code
     * first}, a qualifier maybe between: the size of what it follows, not a count of the event.
     */
    private static boolean holdsBefore(TaggedSentence s, int first) {
        for (int k = Math.max(1, first - HOLDS_REACH); k < first; k++) {
            boolean builtFor = s.lower(k).equals("for") && BUILT.contains(s.lower(k - 1)); // "a stadium built for 52,000"
            if (builtFor || HAS.contains(s.lower(k)) && (s.lower(k - 1).equals("which") || s.lower(k - 1).equals("that"))) {
                // "a fire that has killed 12": a verb between makes "has" its auxiliary. A clause
                // break ends what is held: "which has 40 beds, and 12 patients were moved".
                boolean held = true;
                for (int j = k + 1; j <= first && held; j++) {
                    held = !clauseBreak(s, j) && (j == first || !"VERB".equals(s.tag(j)) && !s.lower(j).endsWith("ed"));
                }
                if (held) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the figure and its noun, joined by a hyphen, describe a named vessel or a place
     * as its size: "the company's 35-vehicle Tillicum Star", "a 9,200-seat arena"; not "a
     * 12-car pileup", whose cars were in it.
     */
    private static boolean sizeOfHolder(TaggedSentence s, int last, int head) {
        if (head != last + 1 || head + 1 >= s.size() || !s.gap(head).equals("-") || !s.gap(head + 1).isBlank()) {
            return false;
        }
        return Character.isUpperCase(s.word(head + 1).charAt(0)) || HOLDERS.contains(s.lower(head + 1));
    }

    /** Vessels and places whose size a hyphened count before them gives. */
    private static final Set<String> HOLDERS = Cues.set("holder-nouns.txt");

    /** The event class of who works somewhere ("employs about 240 people", "has 310 employees"). */
    static final String EMPLOYMENT = "employment";
    /** Nouns of a place's workforce: with "has" or "with" before their count, the people who work there. */
    private static final Set<String> STAFF = Set.of("employee", "employees", "worker", "workers", "staff", "staffers",
            "staffer", "workforce");
    /** Verbs and prepositions of having before a workforce's count: "has 310 employees", "a plant with 300 workers". */
    private static final Set<String> HAVING = Set.of("has", "have", "had", "with", "employing", "employs", "employed");
    /** Qualifiers that may stand between "has" and the count: "has about 310", "has more than 300". */
    private static final Set<String> COUNT_QUALIFIERS = Set.of("about", "around", "some", "roughly", "approximately",
            "nearly", "almost", "more", "than", "fewer", "less", "over", "under", "just", "close", "to", "a", "total", "of");

    /**
     * True when the figure at {@code first} counts a workforce its subject has: a verb of having
     * (not an auxiliary: the next word is the count or its qualifier) right before it and a noun of
     * staff as its head. "a plant with 300 workers" too; "300 workers were evacuated" is not.
     */
    private static boolean staffOf(TaggedSentence s, int first, int head) {
        if (head < 0 || !STAFF.contains(s.lower(head))) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && COUNT_QUALIFIERS.contains(s.lower(k)) && !clauseBreak(s, k + 1)) {
            k--;
        }
        return k >= 0 && !clauseBreak(s, k + 1) && HAVING.contains(s.lower(k));
    }

    /** The event class of people who live somewhere ("home to 3 million people"). */
    static final String POPULATION = Quantity.POPULATION;

    /** The event of the figure's predicate, else the nearest event word around it. */
    private static String event(TaggedSentence s, int first, int last, int head, boolean ofPeople) {
        // The figure's own predicate first: "and 230 were hurt" is about the hurt, whatever event
        // the clause before names ("9 people were missing, and 230 were hurt"), and "three
        // patients died" about deaths, whatever patients usually are.
        if (sizeOfHolder(s, last, head)) {
            return CAPACITY; // "the 214-bed hospital": its size, before "hospital" is read as the predicate's event
        }
        int relative = wholeAfter(s, last) >= 0 ? afterParticiple(s, head) : -1;
        int k0 = relative >= 0 ? relative : pastAside(s, Math.max(last, head) + 1);
        int asideEnd = relative < 0 && k0 != Math.max(last, head) + 1 ? k0 : -1; // its comma opens no new clause
        if (k0 + 1 < s.size() && s.lower(k0).equals("of") && PART_PRONOUNS.contains(s.lower(k0 + 1))) {
            k0 += 2; // "eight of whom died": the predicate follows the pronoun
        }
        boolean staying = false;
        while (k0 < s.size() && PREDICATE_AUXILIARIES.contains(s.lower(k0)) && (k0 == asideEnd || !clauseBreak(s, k0))) {
            staying |= STAYING.contains(s.lower(k0));
            k0++;
        }
        if (staying && inHospital(s, k0)) {
            return STILL_IN_HOSPITAL;
        }
        // "killing 75 people, injuring more than 400": after a comma a new clause begins.
        if (k0 < s.size() && (k0 == asideEnd || !clauseBreak(s, k0))) {
            String e = notSurvived(s, k0) ? "death" : movedToCare(s, k0) ? TRANSFER : sentAway(s, k0) ? DISPLACEMENT
                    : s.lower(k0).equals("cleared") ? ACQUITTAL // "two men were cleared"
                    : attendedCare(s, k0) ? Quantity.SEEN_IN_CARE : Cues.eventOf(s.lower(k0));
            if (LIFTED.contains(s.lower(k0)) && inHospital(s, k0 + 1)) {
                return "hospital"; // "two were airlifted to hospital": the taken to hospital, not the rescued
            }
            if (!e.isEmpty() && !e.equals(Quantity.ABOARD)) {
                return e;
            }
        }
        if (relative >= 0) {
            // "three of the 20 people hurt in the crash were children": the hurt are the whole's;
            // the part's own predicate names no event.
            return "";
        }
        if (fromHomes(s, Math.max(last, head) + 1)) {
            // "boat crews pulled 140 people from homes": taken out by others, rescued
            return first >= 1 && PULLED_OUT.contains(s.lower(first - 1)) || first >= 2 && PULLED_OUT.contains(s.lower(first - 2))
                    && Numbers.at(s, first - 1) == null ? Cues.eventOf("rescued") : DISPLACEMENT; // "forcing about 4,200 residents from their homes"
        }
        // "a province home to 3 million people": the people live there; nothing happened to them.
        for (int k = Math.max(1, first - 3); k < first; k++) {
            if (s.lower(k).equals("to") && s.lower(k - 1).equals("home")) {
                return POPULATION; // "home to some 3 million": a qualifier may stand between
            }
        }
        if (staffOf(s, first, head)) {
            return EMPLOYMENT; // "the plant, which opened in 1978, has about 310 employees": who works there
        }
        if (holdsBefore(s, first) || sizeOfHolder(s, last, head)) {
            return CAPACITY; // "the south wing, which has 85 patients": what the place holds
        }
        if (aboardRightAfter(s, first, Math.max(last, head))) {
            // "taken to hospital after a coach with 34 passengers on board left the road": the
            // phrase closes on who was aboard, whatever event the sentence goes on to tell.
            return Quantity.ABOARD;
        }
        if (head >= 0) {
            String e = Cues.eventOf(s.lower(head));
            if (!e.isEmpty() && !e.equals(Quantity.ABOARD)) {
                return e;
            }
        }
        if (head < 0) {
            String revised = revisedCount(s, first);
            if (!revised.isEmpty()) {
                return revised; // "lowered the number of dead from the explosion ... to 24"
            }
        }
        if (head < 0 && completesVerb(s, first)) {
            // "the number of people killed in the crush rose to six after two of the injured
            // died": the clause's subject says what the figure counts, before any nearer word.
            String subject = subjectEvent(s, first);
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        int end = Math.max(last, head);
        // "are to lose their jobs, leaving 560 workers": those left, whom the event before spared.
        boolean left = first > 0 && LEFT_OVER.contains(s.lower(first - 1));
        // "A woman has died, and 58 people are now known to have been made ill": the figure opens
        // a clause of its own, whose verb follows; the event words before it are the clause before's.
        boolean opensClause = end + 1 < s.size() && PREDICATE_AUXILIARIES.contains(s.lower(end + 1)) && (clauseBreak(s, first)
                || first >= 1 && COORDINATORS.contains(s.lower(first - 1)) && clauseBreak(s, first - 1));
        for (int k = Math.max(0, first - EVENT_WINDOW); k < Math.min(s.size(), end + 1 + EVENT_WINDOW); k++) {
            if (k > end && clauseBreak(s, k)) {
                break; // "killing 75 people, injuring 400": what follows a comma tells of other figures
            }
            if ((left || opensClause) && k < first) {
                continue;
            }
            String e = fightingFor(s, k) ? "critical" : jobsLost(s, k) ? LAYOFF : burnedDown(s, k) ? DESTRUCTION
                    : attendedCare(s, k) ? Quantity.SEEN_IN_CARE : Cues.eventOf(s.lower(k));
            if (e.isEmpty() || e.equals(Quantity.ABOARD) || k >= first && k <= end || ofPeople && THINGS_EVENTS.contains(e)) {
                continue;
            }
            int d = k < first ? first - k : k - end;
            if (e.equals("critical") && d <= 3) {
                return e;
            }
            if (d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        if (best.isEmpty() && head < 0 && completesVerb(s, first)) {
            return subjectEvent(s, first);
        }
        return !best.isEmpty() ? best : aboard(s, first, end) ? Quantity.ABOARD
                : presentAtTheTime(s, end) ? Quantity.PRESENT : best;
    }

    /** Words after "were" that place people without a noun after them: "were underground", "were inside". */
    private static final Set<String> PLACE_ADVERBS = Set.of("underground", "inside", "indoors", "downstairs", "upstairs",
            "there", "present");
    /** Prepositions after "were" that place people: "were in the tunnel", "were on duty". */
    private static final Set<String> PLACING = Set.of("in", "on", "at", "inside", "below", "beneath", "within");

    /**
     * True when the figure's predicate only places its people somewhere at the moment of the
     * event: "27 miners were working underground when the water broke through", "thirty-one
     * were underground at the time", "nine nurses were on duty when the fire started". Who was
     * there when it happened is one fact, however the sentences around it are worded.
     */
    private static boolean presentAtTheTime(TaggedSentence s, int end) {
        int k = end + 1;
        if (k >= s.size() || clauseBreak(s, k) || !s.lower(k).equals("were") && !s.lower(k).equals("was")) {
            return false;
        }
        k++;
        if (k < s.size() && "VERB".equals(s.tag(k)) && s.lower(k).endsWith("ing") && !clauseBreak(s, k)) {
            k++; // "were working underground", "were sleeping inside"
        }
        if (k >= s.size() || clauseBreak(s, k)) {
            return false;
        }
        boolean placed = PLACE_ADVERBS.contains(s.lower(k))
                || PLACING.contains(s.lower(k)) && k + 1 < s.size() && OBJECT_TAGS.contains(s.tag(k + 1));
        if (!placed) {
            return false;
        }
        for (int i = k + 1; i < s.size() && !clauseBreak(s, i); i++) {
            if (s.lower(i).equals("when") || s.lower(i).equals("as") && i + 1 < s.size() && "DET".equals(s.tag(i + 1))
                    || i + 2 < s.size() && s.lower(i).equals("at") && s.lower(i + 1).matches("the|that")
                    && s.lower(i + 2).matches("time|moment")) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an aside about some of a count: "six patients, including two infants, had been moved". */
    private static final Set<String> ASIDES = Set.of("including", "among", "mostly", "most");
    /** Words of a part before "of them": "most of them elderly". */
    private static final Set<String> SOME_OF = Set.of("some", "many", "most", "all", "several", "both", "half");
    /** Words an aside runs at most before the comma that closes it. */
    private static final int ASIDE_REACH = 14;

    /**
     * The word after an aside that opens at {@code k} ("six patients, including two infants from
     * the neonatal unit, had been transferred"): the figure's predicate follows it. {@code k} itself
     * when no aside opens there or none closes with a comma before the sentence ends.
     */
    private static int pastAside(TaggedSentence s, int k) {
        boolean partOfThem = k + 2 < s.size() && (Cues.NUMBER_WORDS.containsKey(s.lower(k)) || s.lower(k).matches("\\d+")
                || SOME_OF.contains(s.lower(k)))
                && s.lower(k + 1).equals("of") && s.lower(k + 2).equals("them"); // "eleven patients, two of them babies, ..."
        if (k >= s.size() || !clauseBreak(s, k) || !s.gap(k).strip().equals(",") || !ASIDES.contains(s.lower(k)) && !partOfThem) {
            return k;
        }
        for (int j = k + 1; j < Math.min(s.size(), k + ASIDE_REACH); j++) {
            if (clauseBreak(s, j)) {
                return s.gap(j).strip().equals(",") ? j : k;
            }
        }
        return k;
    }

    /** Words joining two clauses: ", and 58 people are ...". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");
    /** Words before a figure that count what is left: "leaving 560 workers". */
    private static final Set<String> LEFT_OVER = Set.of("leaving", "leaves", "keeping", "retaining");
    /** Verbs that cut jobs when a count of jobs follows: "will cut 340 jobs", "shed 200 posts". */
    private static final Set<String> CUTTING = Set.of("cut", "cuts", "cutting", "shed", "sheds", "shedding", "axe",
            "axes", "axing", "slash", "slashes", "slashed", "slashing", "eliminate", "eliminates", "eliminated", "scrap",
            "scraps", "scrapped", "lose", "loses", "lost", "losing");
    /** Words between a verb of cutting and its count of jobs: "cut about 340 jobs". */
    static final int CUTTING_REACH = 3;

    /** "are to go", "will go", "will be lost", "are to be axed": what jobs after their count undergo when cut. */
    private static final Pattern JOBS_GO = Pattern.compile(
            "^\\s+(?:are|were|will|would|is)\\s+(?:(?:to|now|also)\\s+)?(?:go|be\\s+(?:lost|cut|axed|shed|scrapped|eliminated|going))\\b");

    /** True when the words after the job noun at {@code head} say the jobs go: "430 posts are to go". */
    private static boolean jobsGo(TaggedSentence s, int head) {
        int end = s.token(head).end() - s.start();
        return end >= 0 && end <= s.text().length() && JOBS_GO.matcher(s.text().substring(end)).find();
    }

    /** True when a verb of cutting stands in the few words before the figure at {@code first}. */
    private static boolean jobsCut(TaggedSentence s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - CUTTING_REACH); k--) {
            if (CUTTING.contains(s.lower(k))) {
                return true;
            }
            if (clauseBreak(s, k + 1)) {
                return false;
            }
        }
        return false;
    }

    /** The event of losing one's job: "made redundant", "laid off", "lose their jobs", "job cuts". */
    static final String LAYOFF = "layoff";
    /** Nouns for a job, which count the people who lose them: "shed 340 jobs". */
    static final Set<String> JOB_NOUNS = Set.of("job", "jobs", "post", "posts", "position", "positions", "role", "roles");

    /** True when token {@code k} starts "lose their jobs", "lost their jobs", or is "losses"/"cuts" after "job". */
    private static boolean jobsLost(TaggedSentence s, int k) {
        String w = s.lower(k);
        if ((w.equals("losses") || w.equals("cuts")) && k > 0 && s.lower(k - 1).equals("job")) {
            return true;
        }
        if (!w.equals("lose") && !w.equals("lost") && !w.equals("losing") && !w.equals("loses")) {
            return false;
        }
        int next = k + 1 < s.size() && (s.lower(k + 1).equals("their") || s.lower(k + 1).equals("his")
                || s.lower(k + 1).equals("her")) ? k + 2 : k + 1;
        return next < s.size() && JOB_NOUNS.contains(s.lower(next));
    }

    /**
     * True when a fire destroyed what is counted: "burned to the ground", "burnt down". Burning
     * alone may be damage, so only the phrase that says nothing stands is read as destruction.
     */
    /** Events of people in care, whose count one hospital gives for itself alone. */
    private static final Set<String> CARE_EVENTS = Set.of("hospital", "injury", "critical", "serious", Quantity.SEEN_IN_CARE);
    /** The last word of a place of care's name: "St. Brendan's Regional Hospital", "Kelbrook Royal Infirmary". */
    private static final Set<String> CARE_NAMES = Set.of("hospital", "infirmary", "clinic");

    /**
     * True when a named place of care stands before the figure in its sentence, as the one that
     * tells the count or where it was counted: "Tarn General Hospital said it had treated 12".
     */
    private static boolean oneCarePlaceTells(TaggedSentence s, int first) {
        for (int k = 1; k < first; k++) {
            if (CARE_NAMES.contains(s.lower(k)) && s.isCapitalized(k) && s.isCapitalized(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Places of care whose attending is being treated there: "attended its emergency department". */
    private static final Set<String> TREATING_PLACES = Set.of("hospital", "hospitals", "clinic", "clinics", "infirmary",
            "a&e", "er", "emergency");

    /**
     * True when the word at {@code k} is "attended" with a place of care as its object: "23
     * people attended its emergency department" were seen there, no crowd attending an event.
     */
    private static boolean attendedCare(TaggedSentence s, int k) {
        if (!Cues.eventOf(s.lower(k)).equals(ATTENDANCE)) {
            return false;
        }
        for (int i = k + 1; i < s.size() && i <= k + 3 && !clauseBreak(s, i); i++) {
            if (TREATING_PLACES.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean burnedDown(TaggedSentence s, int k) {
        String w = s.lower(k);
        if (!w.equals("burned") && !w.equals("burnt") && !w.equals("burn") && !w.equals("burning")) {
            return false;
        }
        if (k + 1 < s.size() && s.lower(k + 1).equals("down")) {
            return true;
        }
        return k + 3 < s.size() && s.lower(k + 1).equals("to") && s.lower(k + 2).equals("the") && s.lower(k + 3).equals("ground");
    }

    /** Words that may stand between "carrying" and its figure: "carrying about 40 pupils". */
    private static final int ABOARD_REACH = 3;
    /** Tags of words that are no qualifier of a figure: a noun, a verb or another number ends the search. */
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "AUX", "NUM");

    /**
     * True when the figure counts who was aboard: "carrying 40 pupils", "186 passengers and 14
     * crew on board", "some 380 people were on board". The word must close the figure's own
     * phrase or predicate: another verb starts another one ("40 passengers were hurt aboard").
     */
    private static boolean aboard(TaggedSentence s, int first, int end) {
        for (int k = first - 1; k >= Math.max(0, first - ABOARD_REACH); k--) {
            if (Cues.eventOf(s.lower(k)).equals(Quantity.ABOARD)) {
                return true;
            }
            if (clauseBreak(s, k + 1) || CONTENT_TAGS.contains(s.tag(k))) {
                break; // only qualifiers stand between: "carrying about 40", "carrying some 40"
            }
        }
        for (int k = end + 1; k < s.size() && !clauseBreak(s, k); k++) {
            String w = s.lower(k);
            if (Cues.eventOf(w).equals(Quantity.ABOARD) && !w.equals("carrying")
                    || w.equals("board") && s.lower(k - 1).equals("on")) {
                return true;
            }
            if (("VERB".equals(s.tag(k)) || "AUX".equals(s.tag(k))) && !PREDICATE_AUXILIARIES.contains(w)) {
                return false; // "380 people were on board" is; "40 passengers were hurt aboard" is not
            }
        }
        return false;
    }

    /** Words before a figure whose phrase holds who is aboard: "a coach with 34 passengers on board". */
    private static final Set<String> ABOARD_HOLDERS = Set.of("with", "carrying");

    /** Tags of words that open the object of "aboard" or "on board": "aboard the ferry". */
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM");

    /**
     * True when "aboard" or "on board" follows the figure's phrase ending at {@code end} at once,
     * and the phrase is no subject of a predicate of its own: "a coach with 34 passengers on board
     * left the road" counts who was aboard, "12 passengers on board were hurt" counts the hurt.
     */
    private static boolean aboardRightAfter(TaggedSentence s, int first, int end) {
        int after;
        if (end + 1 < s.size() && s.lower(end + 1).equals("aboard")) {
            after = end + 2;
        } else if (end + 2 < s.size() && s.lower(end + 1).equals("on") && s.lower(end + 2).equals("board")) {
            after = end + 3;
        } else {
            return false;
        }
        if (after < s.size() && !clauseBreak(s, after) && OBJECT_TAGS.contains(s.tag(after))) {
            return false; // "nine passengers aboard the ferry were hurt": the phrase goes on to its predicate
        }
        int before = first - 1;
        while (before >= 0 && !CONTENT_TAGS.contains(s.tag(before)) && !ABOARD_HOLDERS.contains(s.lower(before))
                && first - before <= ABOARD_REACH) {
            before--; // "with about 34", "with more than 30"
        }
        if (before >= 0 && ABOARD_HOLDERS.contains(s.lower(before))) {
            return true;
        }
        return after >= s.size() || clauseBreak(s, after)
                || !"VERB".equals(s.tag(after)) && !"AUX".equals(s.tag(after));
    }

    /** Verbs before "for their lives" that keep the lives: "fighting for their lives" is in danger, not dead. */
    private static final Set<String> STRUGGLE_VERBS = Set.of("fighting", "battling", "struggling", "fight", "fought",
            "battle", "battled");

    /** Words between a figure and "survive" that deny it: "did not", "didn't", "never", "could not". */
    private static final Set<String> SURVIVAL_DENIALS = Set.of("did", "do", "does", "could", "not", "n't", "never");

    /** True when the predicate starting at token {@code k} is "did not survive": the people died. */
    private static boolean notSurvived(TaggedSentence s, int k) {
        boolean denied = false;
        for (int i = k; i < s.size() && i <= k + SURVIVAL_DENIALS.size(); i++) {
            String w = s.lower(i);
            if (w.startsWith("surviv")) {
                return denied;
            }
            if (!SURVIVAL_DENIALS.contains(w)) {
                return false;
            }
            denied |= w.equals("not") || w.equals("n't") || w.equals("never");
        }
        return false;
    }

    /**
     * True when the predicate at {@code k} sends people from their homes in other words than
     * "evacuated": "were ordered out of their homes", "were forced to leave", "had to flee".
     */
    private static boolean sentAway(TaggedSentence s, int k) {
        if (k >= 1 && k + 1 < s.size() && s.lower(k).equals("to") && s.lower(k - 1).equals("had")) {
            return LEAVING.contains(s.lower(k + 1)); // "had to leave": "had" was read as an auxiliary
        }
        if (k + 1 >= s.size() || !SENDING.contains(s.lower(k))) {
            return false;
        }
        return s.lower(k + 1).equals("out") || s.lower(k + 1).equals("to") && k + 2 < s.size()
                && LEAVING.contains(s.lower(k + 2));
    }

    private static final String DISPLACEMENT = "displacement";
    /** The event of people moved from one hospital, prison or school to another. */
    private static final String TRANSFER = "transfer";
    /** Verbs of moving people that, with a place of care after them, transfer them: "moved to other hospitals". */
    private static final Set<String> MOVING = Set.of("moved", "sent", "taken", "shifted", "relocated", "diverted");
    /** Places people are transferred between, after "other" or "another". */
    private static final Set<String> CARE_PLACES = Set.of("hospital", "hospitals", "facility", "facilities", "prison",
            "prisons", "centre", "centres", "center", "centers", "units", "unit", "schools", "school");

    /**
     * True when the predicate at {@code k} moves people to another place of care or custody:
     * "have been moved to other hospitals", "were sent to another facility"; not "taken to
     * hospital", which counts the hurt.
     */
    private static boolean movedToCare(TaggedSentence s, int k) {
        if (k + 3 >= s.size() || !MOVING.contains(s.lower(k)) || !s.lower(k + 1).equals("to")) {
            return false;
        }
        String other = s.lower(k + 2);
        int place = other.equals("other") || other.equals("another") || other.equals("nearby") ? k + 3
                : k + 4 < s.size() && s.lower(k + 3).equals("other") ? k + 4 : -1; // "to two other hospitals"
        return place >= 0 && CARE_PLACES.contains(s.lower(place));
    }

    /**
     * True when the figure at {@code first} is the other side of a tally whose first side is the
     * figure just read: the 98 of "by 212 votes to 98".
     */
    private static boolean tallyAgainst(TaggedSentence s, int first, List<Quantity> out) {
        if (out.isEmpty() || first < 2 || !s.lower(first - 1).equals("to") || !s.gap(first - 1).isBlank()) {
            return false;
        }
        Quantity before = out.get(out.size() - 1);
        return before.evidence().end() == s.token(first - 2).end() && !before.thing().isEmpty();
    }

    /** True when "to" and another number follow the figure ending at {@code last}, after its noun or not: "312 votes to 140". */
    private static boolean tallyFollows(TaggedSentence s, int last) {
        for (int k = last + 1; k <= last + 2 && k + 1 < s.size(); k++) {
            if (s.lower(k).equals("to") && Numbers.at(s, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the figure from {@code first} to {@code end} is a side of a tally in words: "by
     * 212 votes to 98", the 212 before "to" and a number, the 98 after "votes to".
     */
    private static boolean tallied(TaggedSentence s, int first, int end) {
        boolean before = end + 2 < s.size() && s.lower(end + 1).equals("to") && Numbers.at(s, end + 2) != null
                && VOTES.contains(s.lower(end));
        boolean after = first >= 2 && s.lower(first - 1).equals("to") && VOTES.contains(s.lower(first - 2))
                && first >= 3 && Numbers.at(s, first - 3) != null;
        return before || after;
    }

    /** The nouns of a tally's sides: "votes", "ayes". */
    private static final Set<String> VOTES = Set.of("votes", "vote");

    /** Nouns of the gap between two sides: "his lead over Solberg", "a majority of 12". */
    private static final Set<String> MARGINS = Set.of("lead", "margin", "majority", "advantage", "edge", "gap", "deficit");
    /** Words that make the next word a noun: "his lead", "a narrow margin". */
    private static final Set<String> MARGIN_DETERMINERS = Set.of("his", "her", "its", "their", "a", "the", "narrow",
            "slim", "winning", "comfortable");
    /** Words back from a figure searched for its {@link #MARGINS margin}: "her lead over the incumbent had shrunk to". */
    private static final int MARGIN_REACH = 12;

    /**
     * True when the figure from {@code first} to {@code end} is the gap between two sides: after
     * a noun of it ("cut his lead over Solberg to nine votes", "a majority of 12") or after "won
     * by" ("won by nine votes"), not a tally ("by 312 votes to 140").
     */
    private static boolean margin(TaggedSentence s, int first, int end) {
        boolean tally = end + 2 < s.size() && s.lower(end + 1).equals("to") && Numbers.at(s, end + 2) != null;
        if (tally) {
            return false;
        }
        if (end + 1 < s.size() && s.gap(end + 1).isBlank() && MARGINS.contains(s.lower(end + 1))) {
            return true; // "a 207-vote gap", "a nine-vote majority"
        }
        int by = first - 1;
        while (by >= 1 && by >= first - BY_FILLER && ("ADJ".equals(s.tag(by)) || BY_ARTICLES.contains(s.lower(by))
                || s.gap(by).equals("-") || by + 1 < first && s.gap(by + 1).equals("-"))) {
            by--; // "by a razor-thin 170 votes", "by just 12 votes"
        }
        if (by >= 1 && s.lower(by).equals("by")) {
            for (int k = by - 1; k >= 0 && k >= by - WINNER_REACH && !clauseBreak(s, k + 1); k--) {
                if (WINNING.contains(s.lower(k))) {
                    return true; // "won by nine votes", "ahead by 207 votes", "the winner of the race by 170 votes"
                }
            }
        }
        for (int k = first - 1; k >= 1 && k >= first - MARGIN_REACH; k--) {
            if (MARGINS.contains(s.lower(k)) && MARGIN_DETERMINERS.contains(s.lower(k - 1))) {
                return true;
            }
            if (Numbers.at(s, k) != null) {
                return false; // another figure between: "a lead of 3 points, with 14,000 votes"
            }
        }
        return false;
    }

    /**
     * True when the figure ending at {@code last} measures a thing named after its unit, the doer
     * after a passive "by": "hit by 90 mph gusts", not "lowered by 30 km".
     */
    private static boolean measureOfAgent(TaggedSentence s, int last) {
        Units.Reading m = Units.after(s, last);
        return m != null && m.last() + 1 < s.size() && s.gap(m.last() + 1).isBlank()
                && "NOUN".equals(s.tag(m.last() + 1));
    }

    /**
     * Words of winning before "by" that make the figure a margin: "won by nine votes", "ahead by
     * 207 votes", "certified as the winner of the chair race by 170 votes".
     */
    private static final Set<String> WINNING = Set.of("won", "wins", "win", "winning", "beat", "beating", "defeated",
            "lost", "losing", "leads", "led", "leading", "trailed", "trails", "trailing", "passed", "carried",
            "ahead", "behind", "winner", "victory");
    /** Words after "won" or "the winner" searched back for before "by": "the winner of the Sorrel chair race by". */
    private static final int WINNER_REACH = 8;
    /** Words that may stand between "by" and a margin: "by a razor-thin 170 votes", "by just 12". */
    private static final Set<String> BY_ARTICLES = Set.of("a", "an", "just", "only", "some", "about", "around", "nearly");
    /** Words between "by" and a margin at most ("a razor-thin" is three). */
    private static final int BY_FILLER = 4;

    /** True when "from their homes" or "out of their homes" begins at token {@code k}. */
    private static boolean fromHomes(TaggedSentence s, int k) {
        int at = k < s.size() && s.lower(k).equals("from") ? k + 1
                : k + 1 < s.size() && s.lower(k).equals("out") && s.lower(k + 1).equals("of") ? k + 2 : -1;
        if (at < 0 || clauseBreak(s, k)) {
            return false;
        }
        if (at < s.size() && HOME_OWNERS.contains(s.lower(at))) {
            at++;
        }
        return at < s.size() && (s.lower(at).equals("homes") || s.lower(at).equals("home") || s.lower(at).equals("houses"));
    }

    private static final Set<String> HOME_OWNERS = Set.of("their", "his", "her", "the");
    /** Verbs of taking people out by hand or boat: those taken "from their homes" so were rescued. */
    private static final Set<String> PULLED_OUT = Set.of("pulled", "plucked", "hauled", "lifted", "carried", "ferried",
            "dragged", "winched", "took");
    /** Verbs that send people away: "ordered out", "forced to leave", "had to flee". */
    private static final Set<String> SENDING = Set.of("ordered", "forced", "told", "had", "moved");
    /** What people sent away do: "forced to leave". */
    private static final Set<String> LEAVING = Set.of("leave", "flee", "evacuate", "abandon");

    /** True when token {@code k} is the "lives" of "fighting for their lives": critical, not dead. */
    private static boolean fightingFor(TaggedSentence s, int k) {
        String w = s.lower(k);
        return (w.equals("lives") || w.equals("life")) && k >= 3 && s.lower(k - 2).equals("for")
                && STRUGGLE_VERBS.contains(s.lower(k - 3));
    }

    /**
     * True when a figure completes its clause's verb: "has risen to 75", "stood at 75". The
     * figure then counts what the clause's subject counts, not a noun of its own.
     */
    private static boolean completesVerb(TaggedSentence s, int first) {
        if (first < 2 || !LEVEL_PREPOSITIONS.contains(s.lower(first - 1)) || clauseBreak(s, first)
                || clauseBreak(s, first - 1)) {
            return false;
        }
        int verb = first - 2;
        Numbers.Reading from = Numbers.at(s, verb);
        if (from != null && from.last() == verb) {
            // "was revised from nine to six": the verb stands before the old value
            int k = verb;
            while (k > 0 && Numbers.at(s, k - 1) != null) {
                k--;
            }
            verb = k >= 2 && s.lower(k - 1).equals("from") ? k - 2 : verb;
        }
        String tag = s.tag(verb);
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    /** Prepositions between a verb of change or level and the figure it reaches: "rose to", "stood at". */
    static final Set<String> LEVEL_PREPOSITIONS = Set.of("to", "at");

    /**
     * The event of the clause's subject, for a figure that completes the verb: the nearest
     * event noun before the figure in its clause, however far ("the death toll from the storm
     * in the northern hills has risen to 75" counts deaths). Only a noun is a subject; "people
     * who were hurt in the first blast ... rose to 9" is no such clause and reads nothing.
     */
    private static String subjectEvent(TaggedSentence s, int first) {
        for (int k = first - 1; k >= 0; k--) {
            String e = Cues.eventOf(s.lower(k));
            if (!e.isEmpty()) {
                // "the number of people killed": a participle after the counted noun of a count
                boolean counted = k >= 3 && s.lower(k - 2).equals("of") && COUNT_NOUNS.contains(s.lower(k - 3));
                return "NOUN".equals(s.tag(k)) || counted ? e : "";
            }
            if (clauseBreak(s, k)) {
                break;
            }
        }
        return "";
    }

    /**
     * The event of a count a verb of revising sets to the figure: "revised the death toll from
     * Monday's explosion down to 27", "lowered the number of dead ... to 24 from 31". The figure
     * follows "to" (or "from") in the verb's clause; the count is the verb's object, its event
     * word within a few words after the verb. "" when the sentence tells no such revision.
     */
    private static String revisedCount(TaggedSentence s, int first) {
        if (first < 1 || !s.lower(first - 1).equals("to") && !s.lower(first - 1).equals("from")) {
            return "";
        }
        for (int k = first - 2; k >= 0; k--) {
            if (clauseBreak(s, k + 1)) {
                return "";
            }
            if (REVISING.contains(s.lower(k))) {
                for (int j = k + 1; j < first && j <= k + REVISED_OBJECT; j++) {
                    String e = Cues.eventOf(s.lower(j));
                    if (!e.isEmpty() && !e.equals(Quantity.ABOARD)) {
                        boolean counted = COUNT_NOUNS.contains(s.lower(j + 1)) || s.lower(j + 1).equals("toll")
                                || j >= 2 && s.lower(j - 1).equals("of") && COUNT_NOUNS.contains(s.lower(j - 2));
                        return counted ? e : "";
                    }
                }
                return "";
            }
        }
        return "";
    }

    /** Verbs that set a count to a new figure: "revised the toll to", "lowered the number of dead to". */
    private static final Set<String> REVISING = Set.of("revised", "lowered", "raised", "reduced", "cut", "increased",
            "updated", "corrected", "adjusted", "put", "brought", "revise", "lower", "raise");
    /** Words after a verb of revising searched for the event word of its object: "the number of people killed". */
    private static final int REVISED_OBJECT = 5;

    /** Nouns of a count whose "of" phrase names what is counted: "the number of people killed". */
    private static final Set<String> COUNT_NOUNS = Set.of("number", "count", "total", "tally");

    /** Words that make an expectation word after them a noun: "the plan", "a forecast". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "our");

    /** Words before a figure searched for {@link Cues#EXPECTATIONS}. */
    static final int EXPECTED_WINDOW = 4;

    /**
     * True for a figure expected, planned or hoped for beforehand ("had expected 5,000 runners",
     * "plans to hire 300"): the words before it in its clause say so.
     */
    private static boolean expected(TaggedSentence s, int first) {
        if (levelToCome(s, first)) {
            return true; // "the workforce will fall to about 860": a level planned, not one that is
        }
        for (int k = first - 1; k >= Math.max(0, first - EXPECTED_WINDOW); k--) {
            if (Cues.EXPECTATIONS.contains(s.lower(k)) && !(k >= 1 && DETERMINERS.contains(s.lower(k - 1)))) {
                // not "support for the plan fell to 41%": a plan named, not a figure planned
                return true;
            }
            if (clauseBreak(s, k)) {
                break;
            }
        }
        return false;
    }

    /** Verbs of a level moving, which "will ... to" makes a level to come: "will fall to about 860". */
    private static final Set<String> LEVEL_VERBS = Set.of("fall", "drop", "rise", "grow", "shrink", "increase",
            "decrease", "climb", "reach", "go", "be", "reduced", "cut", "raised", "increased", "lowered");
    /** Words that put the verb after them in what is to come. */
    private static final Set<String> WILL = Set.of("will", "would", "could", "may", "might", "set", "expected", "due");
    /** Words of a figure's bound between "to" and the figure: "to about 860", "to fewer than 900". */
    private static final Set<String> LEVEL_QUALIFIERS = Set.of("about", "around", "roughly", "some", "nearly", "almost",
            "just", "approximately", "over", "under", "more", "fewer", "less", "than", "only", "below", "above");
    /** Words back from "to" searched for "will" before a verb of a level: "will be cut to", "is set to fall to". */
    static final int LEVEL_REACH = 4;

    /** True when the figure at {@code first} follows "to" after a verb of a level to come: "will fall to 860". */
    private static boolean levelToCome(TaggedSentence s, int first) {
        int to = first - 1;
        while (to >= 0 && LEVEL_QUALIFIERS.contains(s.lower(to))) {
            to--; // "will fall to about 860"
        }
        if (to < 2 || !s.lower(to).equals("to") || !LEVEL_VERBS.contains(s.lower(to - 1))) {
            return false;
        }
        for (int k = to - 2; k >= Math.max(0, to - 1 - LEVEL_REACH); k--) {
            if (WILL.contains(s.lower(k))) {
                return true;
            }
            if (clauseBreak(s, k + 1)) {
                return false;
            }
        }
        return false;
    }

    /** True for a figure given as superseded: "initially 51", "used to be 51", "from 51 to 24". */
    private static boolean earlier(TaggedSentence s, int first) {
        for (int k = Math.max(0, first - EARLIER_WINDOW); k < first; k++) {
            if (Cues.EARLIER.contains(s.lower(k)) && !periodNamed(s, k, first) || s.lower(k).equals("used") && k + 1 < first
                    && s.lower(k + 1).equals("to")
                    || EARLY.contains(s.lower(k)) && k + 1 < first && EARLY_FIGURES.contains(s.lower(k + 1))) {
                return true; // "early returns showed her leading by 1,900 votes": the count as it first stood
            }
        }
        // "from 51 to 24" and "to 24 from 51": the "from" figure is the old one.
        if (first >= 1 && s.lower(first - 1).equals("from")) {
            return true;
        }
        // "up 3.8 percent from this year's $468.5 million", "a rise over the current year's
        // $468.5 million", "more than last year's 2,100": the figure a new one is set against.
        boolean period = false;
        for (int k = first - 1; k >= Math.max(0, first - BASELINE_WORDS); k--) {
            String w = s.lower(k);
            if (BASELINE_BEFORE.contains(w)) {
                return period;
            }
            if (!BASELINE_PERIOD.contains(w)) {
                return false;
            }
            period |= Cues.PERIODS.contains(w.replaceAll("['’]s$", ""));
        }
        return false;
    }

    /**
     * True when the word at {@code k} ("first", "previous") names a period, not an earlier
     * figure: "first-half sales climbed 7 percent", "in the first quarter".
     */
    private static boolean periodNamed(TaggedSentence s, int k, int first) {
        return k + 1 < first && NAMED_PERIODS.contains(s.lower(k + 1));
    }

    /** Periods a word of order may name: "first half", "previous quarter", "first round". */
    private static final Set<String> NAMED_PERIODS = Set.of("half", "quarter", "round", "half-year", "leg", "stage",
            "innings", "period", "set", "season", "week", "month", "year", "day", "days");

    /** Words that make the figures they name the first ones given: "early returns", "preliminary results". */
    private static final Set<String> EARLY = Set.of("early", "preliminary", "provisional");
    /** Figures named so: "early returns", "preliminary estimates". */
    private static final Set<String> EARLY_FIGURES = Set.of("returns", "results", "count", "counts", "tally", "tallies",
            "estimates", "estimate", "figures", "reports", "projections");

    /** Words that set a figure after them as what another is compared with, when a period's words follow. */
    private static final Set<String> BASELINE_BEFORE = Set.of("from", "over", "than", "on");
    /** The period words between them and the figure: "from this year's", "over the current year's". */
    private static final Set<String> BASELINE_PERIOD = Set.of("the", "this", "last", "current", "previous", "prior",
            "year", "year's", "month", "month's", "week", "week's", "season", "season's", "quarter", "quarter's",
            "fiscal", "'s", "\u2019s", "year\u2019s", "month\u2019s", "week\u2019s", "season\u2019s", "quarter\u2019s");
    /** Words back from a figure searched for the baseline's "from". */
    private static final int BASELINE_WORDS = 5;

    /** True when the figure at {@code first} follows "up from" or "down from": the value a count moved from. */
    private static boolean changedFrom(TaggedSentence s, int first) {
        if (first >= 2 && s.lower(first - 1).equals("from") && (s.lower(first - 2).equals("up")
                || s.lower(first - 2).equals("down"))) {
            return true;
        }
        // "rose to 12 on Tuesday, from 8 on Monday": "from" after a comma, in a clause of change.
        if (first < 1 || !s.lower(first - 1).equals("from") || !clauseBreak(s, first - 1)) {
            return false;
        }
        for (int k = first - 2; k >= 1 && k >= first - CHANGE_REACH; k--) {
            if (s.lower(k).equals("to") && Cues.CHANGES.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words back from ", from 8" searched for the change it is the start of: "rose to 12 on Tuesday". */
    private static final int CHANGE_REACH = 8;

    /** True for a number that is part of a rating, a day of the month, a year or a clock time. */
    private static boolean isDateOrTime(TaggedSentence s, int i) {
        String w = s.lower(i);
        if (i >= 1 && Cues.SCALES.contains(s.lower(i - 1)) && isCapitalizedOrScale(s, i - 1)
                || i + 2 < s.size() && s.lower(i + 1).equals("in") && Cues.SCALES.contains(s.lower(i + 2))) {
            // "measuring 5.6 in magnitude" is a rating too, though one whose shock the sentence may
            // leave unsaid: it is neither counted nor read as a rating.
            return true; // a rating, read by ratings()
        }
        String prev = i >= 1 ? s.lower(i - 1) : "";
        String next = i + 1 < s.size() ? s.lower(i + 1) : "";
        boolean digits = !w.isEmpty() && Character.isDigit(w.charAt(0));
        if (digits && (Cues.MONTHS.contains(prev) && s.isCapitalized(i - 1) && s.gap(i).matches("\\.?\\s+")
                || Cues.MONTHS.contains(next) && s.isCapitalized(i + 1) && s.gap(i + 1).isBlank())) {
            return true; // "May 20", "Sept. 3", "20 May": a day of the month
        }
        if (OccasionReader.isYear(s, i)) {
            return true; // "in 2016", "the 2016 strike"
        }
        if (next.equals("am") || next.equals("pm") || next.equals("a.m") || next.equals("p.m") || next.equals("gmt")
                || next.equals("utc") || next.equals("o'clock")) {
            return true;
        }
        Matcher words = CLOCK_WORDS.matcher(s.text());
        int at = s.token(i).start() - s.start();
        while (words.find()) {
            if (at >= words.start() && at < words.end()) {
                return true; // "about two at night", "twenty past nine in the evening": a time
            }
        }
        String after = i + 1 < s.size() ? s.gap(i + 1) : "";
        String text = s.cleanText();
        int end = s.token(i).end();
        String rest = text.substring(end, Math.min(text.length(), end + 5));
        // "at 4.30" is a time; "4.75 percent", "1.85 metres", "$4.25" and "2.40 million" are no times, nor is "4.75".
        return after.startsWith(":") || rest.matches("(?i)^\\s*(a\\.m|p\\.m|am\\b|pm\\b).*")
                || w.matches("\\d{1,2}[:.][0-5]\\d") && Units.after(s, i) == null && Units.currencyBefore(s, i) == null
                && !Cues.MULTIPLIERS.containsKey(next);
    }

    /** Time nouns after "this" or "last" that "alone" may single out: "last week alone". */
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "weekend", "day", "morning", "night",
            "quarter", "season");

    /**
     * True when the sentence counts only a part of a place or a time, "alone" after its name:
     * "in Marrick alone", "on Friday alone", "last week alone"; not "four days alone in the hills".
     */
    static boolean partOnly(TaggedSentence s) {
        for (int i = 2; i < s.size(); i++) {
            if (!s.lower(i).equals("alone") || !s.gap(i).isBlank()) {
                continue;
            }
            String prev = s.lower(i - 1);
            if (s.isCapitalized(i - 1) && !"PRON".equals(s.tag(i - 1))
                    || PERIODS.contains(prev) && (s.lower(i - 2).equals("this") || s.lower(i - 2).equals("last"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the number at token {@code i} is below zero: "minus 20", " -4" (not "10-15"). */
    private static boolean below(TaggedSentence s, int i) {
        if (i >= 1 && s.lower(i - 1).equals("minus") && s.gap(i).equals(" ")) {
            return true;
        }
        String gap = s.gap(i);
        return (gap.equals(" -") || gap.equals(" \u2212") || i == 0 && (gap.equals("-") || gap.equals("\u2212")));
    }

    /** Units of an age, in years: "a 7-month-old girl" is 7/12 of a year old. */
    private static final Map<String, Double> AGE_UNITS = Map.of("year", 1.0, "month", 1.0 / 12, "week", 7 / 365.25,
            "day", 1 / 365.25);

    /** What an age is of: "age girl". */
    static final String AGE_OF = "age ";

    /**
     * The age "N-year-old" gives to the noun after it ("the six-year-old girl"), with what
     * happened to its bearer; empty when no noun follows ("she is 34-year-old").
     */
    private java.util.Optional<Quantity> age(TaggedSentence s, int first, int old, double value, Qualifier qualifier,
                                             String context) {
        int noun = old + 1;
        while (noun < s.size() && s.gap(noun).isBlank() && ageModifier(s, noun) && noun < old + 3) {
            noun++; // "a 34-year-old local man", "a 43-year-old Pelham Falls woman"
        }
        if (noun >= s.size() || !s.gap(noun).isBlank() || !"NOUN".equals(s.tag(noun))) {
            return java.util.Optional.empty();
        }
        String event = event(s, first, noun, noun, false);
        return java.util.Optional.of(new Quantity(s.excerpt(first, noun), value, value, qualifier,
                AGE_OF + lexicon.synonymClass(s.token(noun).norm()), event, false, false, context));
    }

    /** Words that tie an age told after them to the clause's subject: "the victim was 43 years old". */
    private static final Set<String> AGE_COPULAS = Set.of("was", "is", "were", "are");

    /**
     * The age "N years old" tells after a copula, of the subject's noun: "police said the
     * cyclist killed on Monday was 43 years old" gives the cyclist's age, as "a 43-year-old
     * cyclist" does. The subject is the first noun after the last reporting verb or "that";
     * empty when there is none ("she was 43 years old") or no copula stands before the figure.
     */
    private java.util.Optional<Quantity> toldAge(TaggedSentence s, int first, int last, double value, Qualifier qualifier,
                                                 String context) {
        String unit = s.lower(last + 1);
        Double years = AGE_UNITS.get(unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
        if (years == null || first < 2 || !AGE_COPULAS.contains(s.lower(first - 1))) {
            return java.util.Optional.empty();
        }
        int from = 0;
        for (int k = first - 2; k >= 0 && from == 0; k--) {
            if (Cues.REPORTING.contains(s.lower(k)) || s.lower(k).equals("that")) {
                from = k + 1;
            }
        }
        for (int k = from; k < first - 1; k++) {
            if ("NOUN".equals(s.tag(k)) && !s.isCapitalized(k)) {
                String event = event(s, first, k, k, false);
                return java.util.Optional.of(new Quantity(s.excerpt(first, last + 2), value * years, value * years, qualifier,
                        AGE_OF + lexicon.synonymClass(s.token(k).norm()), event, false, false, context));
            }
        }
        return java.util.Optional.empty();
    }

    /** True for a word between an age and its bearer: an adjective, or a capitalised name of where they live. */
    private static boolean ageModifier(TaggedSentence s, int k) {
        return "ADJ".equals(s.tag(k)) || "PROPN".equals(s.tag(k)) && k + 1 < s.size();
    }

    /** Fractions before "a million" or "of a million", by their last word. */
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "quarter", 0.25, "quarters", 0.25,
            "third", 1.0 / 3, "thirds", 1.0 / 3);

    /**
     * The fraction before a number read from "a" ("half a million", "a quarter of a million",
     * "three-quarters of a million"), as {factor, first token}; null when there is none.
     */
    private static double[] fractionBefore(TaggedSentence s, int first) {
        if (!s.lower(first).equals("a")) {
            return null;
        }
        int k = first - 1;
        if (k >= 1 && s.lower(k).equals("of")) {
            k--;
        }
        if (k < 0 || !FRACTIONS.containsKey(s.lower(k))) {
            return null;
        }
        double factor = FRACTIONS.get(s.lower(k));
        if (k >= 1 && s.gap(k).strip().equals("-") || k >= 1 && s.lower(k).endsWith("s")) {
            Integer n = Cues.NUMBER_WORDS.get(s.lower(k - 1)); // "three-quarters", "two thirds"
            if (n != null) {
                return new double[] {factor * n, k - 1};
            }
        }
        if (k >= 1 && s.lower(k - 1).equals("a")) {
            k--; // "a quarter of a million"
        }
        return new double[] {factor, k};
    }

    /** Words before "of (the)" that take a part of the figure after them: "half of the 300 workers". */
    private static final Set<String> PART_WORDS = Set.of("half", "most", "all", "some", "many", "several", "few",
            "majority", "minority", "none", "third", "thirds", "quarter", "quarters", "fifth", "each", "both", "rest");

    /**
     * True when the figure is the whole a part is taken from, and what happened is said of the
     * part: "half of the 300 workers were sent home", "two of the 40 passengers died". Not when
     * the figure's own words say what happened to all of it ("two of the 12 injured were children").
     */
    private static boolean wholeOfPart(TaggedSentence s, int first, int last, int head) {
        int k = first - 1;
        if (k >= 0 && WHOLE_DETERMINERS.contains(s.lower(k))) {
            k--; // "half of the 300", "25 percent of its 400 staff"
        } else if (k >= 1 && (s.span(k, k).endsWith("'s") || s.span(k, k).endsWith("\u2019s"))) {
            // "a third of Harwood Academy's 900 pupils": the owner's name, then "of"
            int name = k;
            while (name - 1 >= 0 && k - name < POSSESSOR_WORDS && s.isCapitalized(name - 1) && !s.lower(name - 1).equals("of")) {
                name--;
            }
            k = s.isCapitalized(name) || s.isCapitalized(k) ? name - 1 : k;
        }
        if (k < 1 || !s.lower(k).equals("of")) {
            return false;
        }
        String part = s.lower(k - 1);
        // "30 percent of the 600 workers": a share is a part as "half" is.
        if (!PART_WORDS.contains(part) && Numbers.at(s, k - 1) == null && !Units.isPercent(part)) {
            return false;
        }
        boolean ownEvent = head >= 0 && !Cues.eventOf(s.lower(head)).isEmpty()
                || last + 1 < s.size() && !Cues.eventOf(s.lower(last + 1)).isEmpty()
                // "the 136 people hospitalized died": a participle before the clause's own verb
                || head >= 0 && head + 2 < s.size() && !Cues.eventOf(s.lower(head + 1)).isEmpty()
                && ("VERB".equals(s.tag(head + 2)) || "AUX".equals(s.tag(head + 2)))
                // "of the 20 people hurt in the crash were": a participle whose phrase ends at the verb
                || afterParticiple(s, head) >= 0;
        return !ownEvent;
    }

    /** Determiners between "of" and a whole: "half of the 300", "a quarter of its 400 staff". */
    /** Words of an owner's name searched back from its possessive: "of Harwood Academy's 900 pupils". */
    static final int POSSESSOR_WORDS = 4;
    private static final Set<String> WHOLE_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these",
            "those");

    /** Words before a figure that make it the rest of a total: "the other six cars". */
    private static final Set<String> REMAINDER = Set.of("other", "remaining");

    /** Pronouns after "eight of" that make the figure a part of one named before: "eight of whom". */
    static final Set<String> PART_PRONOUNS = Set.of("whom", "them", "those", "these", "which");

    /** Words after "of" that take some of a group named after them: "two of the turnstiles", "three of its staff". */
    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our");

    /**
     * True when the figure from {@code first} to {@code last} is some of a group the sentence
     * does not count: "two of the turnstiles", "nine of the dead". "All 12 of the miners" is the
     * whole group, and "two of the 30 riders" is read with its whole.
     */
    private static boolean partitive(TaggedSentence s, int first, int last) {
        return last + 2 < s.size() && s.lower(last + 1).equals("of") && PARTITIVE_DETERMINERS.contains(s.lower(last + 2))
                && wholeAfter(s, last) < 0 && !(first >= 1 && s.lower(first - 1).equals("all")) && !objectOfVerb(s, first);
    }

    /**
     * True when the figure starting at {@code first} is the object of a verb of action: "has
     * recalled 84,000 of its kettles" counts the kettles recalled, where "two of the turnstiles
     * were not working" says something of some of them.
     */
    private static boolean objectOfVerb(TaggedSentence s, int first) {
        int k = first - 1;
        while (k >= 0 && FOR_FILLERS.contains(s.lower(k)) && s.gap(k + 1).isBlank()) {
            k--;
        }
        return k >= 0 && s.gap(k + 1).isBlank() && "VERB".equals(s.tag(k)) && !PREDICATE_AUXILIARIES.contains(s.lower(k));
    }

    /**
     * The word joined to a figure by a hyphen, which then says what the figure counts or
     * measures: "a 120-minute standoff" lasted minutes, "a 10-mile stretch" is miles long, and
     * the standoff or the stretch is not what is counted. -1 when there is none.
     */
    private static int hyphenedUnit(TaggedSentence s, int last) {
        int k = last + 1;
        if (k >= s.size() || !s.gap(k).equals("-") || s.isDigits(k) || Numbers.at(s, k) != null) {
            return -1;
        }
        String w = s.lower(k);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) ? k : -1;
    }

    /**
     * "555-0142", "020-7946-0018": digits joined by hyphens where a group starts with a zero, as
     * telephone numbers and codes are written; no figure, and no range.
     */
    private static boolean isCode(TaggedSentence s, int i) {
        int from = i;
        while (from > 0 && s.gap(from).equals("-") && s.isDigits(from - 1)) {
            from--;
        }
        int to = i;
        while (to + 1 < s.size() && s.gap(to + 1).equals("-") && s.isDigits(to + 1)) {
            to++;
        }
        if (to == from || !s.isDigits(i)) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (s.lower(k).startsWith("0")) {
                return true;
            }
        }
        return false;
    }

    /** "Train 188", "Flight 17": a number naming something, not counting. */
    private static boolean isIdentifier(TaggedSentence s, int i) {
        if (i == 0) {
            return false;
        }
        boolean namePrev = "PROPN".equals(s.tag(i - 1)) && s.isCapitalized(i - 1) && s.gap(i).equals(" ")
                && (i - 1 > 0 || s.token(i - 1).isName()) && Cues.QUALIFIERS.stream()
                .noneMatch(q -> q.getKey().contains(s.lower(i - 1))) && !s.lower(i - 1).equals("between");
        int head = thingHead(s, i);
        // "Gate 4 of the stadium": what follows "of" is where the named thing is, not what is counted.
        boolean ofAfter = i + 1 < s.size() && s.lower(i + 1).equals("of");
        // "fined Stellmark Ferries 3 million euros": a multiplied number counts, a label is never "3 million".
        if (i + 1 < s.size() && Cues.MULTIPLIERS.containsKey(s.lower(i + 1))) {
            return false;
        }
        boolean capitalPrev = i - 1 > 0 && s.isCapitalized(i - 1) && s.gap(i).equals(" ")
                && Character.isLetter(s.lower(i - 1).charAt(0));
        // "the helicopter Rescue 117, the lifeboat": a capitalised word inside lower-case text and
        // a number with nothing counted after it; not a headline's "Storm Kills 45".
        boolean labelled = capitalPrev && head < 0 && i >= 2 && !s.isCapitalized(i - 2)
                && !org.factdiff.text.StopWords.contains(s.lower(i - 1));
        return namePrev && (head < 0 || ofAfter) || capitalPrev && ofAfter || labelled
                || s.lower(i - 1).equals("no") && s.isCapitalized(i - 1);
    }

    /** Oldest age read from a number in brackets after a name. */
    private static final int MAX_AGE = 120;

    /** "Callum Reddy (23), of Port Elvay": a number alone in brackets after a name is the person's age. */
    private static boolean isBracketedAge(TaggedSentence s, int i) {
        return i >= 1 && s.isCapitalized(i - 1) && s.gap(i).strip().equals("(") && i + 1 < s.size()
                && s.gap(i + 1).strip().startsWith(")") && s.lower(i).matches("\\d{1,3}")
                && Integer.parseInt(s.lower(i)) < MAX_AGE;
    }

    /**
     * "Dolores Prentiss, 71, who taught", "Ada Voss, 34, and her son": a number alone between
     * commas after a name, or before "and", "who" or the sentence's end, is the person's age,
     * however near a count of people it stands.
     */
    private static boolean isAppositiveAge(TaggedSentence s, int i) {
        if (i < 1 || !"PROPN".equals(s.tag(i - 1)) || !s.isCapitalized(i - 1) || !s.gap(i).equals(", ")
                || !s.lower(i).matches("\\d{1,3}") || Integer.parseInt(s.lower(i)) >= MAX_AGE
                || Cues.WEEKDAYS.contains(s.lower(i - 1)) || Cues.MONTHS.contains(s.lower(i - 1))) {
            return false;
        }
        if (i + 1 >= s.size()) {
            return true;
        }
        String after = s.gap(i + 1).strip();
        return after.startsWith(",") || after.startsWith(";") || after.isEmpty() && APPOSITION_ENDS.contains(s.lower(i + 1));
    }

    /** Words after "Name, 71" that end the apposition of an age: "and", "who". */
    private static final Set<String> APPOSITION_ENDS = Set.of("and", "who", "whose");

    /** "40 kilometers (25 miles)": the figure in brackets repeats the one before. */
    private static boolean isConversion(TaggedSentence s, int i, List<int[]> spans) {
        if (spans.isEmpty()) {
            return false;
        }
        int prevEnd = spans.get(spans.size() - 1)[1];
        return prevEnd == i - 1 && s.gap(i).contains("(");
    }

    /** Marks "20 children and 31 others" as parts and adds their total. */
    private static List<Quantity> withTotals(TaggedSentence s, List<Quantity> in) {
        List<Quantity> out = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            Quantity q = in.get(k);
            if (k + 1 < in.size()) {
                Quantity r = in.get(k + 1);
                String between = r.evidence().start() >= q.evidence().end()
                        ? s.cleanText().substring(q.evidence().end(), r.evidence().start()).strip() : "";
                if ((between.equals("and") || between.equals(", and")) && isPersonCount(q) && isPersonCount(r)) {
                    // "186 passengers and 14 crew on board": each term counts its own people, all
                    // of them, and shares the list's outcome; only a term of mere "people" is a part
                    // of some larger count of people.
                    String event = q.event().isEmpty() ? r.event() : q.event();
                    out.add(term(q, event));
                    out.add(term(r, event));
                    Excerpt both = s.parsed().excerpt(q.evidence().start(), r.evidence().end());
                    out.add(new Quantity(both, q.value() + r.value(), q.upper() + r.upper(), q.qualifier(), "people",
                            event, q.earlier(), false, q.context()));
                    k++;
                    continue;
                }
            }
            out.add(q);
        }
        return out;
    }

    /** True when the figure counts animals ("34 sheep") and the event befalls them as it would people. */
    private static boolean befallsAnimals(TaggedSentence s, int head, String event) {
        return ANIMAL_EVENTS.contains(event) && head >= 0 && Cues.ANIMAL_NOUNS.contains(s.lower(head));
    }

    private static boolean isPeople(TaggedSentence s, int head, String thing) {
        return thing.equals("people") || thing.startsWith(NATIONALS_OF) || head >= 0 && Cues.PERSON_NOUNS.contains(s.lower(head));
    }

    private static boolean isPersonCount(Quantity q) {
        String last = Lexicon.fold(q.evidence().text().replaceAll(".*\\s", ""));
        return Cues.PERSON_NOUNS.contains(last);
    }

    /** One term of a list of counts of people, with the list's outcome; a part when it counts mere "people". */
    private static Quantity term(Quantity q, String event) {
        return new Quantity(q.evidence(), q.value(), q.upper(), q.qualifier(), q.thing(), event, q.earlier(),
                q.part() || q.thing().equals("people"), q.context());
    }

    private static Quantity part(Quantity q) {
        return new Quantity(q.evidence(), q.value(), q.upper(), q.qualifier(), q.thing(), q.event(), q.earlier(), true,
                q.context());
    }

    /** Whether the number ending at {@code last} is followed by a percent sign or word. */
    private static boolean percentAfter(TaggedSentence s, int last) {
        Units.Reading unit = Units.after(s, last);
        // "by 12 percent", and "by 0.25 percentage points" or "by 25 basis points": a change's size
        return unit != null && (unit.unit().compared().equals(Units.PERCENT) || unit.unit().compared().equals(PERCENTAGE_POINTS));
    }

    /** "(of) a percentage point", "(of) a point" after a share's "of": a share of one point of a rate. */
    private static final Pattern OF_A_POINT = Pattern.compile("(?i)\\s+an?\\s+(?:percentage\\s+)?point\\b");
    /** The unit a change of a rate is compared in ({@code units.txt}). */
    private static final String PERCENTAGE_POINTS = "percentage points";

    /**
     * Whether the percentage from token {@code first} to its unit at {@code unit} is the size of a
     * change: "by 12 percent", "rose 21%", "a 12 percent increase"; "rose to 21%" is a level.
     */
    /** The last word of a percentage as tokens: "per cent", "percent", "%". */
    private static final Set<String> PERCENT_WORDS = Set.of("cent", "per cent", "percent", "%", "pc");
    /** Words after a percentage that make it a change: "pay 7.2 per cent more", "5% higher". */
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "higher", "lower", "cheaper", "dearer");

    /** True when the change at {@code first} is that of all consumer prices over a year ({@link PriceChanges}). */
    private static boolean annualPriceChange(TaggedSentence s, int first, int unit) {
        int at = s.token(first).start() - s.start();
        int end = s.token(unit).end() - s.start();
        return at >= 0 && end <= s.text().length() && PriceChanges.annual(s.text().substring(0, at), s.text().substring(end));
    }

    private static boolean change(TaggedSentence s, int first, int unit) {
        return first >= 1 && (s.lower(first - 1).equals("by") || Cues.CHANGES.contains(s.lower(first - 1)))
                // not "Turnout was 61 percent, up slightly on": after a comma, the level's own move
                || unit + 1 < s.size() && !s.gap(unit + 1).contains(",") && !s.gap(unit + 1).contains(";")
                && (Cues.CHANGES.contains(s.lower(unit + 1)) || COMPARATIVES.contains(s.lower(unit + 1)))
                // "a rise of 3.8 percent": the noun of a change and "of"
                || first >= 2 && s.lower(first - 1).equals("of") && Cues.CHANGES.contains(s.lower(first - 2))
                || changeNounAfter(s, unit);
    }

    /** Words of a compound between a figure and the noun of its change: "a 7 percent property tax increase". */
    static final int CHANGE_NOUN_REACH = 3;

    /** True when a noun of a change ends the compound after the unit: "a 7 percent property tax increase". */
    private static boolean changeNounAfter(TaggedSentence s, int unit) {
        for (int k = unit + 1; k < s.size() && k <= unit + 1 + CHANGE_NOUN_REACH; k++) {
            if (!s.gap(k).isBlank() || !"NOUN".equals(s.tag(k)) && !"ADJ".equals(s.tag(k)) && !"PROPN".equals(s.tag(k))) {
                return false;
            }
            if (Cues.CHANGES.contains(s.lower(k))) {
                return k + 1 >= s.size() || !"NOUN".equals(s.tag(k + 1)); // "a 7 percent increase", not "increase rates"
            }
        }
        return false;
    }
}
