package org.factdiff.claims;

/**
 * Reads a number at a token: digits ("1,200", "7.1"), number words ("twenty-four", "two
 * hundred and fifty"), "a dozen", and plural amounts before "of" ("dozens of"). Shared by the
 * readers of figures and of dates.
 */
final class Numbers {
    private Numbers() {
    }

    /** Fractions added to a whole number by "and a": "four and a half", "two and a quarter". */
    private static final java.util.Map<String, Double> FRACTIONS = java.util.Map.of("half", 0.5, "quarter", 0.25);

    /**
     * A number read from the text.
     *
     * @param value its value
     * @param last  the index of its last token
     */
    record Reading(double value, int last) {
    }

    /** Fractions written as one character after a whole number or alone: "2½", "¾". */
    private static final java.util.Map<Character, Double> VULGAR = java.util.Map.of('\u00BD', 0.5, '\u00BC', 0.25,
            '\u00BE', 0.75, '\u2153', 1.0 / 3, '\u2154', 2.0 / 3);
    /** Largest denominator of a fraction written with a slash after a whole number: "10 1/2", "3 3/4". */
    private static final int MAX_DENOMINATOR = 8;

    /** The number at token {@code i} of {@code s}, or null when none starts there. */
    static Reading at(TaggedSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        String w = s.lower(i);
        double value;
        int last = i;
        Units.Prefixed money = Units.prefixed(s, i);
        if (money != null) {
            value = money.value(); // "R5 million": the currency is read by the reader of figures
            last = money.last();
        } else if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            if (i >= 1 && s.gap(i).equals(":") && s.isDigits(i - 1)) {
                return null; // "09:40" read as two tokens: the minutes of a clock time count nothing
            }
            try {
                value = VULGAR.containsKey(w.charAt(w.length() - 1))
                        ? (w.length() > 1 ? Double.parseDouble(w.substring(0, w.length() - 1).replace(",", "")) : 0)
                        + VULGAR.get(w.charAt(w.length() - 1)) // "2½ hours"
                        : Double.parseDouble(w.replace(",", ""));
                if (i + 1 < s.size() && s.gap(i + 1).isEmpty() && s.lower(i + 1).length() == 1
                        && VULGAR.containsKey(s.lower(i + 1).charAt(0))) {
                    value += VULGAR.get(s.lower(i + 1).charAt(0)); // "2½" read as two tokens
                    last = i + 1;
                } else if (i + 2 < s.size() && s.isDigits(i + 1) && s.gap(i + 1).equals(" ") && s.gap(i + 2).equals("/")
                        && s.isDigits(i + 2) && Integer.parseInt(s.lower(i + 2)) > Integer.parseInt(s.lower(i + 1))
                        && Integer.parseInt(s.lower(i + 2)) <= MAX_DENOMINATOR) {
                    // "10 1/2 hours": a whole number and a fraction are one figure.
                    value += Double.parseDouble(s.lower(i + 1)) / Double.parseDouble(s.lower(i + 2));
                    last = i + 2;
                }
            } catch (NumberFormatException e) {
                value = Units.joinedNumber(w); // "10km", "35C", "2.5m": the unit is read after
                if (Double.isNaN(value)) {
                    return null;
                }
            }
        } else if (Cues.NUMBER_WORDS.containsKey(w) && !w.equals("hundred") && !w.equals("dozen")) {
            value = Cues.NUMBER_WORDS.get(w);
            if (value >= 20 && i + 1 < s.size() && s.gap(i + 1).equals("-")
                    && Cues.NUMBER_WORDS.getOrDefault(s.lower(i + 1), 100) < 10) {
                value += Cues.NUMBER_WORDS.get(s.lower(i + 1));
                last = i + 1;
            }
            if (w.equals("one") && !"NUM".equals(s.tag(i))) {
                return null; // "one of the officials"
            }
        } else if (w.equals("a") && i + 1 < s.size() && s.lower(i + 1).equals("dozen")) {
            return new Reading(12, i + 1);
        } else if (w.equals("a") && i + 1 < s.size() && Cues.MULTIPLIERS.getOrDefault(s.lower(i + 1), 0.0) >= 100) {
            value = 1; // "a hundred and forty": one hundred, and the words go on counting below
        } else if (Cues.PLURAL_AMOUNTS.containsKey(w) && i + 1 < s.size() && s.lower(i + 1).equals("of")) {
            return new Reading(Cues.PLURAL_AMOUNTS.get(w), i); // "dozens of people": at least 24
        } else {
            return null;
        }
        if (last + 3 < s.size() && s.lower(last + 1).equals("and") && s.lower(last + 2).equals("a")
                && FRACTIONS.containsKey(s.lower(last + 3))) {
            value += FRACTIONS.get(s.lower(last + 3)); // "four and a half years", "two and a half million"
            last += 3;
        }
        if (last + 1 < s.size() && Cues.MULTIPLIERS.containsKey(s.lower(last + 1))) {
            value *= Cues.MULTIPLIERS.get(s.lower(last + 1));
            last++;
            // "four hundred thousand", "two hundred million": a larger multiplier goes on.
            if (last + 1 < s.size() && Cues.MULTIPLIERS.getOrDefault(s.lower(last + 1), 0.0)
                    > Cues.MULTIPLIERS.get(s.lower(last))) {
                value *= Cues.MULTIPLIERS.get(s.lower(last + 1));
                last++;
            }
            // "two hundred and fifty", "two hundred fifty": the words go on counting.
            int more = last + 1 < s.size() && s.lower(last + 1).equals("and") ? last + 2 : last + 1;
            if (!s.isDigits(i) && more < s.size() && Cues.NUMBER_WORDS.getOrDefault(s.lower(more), 100) < 100) {
                value += Cues.NUMBER_WORDS.get(s.lower(more));
                last = more;
                if (last + 2 < s.size() && s.gap(last + 1).equals("-")
                        && Cues.NUMBER_WORDS.getOrDefault(s.lower(last + 1), 100) < 10) {
                    value += Cues.NUMBER_WORDS.get(s.lower(last + 1));
                    last++;
                }
            }
        }
        return new Reading(value, last);
    }
}
