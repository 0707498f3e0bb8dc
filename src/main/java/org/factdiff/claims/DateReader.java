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
                boolean day = i + 1 < s.size() && Numbers.at(s, i + 1) != null && s.lower(i + 1).matches("\\d{1,2}");
                if (!day) {
                    out.add(s.word(i));
                    continue;
                }
                // "September 17, 2016", "Sept. 3": the day as written and as a date, the
                // year from the text, else the publication's, else the incident's.
                int d = Integer.parseInt(s.lower(i + 1));
                boolean withYear = i + 2 < s.size() && OccasionReader.YEAR.matcher(s.lower(i + 2)).matches()
                        && s.gap(i + 2).matches(",?\\s*");
                Optional<Integer> year = withYear ? Optional.of(Integer.parseInt(s.lower(i + 2)))
                        : published.or(() -> reference).map(LocalDate::getYear);
                String written = s.span(i, withYear ? i + 2 : i + 1);
                Optional<LocalDate> date = year.flatMap(y -> date(y, OccasionReader.month(w), d));
                out.add(date.map(x -> written + " (" + x + ")").orElse(written));
                i += withYear ? 2 : 1;
            } else if (Cues.WEEKDAYS.contains(w) && s.isCapitalized(i)) {
                String day = s.word(i);
                out.add(published.map(p -> day + " (" + weekdayBefore(p, w) + ")").orElse(day));
            } else if (w.equals("last") && i + 1 < s.size() && s.lower(i + 1).equals("week")) {
                out.add(published.map(p -> "last week (week of " + p.minusWeeks(1)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + ")")
                        .orElse("last week"));
            }
        }
        return out;
    }

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
