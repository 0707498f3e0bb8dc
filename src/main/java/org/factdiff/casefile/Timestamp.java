package org.factdiff.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as far as it is known: always a date, optionally a time of day, and
 * optionally that time's UTC offset. Written and read as ISO 8601 ({@code 2017-05-18},
 * {@code 2017-05-18T19:27Z}, {@code 2017-05-18T21:27+02:00}).
 *
 * <p>A time without an offset ({@code 2017-05-18T21:27}) is a <em>local time</em>: the clock of
 * some place we do not know, anywhere from UTC-12 to UTC+14. It is kept and shown as such
 * ({@link #label()}), and never read as UTC: for ordering and placing it counts only by its
 * date, like a bare date.
 */
public record Timestamp(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset)
        implements Comparable<Timestamp> {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /**
     * A total order: by UTC date (the written date when no offset is known), then by UTC time
     * of day (a bare date and a local time count as the start of their day, since where a
     * local time falls in UTC is unknown), then by written form.
     */
    private static final Comparator<Timestamp> ORDER = Comparator
            .comparing(Timestamp::utcDate)
            .thenComparing(Timestamp::utcTime)
            .thenComparing(Timestamp::toString);

    public Timestamp {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(offset, "offset");
        if (time.isEmpty() && offset.isPresent()) {
            throw new IllegalArgumentException("an offset needs a time: " + date + offset.get());
        }
        time = time.map(t -> t.withNano(0));
    }

    public static Timestamp ofDate(LocalDate date) {
        return new Timestamp(date, Optional.empty(), Optional.empty());
    }

    /**
     * Parses the forms above (a space may stand for {@code T}; seconds and fractions are
     * optional, fractions are dropped).
     *
     * @throws DateTimeException with a message fit for the user when the text is no such date
     */
    public static Timestamp parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeException("'" + text + "' is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[Z|+HH:MM])");
        }
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) {
            return ofDate(date);
        }
        LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
        String zone = m.group(7);
        Optional<ZoneOffset> offset = Optional.empty();
        if (zone != null) {
            String z = zone.toUpperCase(Locale.ROOT);
            if (z.length() == 3) {
                z = z + ":00";
            } else if (z.length() == 5) {
                z = z.substring(0, 3) + ":" + z.substring(3);
            }
            offset = Optional.of(ZoneOffset.of(z));
        }
        return new Timestamp(date, Optional.of(time), offset);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The date in UTC when the offset is known, else the date as written. */
    public LocalDate utcDate() {
        if (time.isPresent() && offset.isPresent()) {
            return date.atTime(time.get()).atOffset(offset.get()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return date;
    }

    /** True for a time of day without an offset: a clock reading of an unknown place. */
    public boolean localTime() {
        return time.isPresent() && offset.isEmpty();
    }

    /** True when both carry an offset-qualified time, so that their instants compare. */
    public boolean comparableInstant(Timestamp other) {
        return offset.isPresent() && other.offset.isPresent();
    }

    /**
     * Seconds since the epoch of the instant, when the offset is known; for a bare date or a
     * local time, the start of its date in UTC (never the local clock read as UTC).
     */
    public long epochSecond() {
        if (offset.isEmpty()) {
            return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        return date.atTime(time.orElseThrow()).toEpochSecond(offset.get());
    }

    private LocalTime utcTime() {
        if (offset.isEmpty()) {
            return LocalTime.MIN;
        }
        return date.atTime(time.orElseThrow()).atOffset(offset.get()).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
    }

    /** How a reader sees it: the ISO form, and "local time" after a time without an offset. */
    public String label() {
        return localTime() ? toString() + " local time" : toString();
    }

    @Override
    public int compareTo(Timestamp other) {
        return ORDER.compare(this, other);
    }

    /** ISO 8601, seconds only when not zero, {@code Z} for UTC. */
    @Override
    public String toString() {
        if (time.isEmpty()) {
            return date.toString();
        }
        LocalTime t = time.get();
        String clock = t.getSecond() == 0
                ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        return date + "T" + clock + offset.map(ZoneOffset::getId).orElse("");
    }
}
