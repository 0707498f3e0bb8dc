package org.factdiff.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.casefile.Timestamp;

/**
 * Metadata a plain text states at its top: a headline (a short first line without a final
 * stop), a dateline (a line that is only a date, as pages print them: "Thu, 18 May 2017
 * 19:27 UTC", "May 20, 2013", "2024-10-22") and a byline ("By Jane Doe"). Nothing else is
 * guessed.
 */
final class TextMetadata {
    /** Lines at the top looked at for a dateline or byline. */
    static final int TOP_LINES = 5;
    /** A headline has at most this many words. */
    static final int HEADLINE_WORDS = 20;

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String CLOCK = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?"
            + "(?:\\s*(utc|gmt|z))?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)^" + WEEKDAY + "(\\d{1,2})\\s+(" + MONTHS
            + ")\\.?\\s+(\\d{4})" + CLOCK + "\\s*$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)^" + WEEKDAY + "(" + MONTHS
            + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + CLOCK + "\\s*$");
    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){0,3}"
            + "(?:\\s+(?i:and)\\s+\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){0,3})?)\\s*(?:[,|–—-].*)?$");
    /** A photo credit: "© Reuters", "Photo: AP", ".../Handout", "Getty Images". */
    private static final Pattern CREDIT = Pattern.compile("\u00A9|\\(c\\)|(?i)^\\s*(photo|image|picture|credit)s?\\s*:"
            + "|(?i)/\\s*handout|(?i)getty images");
    private static final List<String> MONTH_NAMES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private TextMetadata() {
    }

    static Metadata fromTop(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(TOP_LINES).toList();
        if (lines.isEmpty()) {
            return Metadata.NONE;
        }
        Field<String> title = Field.unknown();
        String first = lines.get(0).strip();
        if (lines.size() > 1 && isHeadline(first) && !CREDIT.matcher(lines.get(1)).find()) {
            // A line followed by a photo credit is the photo's caption, not the headline.
            title = Field.of(Optional.of(first), "first line of the text");
        }
        Field<Timestamp> published = Field.unknown();
        Field<String> author = Field.unknown();
        for (String line : lines) {
            String l = line.strip();
            if (published.value().isEmpty()) {
                published = Field.of(dateline(l), "dateline in the text");
            }
            if (author.value().isEmpty()) {
                Matcher m = BYLINE.matcher(l);
                if (m.matches()) {
                    author = Field.of(Optional.of(m.group(1)), "byline in the text");
                }
            }
        }
        return new Metadata(title, author, Field.unknown(), published, Field.unknown());
    }

    private static boolean isHeadline(String line) {
        if (line.isEmpty() || ".!?:;,".indexOf(line.charAt(line.length() - 1)) >= 0 || line.startsWith("\u00A9")) {
            return false;
        }
        int words = org.factdiff.base.Words.count(line);
        return words >= 2 && words <= HEADLINE_WORDS && Character.isUpperCase(line.codePointAt(0))
                && dateline(line).isEmpty() && !BYLINE.matcher(line).matches();
    }

    /** The line as a timestamp when it is nothing but a date (and maybe a time). */
    static Optional<Timestamp> dateline(String line) {
        try {
            if (ISO.matcher(line).matches()) {
                return Optional.of(Timestamp.parse(line));
            }
            Matcher m = DAY_MONTH_YEAR.matcher(line);
            if (m.matches()) {
                return Optional.of(build(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m, 4));
            }
            m = MONTH_DAY_YEAR.matcher(line);
            if (m.matches()) {
                return Optional.of(build(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m, 4));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31 February 2020": not a date after all
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTH_NAMES.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    }

    private static Timestamp build(int year, int month, int day, Matcher m, int clock) {
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(clock) == null) {
            return Timestamp.ofDate(date);
        }
        int hour = Integer.parseInt(m.group(clock));
        int minute = Integer.parseInt(m.group(clock + 1));
        String half = m.group(clock + 2);
        if (half != null) {
            hour = hour % 12 + (half.toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
        }
        Optional<ZoneOffset> zone = m.group(clock + 3) == null ? Optional.empty() : Optional.of(ZoneOffset.UTC);
        return new Timestamp(date, Optional.of(LocalTime.of(hour, minute)), zone);
    }
}
