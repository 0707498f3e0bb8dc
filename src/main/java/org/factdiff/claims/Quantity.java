package org.factdiff.claims;

import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A figure a sentence states about something.
 *
 * @param evidence the words of the figure, from the qualifier to the counted thing
 * @param value    the figure ("24"; the lower end of a range)
 * @param upper    the upper end of a range, else the same as {@code value}
 * @param thing    what is counted, in canonical form ("people", "child", "car", "mph")
 * @param event    what happened to it, from {@link Cues#EVENTS} ("death", "injury"), or ""
 * @param earlier  true for a figure the sentence gives as superseded ("initially said 51",
 *                 "from 51 to 24")
 * @param part     true for a part of a total ("238 passengers and five crew"): not comparable alone
 * @param context  the occasion the sentence speaks of when it is not the incident: a year
 *                 ("2016"), a month ("9"), both ("2016-09"), {@link #OTHER_OCCASION} for
 *                 "a separate attack", {@link #EXPECTED} for a figure expected beforehand,
 *                 {@link #NEW} for new cases since the last count; "" for the incident itself
 */
public record Quantity(Excerpt evidence, double value, double upper, Qualifier qualifier, String thing, String event,
                       boolean earlier, boolean part, String context) {
    /** The event of a figure that counts who lives somewhere ("home to 900,000 people"): no outcome. */
    public static final String POPULATION = "population";
    /** What a flow's thing ends with ("2,500 gallons a minute"): its measure per minute. */
    public static final String FLOW = " per minute";
    /** The event of a figure that counts who was aboard a vehicle or vessel ("186 passengers on board"). */
    public static final String ABOARD = "aboard";
    /**
     * The event of a figure that counts who came to a place of care ("23 people attended its
     * emergency department"): some walk in, so it is no count of those taken to hospital.
     */
    public static final String SEEN_IN_CARE = "seen in care";
    /** The event of a figure that counts who was there when it happened ("27 miners were underground at the time"). */
    public static final String PRESENT = "present";
    /** The context of a figure the sentence sets apart from the incident ("in a separate shooting"). */
    public static final String OTHER_OCCASION = "other";
    /** The context of a figure expected or planned beforehand ("organisers had expected 5,000"). */
    public static final String EXPECTED = "expected";
    /** The context of a figure of new cases since the last count ("120 new cases"), not a total. */
    public static final String NEW = "new";
    /** The context of a figure of the year before the incident's ("last year's flood") when its year is not known. */
    public static final String LAST_YEAR = "last year";
    /** The context of a figure of only a part of a place or time ("on Friday alone"), not the whole count. */
    public static final String SUBSET = "subset";
    /** The context of a figure that a part is taken from ("half of the 300 workers"), not the part's count. */
    public static final String WHOLE = "whole";
    /** The context of a percentage that is the size of a change ("rose 21%", "up by 12 percent"), not a level. */
    public static final String CHANGE = "change";
    /** The context of a figure that is the gap between two sides ("his lead of nine votes"), not a tally. */
    public static final String MARGIN = "margin";
    /** The context of the sides of a body's vote: "voted 7-2", "by 212 votes to 98"; no candidate's count. */
    public static final String TALLY = "tally";
    /** What a duration that is a term in prison measures, after its unit: "months of prison". */
    public static final String PRISON_TERM = " of prison";
    /** A duration that is the most a court may impose ("faces up to 10 years in prison"), not a term imposed. */
    public static final String PRISON_MAX = " of prison at most";
    /** A term in prison with a part of it suspended ("ten years, four of them suspended"), apart from a term to serve. */
    public static final String PARTLY_SUSPENDED = " of prison partly suspended";
    /** A duration to be served before parole may be sought: "a non-parole period of four years". */
    public static final String BEFORE_PAROLE = " before parole";
    /** A duration between two moments ("20 minutes before kick-off", "two days after the crash"), not how long something lasted. */
    public static final String APART = " between two moments";
    /** A duration of holding a post: "led the department for eight years". */
    public static final String IN_POST = " in post";
    /** A duration of sitting on a body: "has sat on the council for 14 years". */
    public static final String AS_MEMBER = " as member";
    /** The context of an amount given to each of several ("each family will receive $5,000"), not the total. */
    public static final String EACH = "each";
    /** The start of the context of a clock time written in a named zone: "zone ET", "zone pacific". */
    public static final String ZONE = "zone ";

    public Quantity {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(thing, "thing");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(context, "context");
        if (upper < value) {
            throw new IllegalArgumentException("range upper < lower: " + value + ".." + upper);
        }
    }

    /** What a clock time counts: it is an interval of minutes after midnight. */
    /** What the floor of a building a sentence names is keyed by: "a ninth-floor flat". */
    public static final String FLOOR = "floor";
    public static final String CLOCK_TIME = "clock time";
    /** The event of a clock time at which something was found out ("spotted at 4:30 a.m."), not when it happened. */
    public static final String DISCOVERY = "discovery";
    /** The event of a clock time at which a vehicle left ("left the station at 21:40"), not when anything happened to it. */
    public static final String DEPARTURE = "departure";
    /** The event of a clock time at which a body voted ("the vote came at 12:47 a.m."), a decision, not a happening. */
    public static final String VOTE = "vote";
    /** The event of a clock time at which something came back ("power returned to the terminal at 11:40 p.m."). */
    public static final String RESTORED = "restored";
    /** The event of a clock time at which an alarm was raised ("the alarm sounded at 3:12 a.m."), not when the break-in began. */
    public static final String ALARM = "alarm";
    /** The event of a clock time at which an order or a warning was lifted ("lifted the evacuation order at 1:30 p.m."). */
    public static final String LIFTED = "lifted";

    /**
     * The start of the event of a clock time at which something ended ("brought the fire under
     * control at 6:15 p.m." is "ended under control"), not when the incident happened.
     */
    public static final String ENDED = "ended ";

    /** The event of a clock time at which an order was given ("ordered passengers to abandon ship at 11:25 a.m."). */
    public static final String ORDERED = "ordered";

    /** True for a clock time at which something ended ({@link #ENDED}). */
    public boolean ending() {
        return clock() && event.startsWith(ENDED);
    }

    /**
     * True for a clock time of a step of the response (an ending, an order): an incident has
     * several, so only sentences that share words compare theirs.
     */
    public boolean responseStep() {
        return ending() || clock() && event.equals(ORDERED);
    }

    /** True for a clock time, whose value and upper bound are minutes after midnight. */
    public boolean clock() {
        return thing.equals(CLOCK_TIME);
    }

    /** True for a measure converted to the unit it is compared in, whose value differs from the words of its evidence. */
    public boolean converted() {
        return Units.isConverted(thing, evidence.text());
    }

    /**
     * True for a measure converted between systems of units ("9.3 miles" in kilometres): it may
     * be off by its rounding in its own unit.
     */
    public boolean convertedRoughly() {
        return Units.isApproximate(thing, evidence.text());
    }

    /** The figure as a reader would write it: "at least 24", "20 to 30". */
    public String display() {
        if (clock() || converted() || thing.equals(FLOOR)) {
            return evidence.text();
        }
        if (thing.startsWith(Units.MONEY)) {
            // An amount reads as money does: "R5 million", "$120,000", not "5000000".
            String currency = thing.substring(Units.MONEY.length()).split(" ")[0];
            // A currency named by a word follows the amount: "5 million francs".
            boolean word = currency.length() > 1 && currency.chars().allMatch(Character::isLowerCase);
            String sign = word ? "" : currency;
            String name = word ? " " + currency : "";
            String n = sign + amount(value) + name;
            if (qualifier == Qualifier.RANGE) {
                return sign + amount(value) + " to " + sign + amount(upper) + name;
            }
            return qualifier.words().isEmpty() ? n : qualifier.words() + " " + n;
        }
        // A measure is said with the unit it is compared in: "2 km" beside "2,000-metre", "13
        // months" for "a 13-month trial", not "2" or "13".
        String unit = unitSuffix();
        String n = number(value);
        if (qualifier == Qualifier.RANGE) {
            return n + " to " + number(upper) + unit;
        }
        return (qualifier.words().isEmpty() ? n : qualifier.words() + " " + n) + unit;
    }

    /**
     * The figure as a finding lists it: its value and, when they differ from it, the words it was
     * read from ("24 (two dozen people)"); a clock time or "R5 million" is said once, and so is
     * "about 3,000 litres" read from "About 3,000 litres".
     */
    public String withWords() {
        String d = display();
        return d.equalsIgnoreCase(evidence.text()) ? d : d + " (" + evidence.text() + ")";
    }

    /** An amount in words for the reader: "5 million", "2.4 billion", "120,000", "1,250.5". */
    static String amount(double v) {
        for (double scale : new double[] {1e12, 1e9, 1e6}) {
            double x = v / scale;
            if (Math.abs(x) >= 1 && Math.abs(x * 1000 - Math.rint(x * 1000)) < 1e-6) {
                String words = scale == 1e12 ? " trillion" : scale == 1e9 ? " billion" : " million";
                return java.math.BigDecimal.valueOf(Math.rint(x * 1000) / 1000).stripTrailingZeros().toPlainString() + words;
            }
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    /**
     * A figure for the reader: "24", "21,000", "1.1 billion" (large round figures as they are
     * written in the news), "2.5".
     */
    static String number(double v) {
        if (Math.abs(v) >= 1e6) {
            return amount(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, Math.abs(v) >= 1_000 ? "%,d" : "%d", (long) v);
        }
        return String.format(java.util.Locale.ROOT, "%s", v);
    }

    /** Units compared in, as written after a figure for the reader. */
    private static final java.util.Map<String, String> UNIT_SUFFIXES = java.util.Map.ofEntries(
            java.util.Map.entry(Units.LENGTH, " km"), java.util.Map.entry("km/h", " km/h"),
            java.util.Map.entry(Units.PERCENT, "%"), java.util.Map.entry("percentage points", " percentage points"),
            java.util.Map.entry(Units.CELSIUS, "\u00B0C"), java.util.Map.entry("kilograms", " kg"),
            java.util.Map.entry("hectares", " ha"), java.util.Map.entry("minutes", " minutes"),
            java.util.Map.entry("months", " months"), java.util.Map.entry("gigabytes", " GB"),
            java.util.Map.entry("litres", " litres"));

    /** The unit the figure is compared in as written after it ("%", " km", " months"), or "" for a count. */
    private String unitSuffix() {
        String unit = thing.startsWith("percentage points") ? "percentage points" : thing.split(" ")[0];
        String suffix = UNIT_SUFFIXES.getOrDefault(unit, "");
        // "1 month", not "1 months".
        return value == 1 && upper == 1 && suffix.endsWith("s") && suffix.startsWith(" ") && !suffix.contains("points")
                ? suffix.substring(0, suffix.length() - 1) : suffix;
    }

    /** The fact this figure is about, for aligning it with the same fact elsewhere. */
    public String key() {
        return event + "|" + thing + "|" + context + (earlier ? "|earlier" : "");
    }

    /**
     * What a measure measures, in words, when its unit does not say it ("temperature", "amount
     * in $", "percentage", "distance"); null for counts and speeds.
     */
    public String unitLabel() {
        return Units.label(thing);
    }

    /** The unit the figure is written in ("mph", "miles"), or null when it is no unit of units.txt. */
    public String writtenUnit() {
        return Units.writtenUnit(evidence.text());
    }

    /**
     * The unit the figure is written in, one name for all its spellings ("km" and "kilometres"
     * are "kilometres 1.0", "mph" and "miles per hour" one too), or null when it is no unit of
     * units.txt.
     */
    public String unitWritten() {
        Units.Unit u = Units.ofEvidence(evidence.text());
        return u == null ? null : u.compared() + " " + u.factor();
    }

    /** True for a length (a distance, a depth), compared in kilometres. */
    public boolean length() {
        return Units.isLength(thing);
    }

    /**
     * True for an amount of money whose sentence says what it is ("a fine of $9 million" is
     * "money $ of fine"), a term in prison ("jailed for six years") or the time before parole:
     * two such amounts of one kind measure one thing however their sentences differ.
     */
    public boolean namedAmount() {
        return thing.startsWith(Units.MONEY) && thing.contains(" of ") || thing.endsWith(PRISON_TERM) || thing.endsWith(BEFORE_PAROLE)
                || thing.endsWith(PARTLY_SUSPENDED);
    }

    /** True for a rating on a named scale ("EF5", "Category 4"), whose scale says what is rated. */
    public boolean rating() {
        return thing.startsWith("scale ");
    }
}
