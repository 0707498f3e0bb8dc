package org.factdiff.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rise of consumer prices over a year, which is the annual inflation rate: "consumer prices
 * rose 4.7 percent in the year to May" gives the level that "annual inflation rose to 4.7
 * percent in May" gives, not the size of a change in a rate. Prices of one kind ("food prices",
 * "house prices") and changes over a month are changes of their own.
 */
public final class PriceChanges {
    private PriceChanges() {
    }

    /** A change measured against the same time a year before: "in the year to May", "from a year earlier". */
    private static final Pattern OVER_A_YEAR = Pattern.compile("^[^,;:]*?\\b(?:in the (?:year|12 months) to"
            + "|(?:from|on|than|compared with) (?:a|one) year (?:earlier|ago|before)|year[- ]on[- ]year"
            + "|(?:over|in) the (?:past|last|previous) (?:year|12 months))\\b");

    /**
     * The word of change right before the figure and what changed before it: "consumer prices
     * rose (by)", "prices in Velmora rose", "the consumer price index climbed". Group 1 is the
     * word before "prices" (or "price index"), if any.
     */
    private static final Pattern PRICES_ROSE = Pattern.compile("(?:^|(\\p{L}+)\\s+)(?:[Pp]rices|[Pp]rice\\s+index)"
            + "(?:\\s+(?:in|across)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})?\\s*(\\p{Ll}+)(?:\\s+by)?\\s*$");

    /** Words before "prices" that leave them the prices of all goods: "consumer prices", "the prices". */
    private static final Set<String> GENERAL = Set.of("consumer", "the", "overall", "average", "retail", "and", "that");

    /**
     * True when the figure between {@code before} (the sentence's text up to the figure) and
     * {@code after} (its text after the figure's unit) is the rise or fall of all consumer
     * prices over a year.
     */
    public static boolean annual(String before, String after) {
        Matcher m = PRICES_ROSE.matcher(before);
        if (!m.find() || !Cues.CHANGES.contains(m.group(2))) {
            return false;
        }
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean general = modifier.isEmpty() || GENERAL.contains(modifier);
        return general && OVER_A_YEAR.matcher(after.toLowerCase(Locale.ROOT)).find();
    }
}
