package org.factdiff.claims;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the clock times and dates a sentence names, as written ("9:30 p.m.", "May",
 * "Sept. 3"), with the date they stand for where the article's publication date or the
 * incident's tells it: "Sept. 3 (2013-09-03)", "Monday (2024-04-29)", "last week (week of ...)".
 */
final class DateReader implements SlotReader<List<String>> {
    private final Optional<LocalDate> published;
    private final Optional<LocalDate> reference;

    /**
     * @param published the article's publication date, against which weekdays and "last week"
     *                  are resolved
     * @param reference the incident's date, whose year a day without one takes when the
     *                  publication date is unknown
     */
    DateReader(Optional<LocalDate> published, Optional<LocalDate> reference) {
        this.published = published;
        this.reference = reference;
    }

    @Override
    public List<String> read(TaggedSentence s) {
        List<String> out = new ArrayList<>();
        Matcher m = QuantityReader.CLOCK.matcher(s.text());
        while (m.find()) {
            out.add(m.group().strip());
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (OccasionReader.isMonth(s, i)) {
                // "September 17", "Sept. 3rd"; or the day first: "17 September", "the 17th of September".
                boolean dayAfter = i + 1 < s.size() && DAY.matcher(s.lower(i + 1)).matches();
                int dayBefore = dayAfter ? -1 : dayBefore(s, i);
                if (!dayAfter && dayBefore < 0) {
                    out.add(s.word(i));
                    continue;
                }
                // The day as written and as a date, the year from the text, else the
                // publication's, else the incident's.
                int d = dayAfter ? day(s, i + 1) : day(s, dayBefore);
                int yearAt = dayAfter ? i + 2 : i + 1;
                boolean withYear = yearAt < s.size() && OccasionReader.YEAR.matcher(s.lower(yearAt)).matches()
                        && s.gap(yearAt).matches(",?\\s*");
                Optional<Integer> year = withYear ? Optional.of(Integer.parseInt(s.lower(yearAt)))
                        : published.or(() -> reference).map(LocalDate::getYear);
                int from = dayAfter ? i : dayBefore;
                String written = s.span(from, withYear ? yearAt : dayAfter ? i + 1 : i);
                Optional<LocalDate> date = year.flatMap(y -> date(y, OccasionReader.month(w), d));
                out.add(date.map(x -> written + " (" + x + ")").orElse(written));
                i = withYear ? yearAt : dayAfter ? i + 1 : i;
            } else if (Cues.WEEKDAYS.contains(w) && s.isCapitalized(i)) {
                String day = s.word(i).replaceAll("['\u2019]s?$", ""); // "Saturday's crush" is Saturday's
                out.add(published.map(p -> day + " (" + weekdayBefore(p, w) + ")").orElse(day));
            } else if (w.equals("last") && i + 1 < s.size() && s.lower(i + 1).equals("week")) {
                out.add(published.map(p -> "last week (week of " + p.minusWeeks(1)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + ")")
                        .orElse("last week"));
            }
        }
        return out;
    }

    private static final int LAST_DAY = 31;

    /** A day of the month: "3", "3rd", "17th". */
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

    /**
     * The first token of the day written before the month at {@code month} ("17 September", "the
     * 17th of September", "the nineteenth of September", "the twenty-first of May"), or -1.
     */
    private static int dayBefore(TaggedSentence s, int month) {
        int k = month - 1;
        if (k < 1 || !s.lower(k).equals("of")) {
            return k >= 0 && DAY.matcher(s.lower(k)).matches() && s.gap(month).isBlank() ? k : -1;
        }
        k--;
        if (s.lower(k).matches("\\d{1,2}(?:st|nd|rd|th)")) {
            return k;
        }
        // In words a day needs "the" and a month that owns nothing: "a fifth of August's
        // tickets" is a share.
        int from = tens(s, k) > 0 ? k - 1 : k;
        boolean owned = s.word(month).matches(".*['\\u2019]s?");
        return Cues.ORDINAL_WORDS.containsKey(s.lower(k)) && from >= 1 && s.lower(from - 1).equals("the") && !owned
                && day(s, from) <= LAST_DAY ? from : -1;
    }

    /** The tens before an ordinal word at {@code k}, joined by a hyphen ("twenty-first"), else 0. */
    private static int tens(TaggedSentence s, int k) {
        if (k < 1 || !s.gap(k).equals("-")) {
            return 0;
        }
        int t = Cues.NUMBER_WORDS.getOrDefault(s.lower(k - 1), 0);
        return t == TWENTY || t == THIRTY ? t : 0;
    }

    /** The day of the month whose first token is {@code from}: "17", "17th", "nineteenth", "twenty-first". */
    private static int day(TaggedSentence s, int from) {
        Matcher dm = DAY.matcher(s.lower(from));
        if (dm.matches()) {
            return Integer.parseInt(dm.group(1));
        }
        Integer unit = Cues.ORDINAL_WORDS.get(s.lower(from));
        if (unit != null) {
            return unit;
        }
        return Cues.NUMBER_WORDS.getOrDefault(s.lower(from), 0) + Cues.ORDINAL_WORDS.getOrDefault(s.lower(from + 1), 0);
    }

    private static final int TWENTY = 20;
    private static final int THIRTY = 30;

    /** The date of the weekday named in an article published on {@code published}: that day or the last before it. */
    private static LocalDate weekdayBefore(LocalDate published, String weekday) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return month > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30"
        }
    }
}
