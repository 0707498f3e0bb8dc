package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * The day a state that goes on began, given two ways in one statement: "the attack that has
 * crippled the hospital since early Sunday" against "the attack that has paralysed the hospital
 * since early Monday". Only "since" a weekday or a date after "has", "have" or "had" in its
 * clause is read, and two readings are set against each other only in sentences that say the
 * same thing (alike with figures masked); "closed since Monday" and "without power since
 * Tuesday" in sentences of different things are two states. A weekday and a date are not
 * compared, nor an article that gives two days.
 */
final class StateStarts implements ContradictionRule {
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    /**
     * "has been shut since Sunday morning", "that has crippled X since early Monday", "had been
     * closed since March 3": the perfect's auxiliary, the state's words (no clause break), the day.
     */
    private static final Pattern SINCE = Pattern.compile("\\b(?:has|have|had)\\b[^,;:()\u2014]{1,90}?\\bsince\\s+"
            + "(?:(?:early|late)\\s+)?(?:(" + WEEKDAYS + ")(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|((?:" + MONTHS + ")\\p{Ll}*)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b");

    /** One sentence's day a state began. */
    private record Since(Claim claim, boolean weekday, String key, String label, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Since> readings = new ArrayList<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            Matcher m = SINCE.matcher(c.evidence().text().replace('\n', ' '));
            while (m.find()) {
                readings.add(m.group(1) != null
                        ? new Since(c, true, m.group(1).toLowerCase(Locale.ROOT), m.group(1), m.group().strip())
                        : new Since(c, false, m.group(2).substring(0, 3).toLowerCase(Locale.ROOT) + " " + Integer.parseInt(m.group(3)),
                                m.group(2) + " " + Integer.parseInt(m.group(3)), m.group().strip()));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        // Readings of one statement, joined across articles: each group is one state.
        for (Map<String, List<Since>> byArticle : OneStatement.groups(readings, Since::claim, (a, b) -> a.weekday() == b.weekday(), in)) {
            OneValueEach.finding(in, byArticle, Since::claim, Since::key, Since::label, Since::written,
                    s -> "day the state began",
                    (s, sides) -> "Articles say the same thing has gone on since different days: " + sides
                            + ". Check when it began.", ContradictionKind.DATE)
                    .ifPresent(out::add);
        }
        return out;
    }
}
