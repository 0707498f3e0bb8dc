package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * The day the event happened, given as two different dates: "the bridge collapsed on Monday,
 * March 3" against "the bridge gave way on Tuesday, March 4". Only dates the sentence ties to
 * the event ("on March 3" in a sentence that says what happened) in sentences about the same
 * scene count; "an Oct. 3 news release" or "since October 10" date something else.
 */
final class EventDates implements ContradictionRule {
    /** A date as the claims stage resolves it: "March 3 (2025-03-03)". */
    private static final Pattern RESOLVED = Pattern.compile("^(.+) \\((\\d{4}-\\d{2}-\\d{2})\\)$");

    /** A month's name and a day: "March 3", "Sept. 3". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\.?\\s+(\\d{1,2})\\b");

    private record Dated(Claim claim, String written, String day) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        List<Dated> dated = new ArrayList<>();
        for (Claim c : claims) {
            eventDay(c).ifPresent(dated::add);
        }
        List<Contradiction> out = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Dated a = dated.get(i);
                Dated b = dated.get(j);
                if (!a.claim().article().equals(b.claim().article()) && !a.day().equals(b.day())
                        && CaseClaims.sameScene(a.claim(), b.claim())) {
                    out.add(contradiction(a, b));
                }
            }
        }
        return out;
    }

    /** The one day the sentence gives after "on", resolved, if it speaks of the incident. */
    private static Optional<Dated> eventDay(Claim c) {
        if (c.otherOccasion() || c.negated()) {
            return Optional.empty();
        }
        Dated found = null;
        for (String t : c.times()) {
            Matcher m = RESOLVED.matcher(t);
            String written = m.matches() ? m.group(1) : t;
            Matcher d = MONTH_DAY.matcher(written);
            if (!d.find()) {
                continue; // a weekday or month alone is no day
            }
            // The resolved date when the article's date tells the year, else the month and day.
            String day = m.matches() ? m.group(2) : (d.group(1) + " " + d.group(2)).toLowerCase(Locale.ROOT);
            Pattern on = Pattern.compile("(?i)\\bon\\s+(?:[A-Za-z]+day,?\\s+)?" + Pattern.quote(written) + "\\b|\\bon\\s+"
                    + Pattern.quote(written) + "\\b");
            Matcher where = on.matcher(c.evidence().text());
            if (where.find() && happenedJustBefore(c.evidence().text(), where.start())) {
                if (found != null && !found.day().equals(day)) {
                    return Optional.empty(); // two days in one sentence: which one is the event's is unclear
                }
                found = new Dated(c, written, day);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * True when the words just before "on ..." say the event happened: "collapsed on Monday",
     * "gave way on Tuesday", "struck the town on March 3"; not "inspected the dam on Tuesday".
     */
    private static boolean happenedJustBefore(String text, int at) {
        String[] before = text.substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int k = before.length - 1; k >= Math.max(0, before.length - WORDS_BEFORE); k--) {
            if (Cues.OCCURRENCE.contains(before[k]) || before[k].equals("way") && k > 0 && before[k - 1].equals("gave")) {
                return true;
            }
        }
        return false;
    }

    /** Words before "on <date>" searched for what happened. */
    static final int WORDS_BEFORE = 4;

    private static Contradiction contradiction(Dated a, Dated b) {
        return TwoSides.of("day of the event", ContradictionKind.DATE,
                new Contradiction.Value(a.claim().evidence(), a.written()),
                new Contradiction.Value(b.claim().evidence(), b.written()),
                "Articles give different days for the event: ", " vs ", ". Check the dateline and the time zone of each.");
    }
}
