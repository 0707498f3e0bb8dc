package org.factdiff.claims;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads whether a sentence speaks of another occasion than the incident: a year or a month
 * other than the incident's, "a separate attack", "previously", "not the first time". The
 * figures of such a sentence are kept apart from the incident's.
 */
final class OccasionReader implements SlotReader<OccasionReader.Occasion> {
    /** A year of the 19th to 21st century, as written. */
    static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");

    /**
     * What a sentence says of its occasion.
     *
     * @param context the occasion its figures belong to, as in {@link Quantity#context()}: a
     *                year ("2016"), a month ("9"), both ("2016-09"), {@link Quantity#OTHER_OCCASION}
     *                for "a separate attack", or "" for the incident
     * @param other   true when it speaks of another occasion ({@link Claim#otherOccasion()})
     */
    record Occasion(String context, boolean other) {
    }

    private final Optional<LocalDate> reference;

    /**
     * @param reference the incident's date, when known: without it a sentence that names a year
     *                  is set apart by that year
     */
    OccasionReader(Optional<LocalDate> reference) {
        this.reference = reference;
    }

    @Override
    public Occasion read(TaggedSentence s) {
        return read(s, -1);
    }

    /**
     * As {@link #read(TaggedSentence)}, for the figure at token {@code at}: a year or a month in
     * a clause of its own, with its own verb, dates that clause and not a figure outside it
     * ("after five hours of deliberation, finding him guilty of thefts from 2016 until 2022").
     * A year in the sentence's first clause, or in a phrase without a verb ("nine died, in
     * 2016"), dates the whole sentence. {@code at} &lt; 0 reads the sentence as a whole.
     */
    Occasion read(TaggedSentence s, int at) {
        String context = dateContext(s, at);
        int earlier = yearBefore(s, at);
        if (earlier > 0) {
            // "€97 million in 2023, twice the €48 million it lost a year earlier": the year before the one named.
            context = reference.isPresent() && earlier == reference.get().getYear() ? "" : String.valueOf(earlier);
        } else if (context.isEmpty() && lastYear(s, at, false) || at >= 0 && lastYear(s, at, true)) {
            // "€31 million last year, against €15 million in 2022": the figure's own clause wins.
            // "below the 5.2 metres it reached during last year's flood": the year before the incident's.
            context = reference.map(r -> String.valueOf(r.getYear() - 1)).orElse(Quantity.LAST_YEAR);
        }
        if (context.isEmpty() && (s.folded().stream().anyMatch(Cues.SEPARATE::contains) || thatYear(s))) {
            // "three killed in a separate shooting", "That year's redevelopment cost $14 million": not the incident's figure
            context = Quantity.OTHER_OCCASION;
        }
        boolean other = !context.isEmpty() || recallsAnother(s);
        if (context.isEmpty() && reference.isEmpty()) {
            // No date tells the incident's year: a sentence that names a year keeps its figures
            // with those of sentences that name the same one ("a fire there in 2016 killed nine"),
            // though it is not known to speak of another occasion.
            context = year(s, at);
        }
        return new Occasion(context, other);
    }

    /**
     * True when the clause of token {@code at} speaks of the year before: "last year", "last
     * year's flood", "the previous year", "a year ago", "a year earlier"; with {@code ownClause},
     * only in the clause of the figure itself.
     */
    private static boolean lastYear(TaggedSentence s, int at, boolean ownClause) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.lower(i);
            String next = s.lower(i + 1);
            boolean before = (w.equals("last") || w.equals("previous")) && next.startsWith("year")
                    && !(i + 2 < s.size() && s.lower(i + 2).equals("alone"))
                    || w.equals("year") && (next.equals("ago") || next.equals("earlier")) && i > 0
                    && (s.lower(i - 1).equals("a") || s.lower(i - 1).equals("one"));
            if (before && (ownClause ? sameClause(s, i, at) : dates(s, i, at)) && !baseline(s, i, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year before a year the sentence names, for a figure whose clause says "a year earlier",
     * "the year before" or "the previous year" after it; 0 when it says none or names no year
     * before it. "Last year" counts from the day of writing, not from the year named.
     */
    private static int yearBefore(TaggedSentence s, int at) {
        if (at < 0) {
            return 0;
        }
        int named = 0;
        for (int i = 0; i + 1 < s.size(); i++) {
            if (named == 0 && isYear(s, i)) {
                named = Integer.parseInt(s.lower(i));
            }
            String w = s.lower(i);
            String next = s.lower(i + 1);
            boolean before = w.equals("previous") && next.startsWith("year")
                    || w.equals("year") && i > 0 && (next.equals("earlier") && (s.lower(i - 1).equals("a")
                    || s.lower(i - 1).equals("one")) || next.equals("before") && s.lower(i - 1).equals("the")
                    && (i + 2 >= s.size() || !s.gap(i + 2).isBlank()));
            if (before && named != 0 && sameClause(s, i, at) && !baseline(s, i, at)) {
                return named - 1;
            }
        }
        return 0;
    }

    /** Words that open what a figure is measured against: "rose 3% compared with a year earlier". */
    private static final Set<String> BASELINE_MARKERS = Set.of("compared", "from", "than", "versus", "vs", "over",
            "against");
    /** Tokens before a year-before phrase searched for a word that makes it a baseline. */
    static final int BASELINE_WINDOW = 6;

    /**
     * True when the year-before phrase at token {@code i} is what the figure at {@code at} is
     * measured against: "exports rose 3.2 percent compared with a year earlier" and "up from the
     * same quarter a year ago" tell this year's change, not last year's. A figure after the
     * marker ("up from 25 a year earlier") is last year's; a sentence read as a whole ({@code at}
     * &lt; 0) tells of now.
     */
    private static boolean baseline(TaggedSentence s, int i, int at) {
        for (int k = Math.max(at + 1, i - BASELINE_WINDOW); k < i; k++) {
            if (BASELINE_MARKERS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a year searched for "since": "since records began in 1952" bounds a period, it dates nothing. */
    static final int SINCE_WINDOW = 5;

    /** True when a period runs from the year at token {@code i}: "the hottest since records began in 1952". */
    private static boolean sinceYear(TaggedSentence s, int i) {
        for (int k = Math.max(0, i - SINCE_WINDOW); k < i; k++) {
            if (s.lower(k).equals("since")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a figure comes after the year a period runs from: "the worst since Polderjet
     * failed in 2019, stranding 9,000" and "since 2019, 400 have died" count that year's event
     * or the period, not the incident; "40C, the hottest since 1952" is the incident's.
     * Only a year in the sentence's first clause counts so.
     */
    private static boolean sinceDates(TaggedSentence s, int year, int at) {
        if (at <= year) {
            return false;
        }
        // Only a period the sentence opens with: "Gray Lantern, active since 2022, demanded $2.5
        // million" tells when the group began, not when it made this demand.
        for (int k = year; k > 0; k--) {
            if (clauseBreak(s.gap(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the date word at token {@code i} may date the figure at {@code at}: no period runs from it, or the figure follows it. */
    private static boolean notSince(TaggedSentence s, int i, int at) {
        return !sinceYear(s, i) || sinceDates(s, i, at);
    }

    /** Words between the two years of a span: "between 2017 and 2023", "from 2017 to 2023". */
    private static final java.util.Set<String> SPAN_JOINS = java.util.Set.of("and", "to", "until", "through", "till");

    /**
     * True when the year at token {@code i} begins or ends a span of years that runs up to the
     * incident ("embezzled $2.4 million between 2017 and 2023" in a report of 2024): the span is
     * the time the thing took, not another occasion. Without the incident's date any such span is.
     */
    private static boolean spanToNow(TaggedSentence s, int i, Optional<LocalDate> reference) {
        int end = -1;
        if (i + 2 < s.size() && SPAN_JOINS.contains(s.lower(i + 1)) && isYear(s, i + 2) && i >= 1
                && (s.lower(i - 1).equals("between") || s.lower(i - 1).equals("from"))) {
            end = i + 2;
        } else if (i >= 3 && SPAN_JOINS.contains(s.lower(i - 1)) && isYear(s, i - 2)
                && (s.lower(i - 3).equals("between") || s.lower(i - 3).equals("from"))) {
            end = i;
        }
        if (end < 0) {
            return false;
        }
        int last = Integer.parseInt(s.lower(end));
        return reference.map(r -> last >= r.getYear() - 1).orElse(true);
    }

    /** The first year the sentence names, or "": not one a period runs from ("the hottest since 1952"). */
    private static String year(TaggedSentence s, int at) {
        for (int i = 0; i < s.size(); i++) {
            if (isYear(s, i) && notSince(s, i, at) && dates(s, i, at) && !spanToNow(s, i, Optional.empty())) {
                return s.lower(i);
            }
        }
        return "";
    }

    /**
     * True when the word at {@code i} qualifies the adjective after it, not the sentence's
     * occasion: "a previously unknown comet", "a formerly secret site".
     */
    private static boolean describes(TaggedSentence s, int i) {
        return i + 1 < s.size() && s.gap(i + 1).isBlank()
                && ("ADJ".equals(s.tag(i + 1)) || s.lower(i + 1).startsWith("un") && s.lower(i + 1).length() > 4);
    }

    /** Forms of "open" that "again" after them makes a reopening: "the doors would open again". */
    private static final Set<String> OPENS = Set.of("open", "opens", "opened", "opening");

    /**
     * True for "again" right after a form of "open": the reopening is the news, not a second
     * time recalled ("will open again on Thursday" is "will reopen on Thursday").
     */
    private static boolean reopens(TaggedSentence s, int i) {
        return s.lower(i).equals("again") && i >= 1 && OPENS.contains(s.lower(i - 1));
    }

    /** True for "that year" or "that year's": the year named before, not the incident's. */
    private static boolean thatYear(TaggedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("that") && (s.lower(i + 1).equals("year") || s.lower(i + 1).equals("year's"))) {
                return true;
            }
        }
        return false;
    }

    /** "previously", "again", "not the first time", "that year": the sentence recalls another occasion. */
    private static boolean recallsAnother(TaggedSentence s) {
        if (thatYear(s)) {
            return true;
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (Cues.OTHER_OCCASION.contains(w) && !describes(s, i) && !reopens(s, i) || Cues.SEPARATE.contains(w)
                    || (w.equals("first") || w.equals("last")) && i + 1 < s.size() && s.lower(i + 1).equals("time")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date the sentence speaks of, when it names one far from the incident: a year or a
     * month other than the incident's. "" when it names none or the incident's own.
     */
    private String dateContext(TaggedSentence s, int at) {
        if (reference.isEmpty()) {
            return "";
        }
        LocalDate ref = reference.get();
        int year = 0;
        int month = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (isYear(s, i) && year == 0 && notSince(s, i, at) && dates(s, i, at) && !spanToNow(s, i, reference)
                    && !likenedTo(s, i) && !(at < 0 && lateAttributive(s, i))) {
                year = Integer.parseInt(w);
            }
            if (isMonth(s, i) && month == 0 && notSince(s, i, at) && dates(s, i, at) && !setAhead(s, i)) {
                // "38 cases since January": the count runs up to now, the month does not date it.
                month = month(w);
            }
        }
        boolean otherYear = year != 0 && year != ref.getYear();
        // A month next to the incident's (December before January) may be the same story.
        boolean otherMonth = month != 0 && month != ref.getMonthValue() && Math.abs(month - ref.getMonthValue()) % 11 != 0;
        if (otherYear && month != 0) {
            return String.format(Locale.ROOT, "%d-%02d", year, month); // "September 2016"
        }
        if (otherYear) {
            return String.valueOf(year);
        }
        return otherMonth && year == 0 ? String.valueOf(month) : otherMonth ? String.format(Locale.ROOT, "%d-%02d", year,
                month) : "";
    }

    /** Words before a date that set something for it: "delayed the decision until Nov. 6". */
    private static final Set<String> UNTIL = Set.of("until", "till", "pending");
    /** Nouns after a date that make it a meeting's, set ahead: "at its Nov. 6 meeting". */
    private static final Set<String> MEETINGS = Set.of("meeting", "session", "sitting", "hearing");
    /** Tokens on each side of a month searched for {@link #UNTIL} and {@link #MEETINGS}. */
    static final int SET_AHEAD_WINDOW = 3;

    /**
     * True when the month at token {@code i} is a day something was put off to, not the figure's
     * time: "the board voted 7-2 to delay the decision until its Nov. 6 meeting".
     */
    private static boolean setAhead(TaggedSentence s, int i) {
        for (int k = Math.max(0, i - SET_AHEAD_WINDOW); k < i; k++) {
            if (UNTIL.contains(s.lower(k))) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(s.size(), i + SET_AHEAD_WINDOW + 1); k++) {
            if (MEETINGS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the year at token {@code i} is another occasion the sentence likens its own to,
     * in a closing clause: "he would ride out the flood upstairs, as he had in 1997", "worse than
     * in 2011". The sentence tells of the incident.
     */
    private static boolean likenedTo(TaggedSentence s, int i) {
        int from = i;
        while (from > 0 && !clauseBreak(s.gap(from))) {
            from--;
        }
        return from > 0 && i >= 1 && s.lower(i - 1).equals("in") && LIKENING.contains(s.lower(from))
                && i - from <= LIKENING_WORDS;
    }

    /** Words that open a clause likening the occasion to another. */
    private static final Set<String> LIKENING = Set.of("as", "like", "unlike", "than");
    /** Most words from the likening word to the year: "as he had done in 1997". */
    private static final int LIKENING_WORDS = 5;

    /** True when the date word at token {@code i} dates the figure at token {@code at} (any, when negative). */
    private static boolean dates(TaggedSentence s, int i, int at) {
        if (at < 0) {
            return true;
        }
        int from = i;
        while (from > 0 && !clauseBreak(s.gap(from))) {
            from--;
        }
        int to = i + 1;
        while (to < s.size() && !clauseBreak(s.gap(to))) {
            to++;
        }
        if (from > 0 && attributive(s, i)) {
            // "..., above the 1997 record of 30.1 feet": the year names the record, not the clause;
            // it dates only the figure after it that the record is.
            return at > i && at < to;
        }
        if (from == 0 || at >= from && at < to) {
            return true;
        }
        if (i == to - 1 && to < s.size() && s.lower(to).equals("when") && at > to && sameClause(s, to, at)) {
            return true; // "an incident in 2019, when 11 people were treated": the year the "when" clause tells of
        }
        for (int k = from; k < to; k++) {
            if ("VERB".equals(s.tag(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the year at token {@code i} stands before a noun as a name of it: "the 1997 record", "its 2011 flood". */
    private static boolean attributive(TaggedSentence s, int i) {
        return i >= 1 && i + 1 < s.size() && YEAR_DETERMINERS.contains(s.lower(i - 1)) && s.gap(i + 1).isBlank()
                && "NOUN".equals(s.tag(i + 1));
    }

    /** True for such a year in a clause after the first: "the river crested at 31.4 feet, above the 1997 record". */
    private static boolean lateAttributive(TaggedSentence s, int i) {
        int from = i;
        while (from > 0 && !clauseBreak(s.gap(from))) {
            from--;
        }
        return from > 0 && attributive(s, i);
    }

    private static final Set<String> YEAR_DETERMINERS = Set.of("the", "a", "its", "their", "his", "her", "this");

    /** True when tokens {@code i} and {@code at} are in one clause, between the same breaks. */
    private static boolean sameClause(TaggedSentence s, int i, int at) {
        for (int k = Math.min(i, at) + 1; k <= Math.max(i, at); k++) {
            if (clauseBreak(s.gap(k))) {
                return false;
            }
        }
        return true;
    }

    /** True for the gap between two clauses: a comma, a semicolon, a dash, a bracket. */
    private static boolean clauseBreak(String gap) {
        return gap.contains(",") || gap.contains(";") || gap.contains("\u2014") || gap.contains("(")
                || gap.contains(")") || gap.strip().equals("-") && gap.length() > 1;
    }

    /** True when token i names a year: "in 2016", "the 2016 strike", not "2016 votes". */
    static boolean isYear(TaggedSentence s, int i) {
        // "in 1952, forecasters said": a comma ends the year's phrase, whatever noun follows.
        return YEAR.matcher(s.lower(i)).matches() && (i + 1 >= s.size() || !"NOUN".equals(s.tag(i + 1))
                || !s.gap(i + 1).isBlank() || i >= 1 && Cues.YEAR_DETERMINERS.contains(s.lower(i - 1)));
    }

    /** True when token i names a month: capitalised, and "May" not as an auxiliary. */
    static boolean isMonth(TaggedSentence s, int i) {
        String w = s.lower(i);
        return Cues.MONTHS.contains(w) && s.isCapitalized(i) && !(w.equals("may") && "AUX".equals(s.tag(i)));
    }

    /** The number of a month named by {@code w}, one of {@link Cues#MONTHS}. */
    static int month(String w) {
        return Cues.MONTH_NUMBERS.getOrDefault(w, 0);
    }
}
