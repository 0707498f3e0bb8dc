package org.factdiff.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure and money a figure may be given in, each with the unit it is compared in,
 * so that "10 miles" and "16 kilometres", "90 minutes" and "an hour and a half" ("1.5 hours"),
 * "1.2 tonnes" and "1,200 kg" state the same measure (the list: {@code units.txt}). Figures
 * converted between systems keep two significant digits: the source figure ("about 25 miles")
 * is no more precise than that.
 */
final class Units {
    /** A unit as written, what it is compared in, and how. */
    record Unit(String compared, double factor, boolean approximate) {
        /** The figure {@code v} of this unit in the compared unit. */
        double convert(double v) {
            double x = compared.equals(FAHRENHEIT) ? Math.rint((v - 32) * 5 / 9) : v * factor;
            return approximate ? twoDigits(x) : x;
        }

        /** The unit figures are compared in, once converted. */
        String thing() {
            return compared.equals(FAHRENHEIT) ? CELSIUS : compared;
        }

        /** True when the compared figure differs from the written one. */
        boolean converts() {
            return factor != 1 || compared.equals(FAHRENHEIT);
        }
    }

    /** What a unit and a figure of money are compared in: "money $", "percent", "kilometres". */
    static final String PERCENT = "percent";
    static final String MONEY = "money ";
    static final String CELSIUS = "celsius";
    private static final String FAHRENHEIT = "fahrenheit";
    /** Lengths are compared in this unit. */
    static final String LENGTH = "kilometres";
    /** Volumes are compared in litres. */
    static final String VOLUME = "litres";
    /** Durations are compared in minutes (up to weeks) or in months (months and years). */
    static final String DURATION_MINUTES = "minutes";
    static final String DURATION_MONTHS = "months";

    /** Units by their written form, lower case. */
    private static final Map<String, Unit> UNITS = load("units.txt");
    /** Longest written unit, in words. */
    private static final int MAX_WORDS = 3;
    /** Units of one letter, read only when joined to the number ("10m", "35C") or after a degree sign. */
    private static final Set<String> LETTERS = Set.of("m", "g", "c", "f");
    /** Suffixes of an amount of money: "£2.5m", "$4bn", "€300k". */
    private static final Map<String, Double> MONEY_SUFFIXES = Map.of("m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9,
            "k", 1e3, "tn", 1e12);
    /** Currency signs (any of Unicode's: "$", "₱", "₦"), and the prefixes of a dollar's country ("US$", "A$", "HK$"). */
    private static final Pattern CURRENCY = Pattern.compile("(\\p{Sc})\\s*$");
    private static final Pattern DOLLAR_COUNTRY = Pattern.compile("[A-Z]{1,2}");
    /** A number joined to what follows it in one token: "10km", "35C", "2.5m". */
    private static final Pattern JOINED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([\\p{L}°²/%]+)");

    private Units() {
    }

    /**
     * A unit read after a number.
     *
     * @param unit    the unit
     * @param last    the index of the unit's last token (the number's own when joined to it)
     * @param end     the end offset of the unit's text in the article
     */
    record Reading(Unit unit, int last, int end) {
    }

    /**
     * The unit after the number whose last token is {@code last}: joined to it ("10km"), after
     * a degree sign ("35 °C"), a percent sign ("38%"), a hyphen ("a 90-minute standoff") or a
     * space, in up to three words ("square miles", "miles an hour"). Null when none follows.
     */
    static Reading after(TaggedSentence s, int last) {
        String text = s.cleanText();
        int numberEnd = s.token(last).end();
        Matcher joined = JOINED.matcher(s.word(last));
        if (joined.matches()) {
            // "10km", "35C": the unit is in the number's own token.
            Unit u = UNITS.get(joined.group(2).toLowerCase(Locale.ROOT));
            return u == null ? null : new Reading(u, last, numberEnd);
        }
        int sign = numberEnd;
        while (sign < text.length() && sign < s.end() && text.charAt(sign) == ' ') {
            sign++;
        }
        if (sign < s.end() && text.charAt(sign) == '%') {
            return new Reading(UNITS.get("%"), last, sign + 1);
        }
        Reading best = null;
        for (int k = last + 1; k < s.size() && k <= last + MAX_WORDS; k++) {
            String gap = s.gap(k);
            if (k == last + 1 ? !FIRST_GAP.matcher(gap).matches() : !gap.equals(" ") && !gap.equals("/")) {
                break;
            }
            String written = text.substring(s.token(last + 1).start(), s.token(k).end()).toLowerCase(Locale.ROOT);
            boolean degree = gap.contains("°");
            String key = degree ? "°" + written : written;
            if (LETTERS.contains(written) && !(degree || gap.isEmpty())) {
                continue;
            }
            Unit u = UNITS.get(key);
            if (u != null) {
                best = new Reading(u, k, s.token(k).end());
            }
        }
        if (best != null && best.last() + 1 < s.size() && s.gap(best.last() + 1).equals("-")
                && NOT_A_SPAN.contains(s.lower(best.last() + 1))) {
            return null; // "3,400 year-round residents": a word of time made an adjective, no span
        }
        if (best != null && best.last() == last + 1 && s.lower(last + 1).startsWith("pound") && isMoney(s, last)) {
            return new Reading(UNITS.get("pounds sterling"), best.last(), best.end());
        }
        return best;
    }

    /** Words joined after a unit of time that make it an adjective: "year-round", "day-to-day". */
    private static final java.util.Set<String> NOT_A_SPAN = java.util.Set.of("round", "to");

    /** Words that make "pounds" a currency shortly before the figure ({@code money-words.txt}). */
    private static final Set<String> MONEY_WORDS = Cues.set("money-words.txt");
    /** How many words before a figure a money word is looked for. */
    private static final int MONEY_WINDOW = 5;

    /** True when "pounds" after the number ending at {@code last} is money: a money word before it and no "of" after. */
    private static boolean isMoney(TaggedSentence s, int last) {
        if (last + 2 < s.size() && s.lower(last + 2).equals("of")) {
            return false;
        }
        return moneyBefore(s, last);
    }

    /** What may stand between a number and its unit: nothing, a space, a hyphen, a degree sign. */
    private static final Pattern FIRST_GAP = Pattern.compile(" ?-?|\\s?°|-");

    /**
     * The currency of an amount whose number is token {@code i}, from the sign before it ("$",
     * "£", "€", and "US$", "A$"), or null.
     *
     * @return the currency as written and the offset the amount's text starts at, or null
     */
    static Map.Entry<String, Integer> currencyBefore(TaggedSentence s, int i) {
        Prefixed joined = prefixed(s, i);
        if (joined != null) {
            return Map.entry(joined.currency(), s.token(i).start()); // "R5 million"
        }
        String gap = s.gap(i);
        String code = s.word(i - Math.min(i, 1));
        if (i >= 1 && code.length() > 1 && Character.isUpperCase(code.charAt(0)) && CODE_GAP.matcher(gap).matches()
                && PREFIXES.containsKey(code.toLowerCase(Locale.ROOT))) {
            return Map.entry(PREFIXES.get(code.toLowerCase(Locale.ROOT)), s.token(i - 1).start()); // "Rs 2 lakh"
        }
        Matcher m = CURRENCY.matcher(gap);
        if (!m.find()) {
            return null;
        }
        int start = s.token(i).start() - (gap.length() - m.start());
        String sign = m.group(1);
        if (sign.equals("$") && m.start() == 0 && i >= 1 && DOLLAR_COUNTRY.matcher(s.word(i - 1)).matches()) {
            return Map.entry(s.word(i - 1) + sign, s.token(i - 1).start()); // "US$2m"
        }
        return Map.entry(sign, start);
    }

    /** Letters written before an amount of money, capitalised, and their currency ({@code currency-prefixes.txt}). */
    private static final Map<String, String> PREFIXES = org.factdiff.base.WordLists.map(Units.class,
            "currency-prefixes.txt");
    /** A number joined after a currency's letters: "R5", "R2.4bn", "Rs.2", "KSh40". */
    private static final Pattern PREFIXED = Pattern.compile("(\\p{Lu}\\p{L}{0,2})\\.?(\\d+(?:\\.\\d+)?)(m|mn|bn|b|k|tn)?");
    /** What stands between a currency's code and its number when they are written apart: "Rs 2", "Rs. 2". */
    private static final Pattern CODE_GAP = Pattern.compile("\\.? ?");
    /** Thousands written after a comma: the "000" of "R500,000", read as a token of its own. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{3}");

    /**
     * An amount of money whose number is joined to its currency's letters.
     *
     * @param currency the currency, as {@code currency-prefixes.txt} names it
     * @param value    the amount, with its suffix ("bn") and grouped thousands read
     * @param last     the index of the amount's last token
     */
    record Prefixed(String currency, double value, int last) {
    }

    /**
     * The amount at token {@code i} when it is a number joined to a currency's letters ("R5
     * million", "R500,000", "Rs.2 lakh"), or null. A single letter ("R", "N") names a currency
     * only when the figure is plainly an amount: a suffix, decimals, grouped thousands, a
     * multiplier after it or a word of money before it ("R102" may be a road).
     */
    static Prefixed prefixed(TaggedSentence s, int i) {
        Matcher m = PREFIXED.matcher(s.word(i));
        if (!m.matches() || !PREFIXES.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        double value = Double.parseDouble(m.group(2));
        if (m.group(3) != null) {
            value *= MONEY_SUFFIXES.get(m.group(3));
        }
        int last = i;
        boolean grouped = false;
        while (m.group(3) == null && last + 1 < s.size() && s.gap(last + 1).equals(",")
                && THOUSANDS.matcher(s.word(last + 1)).matches()) {
            value = value * 1000 + Double.parseDouble(s.word(last + 1));
            last++;
            grouped = true;
        }
        boolean plain = m.group(3) != null || m.group(2).contains(".") || grouped
                || last + 1 < s.size() && Cues.MULTIPLIERS.containsKey(s.lower(last + 1)) || moneyBefore(s, i);
        return m.group(1).length() > 1 || plain ? new Prefixed(PREFIXES.get(m.group(1).toLowerCase(Locale.ROOT)), value, last)
                : null;
    }

    /** True when a word of money ({@code money-words.txt}) stands shortly before token {@code i}. */
    private static boolean moneyBefore(TaggedSentence s, int i) {
        for (int k = Math.max(0, i - MONEY_WINDOW); k < i; k++) {
            if (MONEY_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The multiplier of an amount's suffix, joined to its number ("2.5m", "4bn") or the token
     * after it ("2.5 m" written "2.5m" and split), as {multiplier, last token}; null when none.
     */
    static double[] moneySuffix(TaggedSentence s, int last) {
        Matcher joined = JOINED.matcher(s.word(last));
        if (joined.matches()) {
            Double f = MONEY_SUFFIXES.get(joined.group(2).toLowerCase(Locale.ROOT));
            return f == null ? null : new double[] {f, last};
        }
        if (last + 1 < s.size() && s.gap(last + 1).isEmpty()) {
            Double f = MONEY_SUFFIXES.get(s.lower(last + 1));
            return f == null ? null : new double[] {f, last + 1};
        }
        return null;
    }

    /** The number at the start of a token joined to a unit ("10km" is 10), or NaN. */
    static double joinedNumber(String word) {
        Matcher joined = JOINED.matcher(word);
        if (!joined.matches() || ORDINAL.matcher(word).matches()) {
            return Double.NaN;
        }
        String suffix = joined.group(2).toLowerCase(Locale.ROOT);
        if (!UNITS.containsKey(suffix) && !MONEY_SUFFIXES.containsKey(suffix)) {
            return Double.NaN;
        }
        return Double.parseDouble(joined.group(1).replace(",", ""));
    }

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\d+(?:st|nd|rd|th)");

    /**
     * The unit written at the end of a figure's words ("15 km", "9.3 miles", "a 90-minute"), or
     * null: how its value was read.
     */
    static Unit ofEvidence(String evidence) {
        String written = writtenUnit(evidence);
        return written == null ? null : UNITS.get(written);
    }

    /** The unit as written at the end of a figure's words, as units.txt names it, or null. */
    static String writtenUnit(String evidence) {
        String e = evidence.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = LAST_NUMBER.matcher(e);
        if (m.find()) {
            // "15 km", "9.3 miles", "a 90-minute", "35 °c": what follows the last digit.
            String written = m.group(1).strip().replaceFirst("^-\\s*", "");
            written = written.startsWith("° ") ? "°" + written.substring(2) : written;
            return UNITS.containsKey(written) ? written : null;
        }
        // "six hours", "a six-hour": the last words, without the number joined by a hyphen.
        String[] words = e.split(" ");
        for (int k = Math.min(MAX_WORDS, words.length); k >= 1; k--) {
            String written = String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length))
                    .replaceFirst("^[^ ]*-", "");
            if (UNITS.containsKey(written)) {
                return written;
            }
        }
        return null;
    }

    private static final Pattern LAST_NUMBER = Pattern.compile("\\d(?!.*\\d)(.*)$");

    /** True when the figure's words are in a unit whose value was converted to the compared one. */
    static boolean isConverted(String thing, String evidence) {
        Unit u = ofEvidence(evidence);
        return u != null && u.converts() && thing.startsWith(u.thing());
    }

    /** True when the figure was converted between systems of units and may be off by its rounding. */
    static boolean isApproximate(String thing, String evidence) {
        Unit u = ofEvidence(evidence);
        return u != null && u.approximate() && thing.startsWith(u.thing());
    }

    /** True for a unit of time as written ("hours", "days"), as {@code units.txt} lists it. */
    static boolean isDuration(String written) {
        Unit u = UNITS.get(written);
        return u != null && (u.compared().equals("minutes") || u.compared().equals("months"));
    }

    /** True for a word that makes a number a share: "percent", "cent" of "per cent", "pc". */
    static boolean isPercent(String written) {
        Unit u = UNITS.get(written);
        return u != null && u.compared().equals(PERCENT) || written.equals("cent");
    }

    /** True for a word that makes a number a length: "metres", "ft". */
    static boolean isLengthUnit(String written) {
        Unit u = UNITS.get(written);
        return u != null && u.compared().equals(LENGTH);
    }

    /** True for a length (what a distance from a place is measured in). */
    static boolean isLength(String thing) {
        return thing.equals(LENGTH) || thing.startsWith(LENGTH + " ");
    }

    /** What a figure in the compared unit measures, for the reader: "temperature", "amount in $"; null for lengths and speeds, said by their unit. */
    static String label(String thing) {
        String unit = thing.split(" ")[0];
        return switch (unit) {
            case PERCENT -> "percentage";
            case "percentage" -> "percentage points";
            case CELSIUS -> "temperature";
            case "kilograms" -> "weight";
            case "hectares" -> "area";
            case "gigabytes" -> "amount of data";
            case VOLUME -> "volume";
            case "minutes", "months" -> "duration";
            // "kilometres tall" is a height: a thing's size, told by the way it runs.
            case LENGTH -> SIZE_LABELS.getOrDefault(thing.substring(thing.lastIndexOf(' ') + 1), "distance");
            // "money $ of fine" is a "fine in $": what the sentence says the amount is.
            // "money $ per year" is an "amount in $ a year", monthly sums counted twelve times.
            case "money" -> (thing.contains(" of ") ? thing.substring(thing.indexOf(" of ") + 4).replaceAll(" per \\w+$", "")
                    : "amount") + " in " + thing.substring(MONEY.length()).split(" ")[0]
                    + (thing.contains(" per ") ? " a " + thing.substring(thing.lastIndexOf(" per ") + 5) : "");
            default -> null;
        };
    }

    /** A size's name by the way it runs: "45 metres tall" is a height. */
    private static final Map<String, String> SIZE_LABELS = Map.of("tall", "height", "high", "height", "long", "length",
            "wide", "width", "deep", "depth", "thick", "thickness", "above", "height above a mark", "below", "depth below a mark");

    static double twoDigits(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 1);
        return Math.round(v / scale) * scale;
    }

    private static Map<String, Unit> load(String name) {
        Map<String, Unit> out = new TreeMap<>();
        try (InputStream in = Units.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("=", 2);
                String[] words = sides[1].strip().split("\\s+");
                boolean approximate = words[words.length - 1].equals("approximate");
                int n = approximate ? words.length - 1 : words.length;
                String compared = String.join(" ", java.util.Arrays.asList(words).subList(0, n - 1));
                out.put(sides[0].strip(), new Unit(compared, Double.parseDouble(words[n - 1]), approximate));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
